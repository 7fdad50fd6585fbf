using GreenBuild.Labels.Model;
using GreenBuild.Platform.Accounts;
using GreenBuild.Standards;
using GreenBuild.Standards.GreenRating;

namespace GreenBuild.Labels;

/// <summary>The expected level of a self-assessment (or of a panel's scores) and the calculator's explanation of it.</summary>
public sealed record Rating(GreenLevel Level, decimal TotalScore, string LevelName, Explanation Explanation, GreenRatingOutcome Outcome);

/// <summary>
/// 预期等级 — runs the GB/T 50378-2019 calculator of <c>GreenBuild.Standards</c> on a self-assessment, or on it with
/// the panel's averaged scores in place of the applicant's. The calculator's validation errors (Chinese, naming the
/// field) become errors of the field <c>assessment.{field}</c>.
/// </summary>
public sealed class RateSelfAssessment(GreenRatingCalculator calculator)
{
    public Outcome<Rating> Run(SelfAssessment assessment, bool isResidential, IReadOnlyDictionary<string, decimal>? panelScores = null)
    {
        var errors = new List<PlatformError>();
        var clauses = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < assessment.Items.Count; i++)
        {
            var item = assessment.Items[i];
            if (string.IsNullOrWhiteSpace(item.Clause))
            {
                errors.Add(LabelErrors.Of("item.clause", $"assessment.items[{i}].clause", i + 1));
            }
            else if (!clauses.Add(item.Clause.Trim()))
            {
                errors.Add(LabelErrors.Of("item.duplicate", $"assessment.items[{i}].clause", i + 1, item.Clause));
            }

            if (item.Evidence?.Length > 2000)
            {
                errors.Add(LabelErrors.Of("item.evidence.long", $"assessment.items[{i}].evidence", i + 1, 2000));
            }
        }

        if (assessment.Items.Count > 200)
        {
            errors.Add(LabelErrors.Of("items.many", "assessment.items", assessment.Items.Count, 200));
        }

        if (errors.Count > 0)
        {
            return Outcome<Rating>.Fail([.. errors]);
        }

        var result = calculator.Calculate(assessment.ToInput(isResidential, panelScores));
        if (!result.IsValid)
        {
            return Outcome<Rating>.Fail([.. result.Errors.Select(e =>
                new PlatformError("labels.calculator." + e.Code, "assessment." + e.Field, "labels.error.calculator", e.Message))]);
        }

        var outcome = result.Outcome!;
        return Outcome<Rating>.Ok(new Rating(outcome.Level, outcome.TotalScore, outcome.LevelNameZh, result.Explanation, outcome));
    }
}
