namespace GreenBuild.Standards.GreenRating;

/// <summary>Input checks of the green-building rating: every error names its field.</summary>
internal static class GreenRatingValidation
{
    public static void Validate(GreenRatingInput input, ScoringTable table, InputErrors errors)
    {
        errors.Defined(input.Edition, nameof(input.Edition));
        errors.Defined(input.Stage, nameof(input.Stage));
        if (input.ClimateZone is { } zone)
        {
            errors.Defined(zone, nameof(input.ClimateZone));
        }
        else if (input.IsResidential)
        {
            errors.Add("value.required", nameof(input.ClimateZone), "Error.ClimateZoneRequired");
        }

        if (input.PrerequisitesMet && input.UnmetPrerequisites is { Count: > 0 })
        {
            errors.Add("prerequisites.inconsistent", nameof(input.UnmetPrerequisites), "Error.PrerequisitesInconsistent");
        }

        ValidateItems(input.Items ?? [], errors);
        if (Enum.IsDefined(input.Stage))
        {
            ValidateCategories(input, table, errors);
        }

        errors.NonNegative(input.InnovationScore, nameof(input.InnovationScore));
        ValidateMeasures(input.Measures ?? new StarMeasures(), errors);
    }

    public static decimal? Total(CategoryScores? scores, RatingCategory category) => category switch
    {
        RatingCategory.Safety => scores?.Safety,
        RatingCategory.Health => scores?.Health,
        RatingCategory.Convenience => scores?.Convenience,
        RatingCategory.Resources => scores?.Resources,
        RatingCategory.Environment => scores?.Environment,
        _ => null,
    };

    private static void ValidateItems(IReadOnlyList<ScoredItem> items, InputErrors errors)
    {
        for (int i = 0; i < items.Count; i++)
        {
            ScoredItem item = items[i];
            string field = $"Items[{i}]";
            if (item is null)
            {
                errors.Add("value.required", field, "Error.Required");
                continue;
            }

            errors.Defined(item.Category, field + ".Category");
            errors.NonNegative(item.Score, field + ".Score");
            errors.NonNegative(item.MaxScore, field + ".MaxScore");
            errors.AtMost(item.Score, item.MaxScore ?? decimal.MaxValue, field + ".Score");
        }
    }

    private static void ValidateCategories(GreenRatingInput input, ScoringTable table, InputErrors errors)
    {
        IReadOnlyList<ScoredItem> items = input.Items ?? [];
        foreach (CategoryRow row in table.Categories)
        {
            string field = $"{nameof(input.Categories)}.{row.Category}";
            decimal? total = Total(input.Categories, row.Category);
            ScoredItem[] own = items.Where(i => i is not null && i.Category == row.Category).ToArray();
            decimal maximum = row.Maximum(input.Stage);
            if (total is not null && own.Length > 0)
            {
                errors.Add("category.given_twice", field, "Error.CategoryGivenTwice", row.NameZh);
            }
            else if (total is null && own.Length == 0)
            {
                errors.Add("value.required", field, "Error.CategoryMissing", row.NameZh);
            }
            else if (total is not null)
            {
                errors.NonNegative(total, field);
                errors.AtMost(total, maximum, field);
            }
            else if (own.Sum(i => i.Score) is var sum && sum > maximum)
            {
                errors.Add("score.above_max", nameof(input.Items), "Error.ItemsAboveMax", row.NameZh, Num.Text(sum), Num.Text(maximum));
            }
        }
    }

    private static void ValidateMeasures(StarMeasures measures, InputErrors errors)
    {
        const string prefix = nameof(GreenRatingInput.Measures) + ".";
        errors.Percent(measures.EnvelopeImprovementPercent, prefix + nameof(measures.EnvelopeImprovementPercent));
        errors.Percent(measures.LoadReductionPercent, prefix + nameof(measures.LoadReductionPercent));
        errors.Percent(measures.WindowUValueReductionPercent, prefix + nameof(measures.WindowUValueReductionPercent));
        errors.Percent(measures.PollutantReductionPercent, prefix + nameof(measures.PollutantReductionPercent));
        errors.Percent(measures.GreenMaterialsPercent, prefix + nameof(measures.GreenMaterialsPercent));
        if (measures.WaterFittingsGrade is < 1 or > 3)
        {
            errors.Add("grade.out_of_range", prefix + nameof(measures.WaterFittingsGrade), "Error.WaterGrade", measures.WaterFittingsGrade);
        }

        if (measures.SoundInsulation is { } sound)
        {
            errors.Defined(sound, prefix + nameof(measures.SoundInsulation));
        }
    }
}
