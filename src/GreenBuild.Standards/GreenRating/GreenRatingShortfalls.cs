namespace GreenBuild.Standards.GreenRating;

/// <summary>What a rated building lacks for the level above the one it reached (GB/T 50378-2019 §3.2.8).</summary>
internal sealed class GreenRatingShortfalls(
    ScoringTable scoring,
    RequirementTable table,
    GreenRatingInput input,
    StarMeasures measures,
    decimal total,
    IReadOnlyList<CategoryResult> categories,
    ExplanationBuilder x)
{
    public void Add(GreenLevel level)
    {
        if (level == GreenLevel.ThreeStar)
        {
            return;
        }

        if (level == GreenLevel.NotQualified)
        {
            IReadOnlyList<string> unmet = input.UnmetPrerequisites ?? [];
            x.Short("prerequisites", "3.2.8", Text.Get("Rating.Short.Prerequisites"), Text.Get("Rating.Req.AllPrerequisites"),
                unmet.Count == 0 ? "—" : string.Join(", ", unmet));
            return;
        }

        GreenLevel next = level + 1;
        string nextName = Text.Get($"Level.{next}");
        TotalScore(next, nextName);
        foreach (CategoryResult c in categories.Where(c => !c.MeetsMinimum))
        {
            x.Short("category-minimum", "3.2.8", Text.Format("Rating.Short.Category", c.NameZh, Num.Text(c.Minimum), Num.Text(c.Score)),
                Num.Text(c.Minimum), Num.Text(c.Score));
        }

        if (!input.FullyDecorated)
        {
            x.Short("full-decoration", "3.2.8", Text.Format("Rating.Short.Decoration", nextName), "true", "false");
        }

        foreach (RequirementRow row in table.Rows.Where(r => StarRequirementCheck.Applies(r, input)))
        {
            if (StarRequirementCheck.HighestLevel(row, measures) < next && StarRequirementCheck.At(row, next) is { } required)
            {
                string need = StarRequirementCheck.Required(row, required);
                string actual = StarRequirementCheck.Actual(row, measures);
                x.Short(row.Id, "3.2.8", Text.Format("Rating.Short.Row", row.NameZh, nextName, need, actual), need, actual);
            }
        }
    }

    private void TotalScore(GreenLevel next, string nextName)
    {
        ThresholdRow? threshold = scoring.StarThresholds.FirstOrDefault(t => t.Level == next);
        if (threshold is not null && total < threshold.MinimumTotalScore)
        {
            decimal gap = threshold.MinimumTotalScore - total;
            x.Short("total-score", "3.2.8",
                Text.Format("Rating.Short.Total", nextName, Num.Text(threshold.MinimumTotalScore), Num.Text(Num.Present(total)), Num.Text(Num.Present(gap))),
                Num.Text(threshold.MinimumTotalScore), Num.Text(Num.Present(total)));
        }
    }
}
