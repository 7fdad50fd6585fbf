namespace GreenBuild.Indicators.Model;

/// <summary>How the province's value of a year is formed from the cities' values of that year.</summary>
public enum Aggregation
{
    /// <summary>Unweighted mean of the reporting cities (shares and rates).</summary>
    Mean,

    /// <summary>Sum of the cities (areas, counts).</summary>
    Sum,

    /// <summary>Smallest city value ("每个设区市至少…").</summary>
    Min,
}
