namespace GreenBuild.Indicators.Model;

/// <summary>
/// What a yearly value means: a level reached in that year (a share, a rate), or an amount added in that
/// year that counts towards a total over the plan period (累计, e.g. retrofitted area since 2021).
/// </summary>
public enum Measure
{
    Level,
    Cumulative,
}
