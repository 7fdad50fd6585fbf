namespace GreenBuild.Standards.AssemblyRate;

/// <summary>Input checks of the assembly rate: ratios within 0–100%, every applicable item given.</summary>
internal static class AssemblyRateValidation
{
    public static void Validate(AssemblyRateInput input, AssemblyTable table, InputErrors errors)
    {
        IReadOnlyList<AssemblyItem> notApplicable = input.NotApplicable ?? [];
        for (int i = 0; i < notApplicable.Count; i++)
        {
            errors.Defined(notApplicable[i], $"{nameof(input.NotApplicable)}[{i}]");
        }

        foreach (ItemRow row in table.Items)
        {
            string field = AssemblyItemScoring.Field(row.Item);
            decimal? ratio = AssemblyItemScoring.Ratio(input, row.Item);
            bool absent = notApplicable.Contains(row.Item);
            if (absent && !row.MayBeNotApplicable)
            {
                errors.Add("item.always_applicable", nameof(input.NotApplicable), "Error.ItemAlwaysApplicable", row.NameZh);
            }
            else if (absent && ratio is not null)
            {
                errors.Add("item.given_and_not_applicable", field, "Error.ItemGivenAndNotApplicable", row.NameZh);
            }
            else if (!absent && ratio is null && row.Kind != "Boolean")
            {
                errors.Add("value.required", field, "Error.ItemMissing", row.NameZh);
            }

            errors.Percent(ratio, field);
        }
    }
}
