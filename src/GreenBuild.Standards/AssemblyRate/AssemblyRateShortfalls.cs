namespace GreenBuild.Standards.AssemblyRate;

/// <summary>What a building lacks to count as 装配式 (§3.0.3), to be graded (§5.0.1) or to reach the next grade (§5.0.2).</summary>
internal sealed class AssemblyRateShortfalls(
    AssemblyTable table,
    IReadOnlyList<AssemblyPartScore> parts,
    bool fullDecoration,
    decimal assessed,
    decimal vertical,
    ExplanationBuilder x)
{
    public void Add(bool prefabricated, bool gradable, AssemblyGrade grade)
    {
        if (!prefabricated)
        {
            Entry();
            return;
        }

        if (!gradable)
        {
            x.Short("vertical-ratio", "5.0.1",
                Text.Format("Assembly.Short.Vertical", Num.Text(table.GradingMinimumVerticalRatio), Num.Text(vertical)),
                Num.Text(table.GradingMinimumVerticalRatio), Num.Text(vertical));
            return;
        }

        GradeRow? next = table.Grades.OrderBy(g => g.MinimumRate).FirstOrDefault(g => g.Grade > grade);
        if (next is not null)
        {
            x.Short("assembly-rate", "5.0.2",
                Text.Format("Assembly.Short.Grade", next.NameZh, Num.Text(next.MinimumRate), Num.Text(assessed), Num.Text(next.MinimumRate - assessed)),
                Num.Text(next.MinimumRate), Num.Text(assessed));
        }
    }

    private void Entry()
    {
        foreach (AssemblyPartScore part in parts.Where(p => !p.MeetsMinimum))
        {
            x.Short("part-minimum", "3.0.3", Text.Format("Assembly.Short.Part", part.NameZh, Num.Text(part.Minimum), Num.Text(part.Score)),
                Num.Text(part.Minimum), Num.Text(part.Score));
        }

        if (!fullDecoration)
        {
            x.Short("full-decoration", "3.0.3", Text.Get("Assembly.Short.Decoration"), "true", "false");
        }

        if (assessed < table.MinimumAssemblyRate)
        {
            x.Short("assembly-rate", "3.0.3",
                Text.Format("Assembly.Short.Rate", Num.Text(table.MinimumAssemblyRate), Num.Text(assessed), Num.Text(table.MinimumAssemblyRate - assessed)),
                Num.Text(table.MinimumAssemblyRate), Num.Text(assessed));
        }
    }
}
