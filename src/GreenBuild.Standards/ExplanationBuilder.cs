using GreenBuild.Standards.Reference;

namespace GreenBuild.Standards;

/// <summary>Collects the steps, shortfalls and reference versions of one calculation.</summary>
internal sealed class ExplanationBuilder(string standard)
{
    private readonly List<ExplanationStep> steps = [];
    private readonly List<Shortfall> shortfalls = [];
    private readonly List<ReferenceUse> references = [];

    public string Clause(string clause) => $"{standard} §{clause}";

    public string Appendix(string letter) => $"{standard} {Text.Format("Clause.Appendix", letter)}";

    public void Uses(ReferenceDocument document)
    {
        ReferenceUse use = document.ToUse();
        if (!references.Contains(use))
        {
            references.Add(use);
        }
    }

    public StepValue Step(string clause, string title, string formula, StepValue output, params StepValue[] inputs)
    {
        steps.Add(new ExplanationStep(Clause(clause), title, formula, inputs, output));
        return output;
    }

    public void StepWithClause(string fullClause, string title, string formula, StepValue output, params StepValue[] inputs) =>
        steps.Add(new ExplanationStep(fullClause, title, formula, inputs, output));

    public void Short(string requirement, string clause, string message, string required, string actual) =>
        ShortWithClause(requirement, Clause(clause), message, required, actual);

    public void ShortWithClause(string requirement, string fullClause, string message, string required, string actual) =>
        shortfalls.Add(new Shortfall(requirement, fullClause, message, required, actual));

    public Explanation Build(string summary) => new(summary, steps.ToArray(), shortfalls.ToArray(), references.ToArray());
}
