using GreenBuild.Labels.Model;
using GreenBuild.Standards;
using GreenBuild.Standards.GreenRating;

namespace GreenBuild.Labels.Pages;

/// <summary>The self-assessment as the page's form posts it: rows without a clause are left out.</summary>
public sealed class AssessmentForm
{
    /// <summary>Empty rows offered below the filled ones.</summary>
    public const int SpareRows = 6;

    public ClimateZone? ClimateZone { get; set; } = Standards.ClimateZone.Cold;

    public bool PrerequisitesMet { get; set; }

    public string? UnmetPrerequisites { get; set; }

    public bool FullyDecorated { get; set; }

    public decimal? InnovationScore { get; set; }

    public decimal? EnvelopeImprovementPercent { get; set; }

    public decimal? LoadReductionPercent { get; set; }

    public decimal? WindowUValueReductionPercent { get; set; }

    public int? WaterFittingsGrade { get; set; }

    public SoundInsulationLevel? SoundInsulation { get; set; }

    public decimal? PollutantReductionPercent { get; set; }

    public bool WindowAirtightnessCompliant { get; set; }

    public List<Row> Items { get; set; } = [];

    public sealed class Row
    {
        public RatingCategory Category { get; set; } = RatingCategory.Safety;

        public string? Clause { get; set; }

        public decimal? Score { get; set; }

        public decimal? MaxScore { get; set; }

        public string? Evidence { get; set; }
    }

    public SelfAssessment ToAssessment() => new()
    {
        ClimateZone = ClimateZone, PrerequisitesMet = PrerequisitesMet, FullyDecorated = FullyDecorated, InnovationScore = InnovationScore,
        UnmetPrerequisites = [.. (UnmetPrerequisites ?? "").Split([',', '，', '、', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
        Items = [.. Items.Where(i => !string.IsNullOrWhiteSpace(i.Clause)).Select(i => new AssessmentItem
        {
            Category = i.Category, Clause = i.Clause!.Trim(), Score = i.Score ?? 0, MaxScore = i.MaxScore,
            Evidence = string.IsNullOrWhiteSpace(i.Evidence) ? null : i.Evidence.Trim(),
        })],
        Measures = new StarMeasures
        {
            EnvelopeImprovementPercent = EnvelopeImprovementPercent, LoadReductionPercent = LoadReductionPercent,
            WindowUValueReductionPercent = WindowUValueReductionPercent, WaterFittingsGrade = WaterFittingsGrade, SoundInsulation = SoundInsulation,
            PollutantReductionPercent = PollutantReductionPercent, WindowAirtightnessCompliant = WindowAirtightnessCompliant ? true : null,
        },
    };

    public static AssessmentForm From(SelfAssessment a) => new()
    {
        ClimateZone = a.ClimateZone, PrerequisitesMet = a.PrerequisitesMet, UnmetPrerequisites = string.Join("、", a.UnmetPrerequisites),
        FullyDecorated = a.FullyDecorated, InnovationScore = a.InnovationScore,
        EnvelopeImprovementPercent = a.Measures.EnvelopeImprovementPercent, LoadReductionPercent = a.Measures.LoadReductionPercent,
        WindowUValueReductionPercent = a.Measures.WindowUValueReductionPercent, WaterFittingsGrade = a.Measures.WaterFittingsGrade,
        SoundInsulation = a.Measures.SoundInsulation, PollutantReductionPercent = a.Measures.PollutantReductionPercent,
        WindowAirtightnessCompliant = a.Measures.WindowAirtightnessCompliant == true,
        Items = [.. a.Items.Select(i => new Row { Category = i.Category, Clause = i.Clause, Score = i.Score, MaxScore = i.MaxScore, Evidence = i.Evidence })],
    };

    public AssessmentForm WithSpareRows(int count)
    {
        for (var i = 0; i < count; i++)
        {
            Items.Add(new Row());
        }

        return this;
    }
}
