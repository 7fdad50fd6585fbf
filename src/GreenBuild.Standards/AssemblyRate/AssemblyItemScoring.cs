namespace GreenBuild.Standards.AssemblyRate;

/// <summary>Scores one item of table 4.0.1 of GB/T 51129-2017, with the table's linear interpolation.</summary>
internal static class AssemblyItemScoring
{
    public static decimal? Ratio(AssemblyRateInput input, AssemblyItem item) => item switch
    {
        AssemblyItem.VerticalMembers => input.VerticalMembersPercent,
        AssemblyItem.HorizontalMembers => input.HorizontalMembersPercent,
        AssemblyItem.NonMasonryExteriorWall => input.NonMasonryExteriorWallPercent,
        AssemblyItem.ExteriorWallIntegration => input.ExteriorWallIntegrationPercent,
        AssemblyItem.NonMasonryPartition => input.NonMasonryPartitionPercent,
        AssemblyItem.PartitionIntegration => input.PartitionIntegrationPercent,
        AssemblyItem.DryFloor => input.DryFloorPercent,
        AssemblyItem.IntegratedKitchen => input.IntegratedKitchenPercent,
        AssemblyItem.IntegratedBathroom => input.IntegratedBathroomPercent,
        AssemblyItem.PipelineSeparation => input.PipelineSeparationPercent,
        _ => null,
    };

    public static string Field(AssemblyItem item) => item == AssemblyItem.FullDecoration
        ? nameof(AssemblyRateInput.FullDecoration)
        : item + "Percent";

    /// <summary>
    /// Interpolated: 0 below the lower ratio, the maximum at or above the upper ratio, linear between,
    /// rounded to the table's decimals. Threshold: the full score at or above the ratio. Boolean: full score when true.
    /// </summary>
    public static decimal Score(ItemRow row, decimal? ratio, bool fullDecoration, AssemblyTable table) => row.Kind switch
    {
        "Boolean" => fullDecoration ? row.UpperScore : 0,
        "Threshold" => ratio >= row.LowerRatio ? row.UpperScore : 0,
        "Interpolated" => Interpolate(row, ratio ?? 0, table.InterpolationDecimals),
        _ => throw new InvalidOperationException($"Unknown item kind {row.Kind} in table 4.0.1 data."),
    };

    public static string Formula(ItemRow row) => row.Kind switch
    {
        "Boolean" => $"score = {Num.Text(row.UpperScore)} if fully decorated, else 0",
        "Threshold" => $"score = {Num.Text(row.UpperScore)} if r ≥ {Num.Text(row.LowerRatio)}%, else 0",
        _ => $"score = {Num.Text(row.LowerScore)} + (r − {Num.Text(row.LowerRatio)}) / ({Num.Text(row.UpperRatio)} − {Num.Text(row.LowerRatio)}) × ({Num.Text(row.UpperScore)} − {Num.Text(row.LowerScore)}) for {Num.Text(row.LowerRatio)}% ≤ r ≤ {Num.Text(row.UpperRatio)}%; 0 below; {Num.Text(row.UpperScore)} above",
    };

    private static decimal Interpolate(ItemRow row, decimal ratio, int decimals)
    {
        decimal lower = row.LowerRatio ?? throw Missing(row, "lowerRatio");
        decimal upper = row.UpperRatio ?? throw Missing(row, "upperRatio");
        decimal lowScore = row.LowerScore ?? throw Missing(row, "lowerScore");
        if (ratio < lower)
        {
            return 0;
        }

        if (ratio >= upper)
        {
            return row.UpperScore;
        }

        decimal score = lowScore + ((ratio - lower) / (upper - lower) * (row.UpperScore - lowScore));
        return Math.Round(score, decimals, MidpointRounding.AwayFromZero);
    }

    private static InvalidOperationException Missing(ItemRow row, string member) =>
        new($"Item {row.Item} of table 4.0.1 data lacks {member}.");
}
