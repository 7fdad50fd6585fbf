namespace GreenBuild.Indicators.Model;

/// <summary>How an indicator's value is obtained: reported by the cities through forms, or computed by a named query over GreenBuild's registries.</summary>
public enum ObtainedBy
{
    Reported,
    Computed,
}
