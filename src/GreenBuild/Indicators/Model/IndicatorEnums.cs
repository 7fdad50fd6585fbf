namespace GreenBuild.Indicators.Model;

/// <summary>Which way is better: 越高越好 or 越低越好.</summary>
public enum Direction
{
    HigherIsBetter,
    LowerIsBetter,
}
