namespace GreenBuild.Standards.GreenRating;

/// <summary>Evaluates one row of table 3.2.8 (GB/T 50378-2019 §3.2.8) against the building's values.</summary>
internal static class StarRequirementCheck
{
    public static readonly GreenLevel[] Stars = [GreenLevel.OneStar, GreenLevel.TwoStar, GreenLevel.ThreeStar];

    public static bool Applies(RequirementRow row, GreenRatingInput input) => row.AppliesTo switch
    {
        "All" => true,
        "Residential" => input.IsResidential,
        "ResidentialInSevereColdOrCold" => input.IsResidential && input.ClimateZone is ClimateZone.SevereCold or ClimateZone.Cold,
        _ => throw new InvalidOperationException($"Unknown appliesTo {row.AppliesTo} in table 3.2.8 data."),
    };

    /// <summary>The highest star the row allows: the first level it fails, minus one.</summary>
    public static GreenLevel HighestLevel(RequirementRow row, StarMeasures measures)
    {
        foreach (GreenLevel star in Stars)
        {
            RequirementLevel? level = row.Levels.FirstOrDefault(l => l.Level == star);
            if (level is not null && !Meets(row, level, measures))
            {
                return star - 1;
            }
        }

        return GreenLevel.ThreeStar;
    }

    public static RequirementLevel? At(RequirementRow row, GreenLevel star) => row.Levels.FirstOrDefault(l => l.Level == star);

    public static string Required(RequirementRow row, RequirementLevel level) => row.Kind switch
    {
        "EitherMinimumPercent" => Text.Format("Rating.Req.Either", Num.Text(level.Minimum), Num.Text(level.AlternativeMinimum)),
        "MinimumPercent" => Text.Format("Rating.Req.MinPercent", Num.Text(level.Minimum)),
        "MaximumGrade" => Text.Format("Rating.Req.MaxGrade", level.MaximumGrade),
        "MinimumSoundInsulation" => Text.Get($"Sound.{level.SoundInsulation}"),
        "Required" => Text.Get("Rating.Req.Compliant"),
        _ => throw new InvalidOperationException($"Unknown kind {row.Kind} in table 3.2.8 data."),
    };

    public static string Actual(RequirementRow row, StarMeasures m) => row.Id switch
    {
        "envelope" => Text.Format("Rating.Actual.Either", Num.Text(m.EnvelopeImprovementPercent), Num.Text(m.LoadReductionPercent)),
        "window-u-value" => Percent(m.WindowUValueReductionPercent),
        "water-fittings" => m.WaterFittingsGrade is { } g ? Text.Format("Rating.Actual.Grade", g) : "—",
        "sound-insulation" => m.SoundInsulation is { } s ? Text.Get($"Sound.{s}") : "—",
        "pollutants" => Percent(m.PollutantReductionPercent),
        "window-airtightness" => m.WindowAirtightnessCompliant is { } ok ? Text.Get(ok ? "Rating.Req.Compliant" : "Rating.Actual.NotCompliant") : "—",
        "green-materials" => Percent(m.GreenMaterialsPercent),
        _ => throw new InvalidOperationException($"Unknown row {row.Id} in table 3.2.8 data."),
    };

    private static string Percent(decimal? value) => value is { } v ? Num.Text(v) + "%" : "—";

    private static bool Meets(RequirementRow row, RequirementLevel level, StarMeasures m) => row.Id switch
    {
        "envelope" => m.EnvelopeImprovementPercent >= level.Minimum || m.LoadReductionPercent >= level.AlternativeMinimum,
        "window-u-value" => m.WindowUValueReductionPercent >= level.Minimum,
        "water-fittings" => m.WaterFittingsGrade <= level.MaximumGrade,
        "sound-insulation" => m.SoundInsulation >= level.SoundInsulation,
        "pollutants" => m.PollutantReductionPercent >= level.Minimum,
        "window-airtightness" => m.WindowAirtightnessCompliant == true,
        "green-materials" => m.GreenMaterialsPercent >= level.Minimum,
        _ => throw new InvalidOperationException($"Unknown row {row.Id} in table 3.2.8 data."),
    };
}
