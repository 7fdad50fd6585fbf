namespace GreenBuild.Indicators.Model;

/// <summary>How an assessment item turns a city's value into a share of its weight.</summary>
public enum ScoringRule
{
    /// <summary>value ÷ target of the year, capped at 100% (target ÷ value for lower-is-better).</summary>
    RatioCapped,

    /// <summary>The share of the highest threshold the ratio reaches, e.g. "100:100,80:80,60:60".</summary>
    Thresholds,
}
