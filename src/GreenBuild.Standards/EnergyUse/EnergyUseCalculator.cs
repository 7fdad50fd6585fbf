using GreenBuild.Standards.Reference;

namespace GreenBuild.Standards.EnergyUse;

/// <summary>
/// 民用建筑能耗指标评价 — GB/T 51161-2016: a public building's non-heating energy use intensity against the
/// 约束值 / 引导值 of its type, class and climate zone (office values and correction of §6.2), and its heating
/// energy against heating values, classed as 优于引导值 / 介于引导值与约束值之间 / 超约束值.
/// </summary>
public sealed class EnergyUseCalculator : StandardCalculator<EnergyUseInput, EnergyUseOutcome>
{
    /// <summary>The reference file of the office non-heating values.</summary>
    public const string ValuesFile = "gbt-51161-2016-office-non-heating.json";

    /// <summary>The reference file of the office correction.</summary>
    public const string CorrectionFile = "gbt-51161-2016-office-correction.json";

    private readonly ReferenceDocument valuesDocument;
    private readonly ReferenceDocument correctionDocument;
    private readonly NonHeatingTable values;
    private readonly OfficeCorrectionTable correction;

    /// <summary>A calculator on the embedded reference tables.</summary>
    public EnergyUseCalculator()
        : this(ReferenceLibrary.Embedded)
    {
    }

    /// <summary>A calculator on the given reference tables.</summary>
    /// <param name="library">The reference library to read.</param>
    public EnergyUseCalculator(ReferenceLibrary library)
    {
        ArgumentNullException.ThrowIfNull(library);
        valuesDocument = library.Get(ValuesFile);
        correctionDocument = library.Get(CorrectionFile);
        values = ReferenceJson.Read<NonHeatingTable>(valuesDocument);
        correction = ReferenceJson.Read<OfficeCorrectionTable>(correctionDocument);
    }

    /// <inheritdoc />
    public override string Name => "energy-use";

    /// <inheritdoc />
    public override string Standard => "GB/T 51161-2016";

    /// <inheritdoc />
    public override string Title => Text.Get("Energy.Title");

    private protected override void Validate(EnergyUseInput input, InputErrors errors) =>
        EnergyUseValidation.Validate(input, Lookup, errors);

    private protected override CalculationResult<EnergyUseOutcome> Compute(EnergyUseInput input)
    {
        var x = new ExplanationBuilder(Standard);
        decimal area = input.FloorArea!.Value;
        decimal energy = input.AnnualNonHeatingEnergyKwh!.Value;
        decimal measured = energy / area;
        x.Step("6.2", Text.Get("Energy.Step.Intensity"), "Eo = E / A",
            Sv.Of("Eo", Num.Present(measured), values.Unit), Sv.Of("E", energy, "kWh/a"), Sv.Of("A", area, "m²"));

        (decimal hours, decimal density, bool applied) = Correct(input, x);
        decimal compared = measured * hours * density;
        if (applied)
        {
            x.Step("6.2", Text.Get("Energy.Step.Corrected"), "Eo,c = Eo · γ1 · γ2",
                Sv.Of("Eo,c", Num.Present(compared), values.Unit), Sv.Of("Eo", Num.Present(measured), values.Unit), Sv.Of("γ1", Num.Present(hours)), Sv.Of("γ2", Num.Present(density)));
        }

        QuotaComparison nonHeating = NonHeating(input, compared, x);
        QuotaComparison? heating = input.Heating is { } h ? Heating(h, x) : null;
        new EnergyUseShortfalls(x).Add(nonHeating, "non-heating", x.Clause("6.2")).AddHeating(heating);

        var outcome = new EnergyUseOutcome(measured, hours, density, applied, nonHeating, heating);
        string summary = Text.Format("Energy.Summary", Num.Text(Num.Present(nonHeating.Value)), nonHeating.Unit, nonHeating.BandNameZh);
        return new CalculationResult<EnergyUseOutcome>(outcome, [], x.Build(summary));
    }

    private NonHeatingRow? Lookup(EnergyUseInput input)
    {
        string zone = input.ClimateZone is ClimateZone.SevereCold or ClimateZone.Cold ? "SevereColdAndCold" : input.ClimateZone.ToString();
        return values.Values.FirstOrDefault(v => v.BuildingType == input.BuildingType && v.OperationClass == input.OperationClass && v.ClimateZone == zone);
    }

    private (decimal Hours, decimal Density, bool Applied) Correct(EnergyUseInput input, ExplanationBuilder x)
    {
        if (input.OfficeUsage is not { AnnualHoursOfUse: { } t, FloorAreaPerPerson: { } s })
        {
            return (1, 1, false);
        }

        x.Uses(correctionDocument);
        decimal hours = correction.HoursConstant + (correction.HoursCoefficient * (correction.ReferenceHours / t));
        x.Step("6.2", Text.Get("Energy.Step.HoursFactor"),
            $"γ1 = {Num.Text(correction.HoursConstant)} + {Num.Text(correction.HoursCoefficient)} × ({Num.Text(correction.ReferenceHours)} / T)",
            Sv.Of("γ1", Num.Present(hours)), Sv.Of("T", t, "h/a"));
        decimal density = correction.AreaConstant + (correction.AreaCoefficient * (s / correction.ReferenceAreaPerPerson));
        x.Step("6.2", Text.Get("Energy.Step.DensityFactor"),
            $"γ2 = {Num.Text(correction.AreaConstant)} + {Num.Text(correction.AreaCoefficient)} × (S / {Num.Text(correction.ReferenceAreaPerPerson)})",
            Sv.Of("γ2", Num.Present(density)), Sv.Of("S", s, "m²/人"));
        return (hours, density, true);
    }

    private QuotaComparison NonHeating(EnergyUseInput input, decimal value, ExplanationBuilder x)
    {
        decimal constraint, guide;
        string source;
        if (input.CustomQuota is { Constraint: { } c, Guide: { } g } custom)
        {
            (constraint, guide, source) = (c, g, Text.Format("Energy.CallerSource", custom.Source));
        }
        else
        {
            NonHeatingRow row = Lookup(input)!;
            x.Uses(valuesDocument);
            (constraint, guide, source) = (row.Constraint, row.Guide, $"{valuesDocument.File} v{valuesDocument.Version} ({valuesDocument.Status})");
        }

        return Compare(value, values.Unit, constraint, guide, source, "6.2", Text.Get("Energy.Step.NonHeating"), x);
    }

    private static QuotaComparison Heating(HeatingUse heating, ExplanationBuilder x)
    {
        decimal area = heating.HeatedArea!.Value;
        decimal energy = heating.AnnualEnergyKgce!.Value;
        decimal intensity = energy / area;
        const string unit = "kgce/(m²·a)";
        string clause = Text.Get("Energy.Clause.Heating");
        x.StepWithClause(clause, Text.Get("Energy.Step.HeatingIntensity"), "Eh = Q / A",
            Sv.Of("Eh", Num.Present(intensity), unit), Sv.Of("Q", energy, "kgce/a"), Sv.Of("A", area, "m²"));
        EnergyQuota quota = heating.Quota!;
        return Compare(intensity, unit, quota.Constraint!.Value, quota.Guide!.Value, Text.Format("Energy.CallerSource", quota.Source),
            null, Text.Get("Energy.Step.Heating"), x, clause);
    }

    private static QuotaComparison Compare(
        decimal value, string unit, decimal constraint, decimal guide, string source, string? clause, string title, ExplanationBuilder x, string? fullClause = null)
    {
        QuotaBand band = value <= guide ? QuotaBand.BetterThanGuide
            : value <= constraint ? QuotaBand.BetweenGuideAndConstraint
            : QuotaBand.ExceedsConstraint;
        string bandName = Text.Get($"Band.{band}");
        StepValue[] inputs = [Sv.Of("E", Num.Present(value), unit), Sv.Of(Text.Get("Energy.Value.Guide"), guide, unit), Sv.Of(Text.Get("Energy.Value.Constraint"), constraint, unit), Sv.Text(Text.Get("Energy.Value.Source"), source)];
        const string formula = "E ≤ guide → better than guide; guide < E ≤ constraint → between; E > constraint → exceeds";
        if (fullClause is null)
        {
            x.Step(clause!, title, formula, Sv.Text(Text.Get("Energy.Value.Band"), bandName), inputs);
        }
        else
        {
            x.StepWithClause(fullClause, title, formula, Sv.Text(Text.Get("Energy.Value.Band"), bandName), inputs);
        }

        return new QuotaComparison(value, unit, constraint, guide, band, bandName, value - guide, value - constraint, Num.Present(value / constraint * 100), source);
    }
}
