using GreenBuild.Standards.Reference;

namespace GreenBuild.Standards.StandardCoal;

/// <summary>
/// 折标准煤计算 — GB/T 2589-2020 综合能耗计算通则: each carrier × its appendix-A coefficient (kgce per unit),
/// electricity by 当量值 or 等价值 as the caller chooses.
/// </summary>
public sealed class StandardCoalCalculator : StandardCalculator<StandardCoalInput, StandardCoalOutcome>
{
    /// <summary>The reference file of the appendix-A coefficients.</summary>
    public const string CoefficientsFile = "gbt-2589-2020-standard-coal.json";

    /// <summary>The reference file of the yearly electricity 等价值.</summary>
    public const string GenerationFile = "electricity-supply-coal-consumption.json";

    private const decimal KilogramsPerTonne = 1000;

    private readonly ReferenceDocument coefficientsDocument;
    private readonly ReferenceDocument generationDocument;
    private readonly CoalTable coefficients;
    private readonly GenerationTable generation;

    /// <summary>A calculator on the embedded reference tables.</summary>
    public StandardCoalCalculator()
        : this(ReferenceLibrary.Embedded)
    {
    }

    /// <summary>A calculator on the given reference tables.</summary>
    /// <param name="library">The reference library to read.</param>
    public StandardCoalCalculator(ReferenceLibrary library)
    {
        ArgumentNullException.ThrowIfNull(library);
        coefficientsDocument = library.Get(CoefficientsFile);
        generationDocument = library.Get(GenerationFile);
        coefficients = ReferenceJson.Read<CoalTable>(coefficientsDocument);
        generation = ReferenceJson.Read<GenerationTable>(generationDocument);
    }

    /// <inheritdoc />
    public override string Name => "standard-coal";

    /// <inheritdoc />
    public override string Standard => "GB/T 2589-2020";

    /// <inheritdoc />
    public override string Title => Text.Get("Coal.Title");

    private protected override void Validate(StandardCoalInput input, InputErrors errors)
    {
        errors.Defined(input.ElectricityBasis, nameof(input.ElectricityBasis));
        if (input.ElectricityCoefficient is { } electricity)
        {
            errors.Positive(electricity, nameof(input.ElectricityCoefficient));
        }

        IReadOnlyList<EnergyAmount> amounts = input.Amounts ?? [];
        if (amounts.Count == 0)
        {
            errors.Add("value.required", nameof(input.Amounts), "Error.AmountsRequired");
        }

        for (int i = 0; i < amounts.Count; i++)
        {
            ValidateAmount(input, amounts[i], $"{nameof(input.Amounts)}[{i}]", errors);
        }
    }

    private protected override CalculationResult<StandardCoalOutcome> Compute(StandardCoalInput input)
    {
        var x = new ExplanationBuilder(Standard);
        x.Uses(coefficientsDocument);
        var lines = new List<CarrierStandardCoal>();
        foreach (EnergyAmount amount in input.Amounts)
        {
            CoalRow row = Row(amount.Carrier)!;
            (decimal coefficient, string source) = Coefficient(input, amount, row, x);
            decimal quantity = amount.Quantity!.Value;
            decimal kgce = quantity * coefficient;
            x.StepWithClause(x.Appendix("A"), Text.Format("Coal.Step.Line", row.NameZh), "kgce = quantity × coefficient",
                Sv.Of("kgce", kgce, "kgce"), Sv.Of(Text.Get("Coal.Value.Quantity"), quantity, row.Unit), Sv.Of(Text.Get("Coal.Value.Coefficient"), coefficient, row.CoefficientUnit), Sv.Text(Text.Get("Coal.Value.Source"), source));
            lines.Add(new CarrierStandardCoal(amount.Carrier, row.NameZh, quantity, row.Unit, coefficient, source, kgce));
        }

        decimal total = lines.Sum(l => l.Kgce);
        decimal tonnes = total / KilogramsPerTonne;
        x.StepWithClause(x.Appendix("A"), Text.Get("Coal.Step.Total"), "Σ kgce; tce = kgce / 1000",
            Sv.Of("Σ", total, "kgce"), [.. lines.Select(l => Sv.Of(l.NameZh, l.Kgce, "kgce")), Sv.Of("tce", tonnes, "tce")]);
        var outcome = new StandardCoalOutcome(lines, total, tonnes, input.ElectricityBasis);
        return new CalculationResult<StandardCoalOutcome>(outcome, [], x.Build(Text.Format("Coal.Summary", Num.Text(total), Text.Get($"Basis.{input.ElectricityBasis}"))));
    }

    private CoalRow? Row(EnergyCarrier carrier) => coefficients.Carriers.FirstOrDefault(c => c.Carrier == carrier);

    private void ValidateAmount(StandardCoalInput input, EnergyAmount? amount, string field, InputErrors errors)
    {
        if (amount is null)
        {
            errors.Add("value.required", field, "Error.Required");
            return;
        }

        errors.Defined(amount.Carrier, field + ".Carrier");
        errors.Required(amount.Quantity, field + ".Quantity");
        errors.NonNegative(amount.Quantity, field + ".Quantity");
        CoalRow? row = Row(amount.Carrier);
        if (amount.Coefficient is { } c)
        {
            errors.Positive(c, field + ".Coefficient");
            if (row is not null && (c < row.Minimum || c > row.Maximum))
            {
                errors.Add("coefficient.out_of_range", field + ".Coefficient", "Error.CoefficientRange", Num.Text(c), Num.Text(row.Minimum), Num.Text(row.Maximum));
            }
        }
        else if (amount.Carrier == EnergyCarrier.Electricity && input.ElectricityBasis == ElectricityBasis.GenerationEquivalent
            && input.ElectricityCoefficient is null && generation.Years.All(y => y.Year != input.Year))
        {
            errors.Add("factor.not_found", nameof(input.Year), "Error.GenerationYear", input.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—",
                string.Join(", ", generation.Years.Select(y => y.Year)));
        }
        else if (Enum.IsDefined(amount.Carrier) && row is null)
        {
            errors.Add("factor.not_found", field + ".Coefficient", "Error.CarrierNoCoefficient", amount.Carrier);
        }
    }

    private (decimal Coefficient, string Source) Coefficient(StandardCoalInput input, EnergyAmount amount, CoalRow row, ExplanationBuilder x)
    {
        if (amount.Coefficient is { } own)
        {
            return (own, Text.Get("Coal.Source.Caller"));
        }

        if (amount.Carrier != EnergyCarrier.Electricity || input.ElectricityBasis == ElectricityBasis.CalorificEquivalent)
        {
            return (row.Coefficient, $"{coefficientsDocument.File} v{coefficientsDocument.Version} ({coefficientsDocument.Status})");
        }

        if (input.ElectricityCoefficient is { } given)
        {
            return (given, Text.Get("Coal.Source.Caller"));
        }

        x.Uses(generationDocument);
        GenerationYear year = generation.Years.First(y => y.Year == input.Year);
        return (year.Coefficient, $"{generationDocument.File} {year.Year} v{generationDocument.Version} ({generationDocument.Status})");
    }
}
