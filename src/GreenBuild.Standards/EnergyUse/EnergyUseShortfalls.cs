namespace GreenBuild.Standards.EnergyUse;

/// <summary>How far an intensity is from the guide value (and, above it, from the constraint value).</summary>
internal sealed class EnergyUseShortfalls(ExplanationBuilder x)
{
    public EnergyUseShortfalls Add(QuotaComparison comparison, string requirement, string clause)
    {
        string value = Num.Text(Num.Present(comparison.Value));
        if (comparison.Band == QuotaBand.ExceedsConstraint)
        {
            x.ShortWithClause(requirement + ".constraint", clause, Text.Format("Energy.Short.Constraint", Num.Text(Num.Present(comparison.DifferenceFromConstraint)), comparison.Unit, Num.Text(comparison.Constraint)),
                Num.Text(comparison.Constraint), value);
        }

        if (comparison.Band != QuotaBand.BetterThanGuide)
        {
            x.ShortWithClause(requirement + ".guide", clause, Text.Format("Energy.Short.Guide", Num.Text(Num.Present(comparison.DifferenceFromGuide)), comparison.Unit, Num.Text(comparison.Guide)),
                Num.Text(comparison.Guide), value);
        }

        return this;
    }

    public void AddHeating(QuotaComparison? heating)
    {
        if (heating is not null)
        {
            Add(heating, "heating", Text.Get("Energy.Clause.Heating"));
        }
    }
}
