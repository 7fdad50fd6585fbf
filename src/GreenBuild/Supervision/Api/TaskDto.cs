using GreenBuild.Supervision.Model;
using GreenBuild.Supervision.Tasks;

namespace GreenBuild.Supervision.Api;

/// <summary>A task as the API shows it: the rules, the named sources (values once entered), the published lists' digests and the draws.</summary>
internal sealed record TaskDto(
    Guid Id, string Code, int Version, Guid? PreviousVersionId, string Title, string CityCode, ObjectKind ObjectKind,
    IReadOnlyList<string> Stages, IReadOnlyList<string> Types, IReadOnlyList<string> ObjectCities, CreditFilter CreditFilter,
    SampleMode SampleMode, decimal SampleValue, Stratification Stratification, int InspectorsPerObject, IReadOnlyList<string> Specialties,
    bool AvoidOwnEmployer, bool AvoidOwnCity, bool AvoidPreviousInspector, DateTime DrawAtUtc, InspectionTaskStatus Status,
    DateTime? AnnouncedAtUtc, DateTime? DrawnAtUtc, IReadOnlyList<TaskDto.Source> Sources, IReadOnlyList<TaskDto.List> Lists, IReadOnlyList<TaskDto.DrawDto> Draws)
{
    internal sealed record Source(int Position, string Name, string Description, string? Values, DateTime? EnteredAtUtc);

    internal sealed record List(Guid Id, TaskListKind Kind, string Stratum, int Size, int DrawCount, string Sha256);

    internal sealed record DrawDto(int Sequence, Guid ListId, string? ForObject, int Count, string Key, IReadOnlyList<string> Selected, string AvoidText);

    public static TaskDto From(InspectionTask t) => new(
        t.Id, t.Code, t.Version, t.PreviousVersionId, t.Title, t.CityCode, t.ObjectKind, Csv.Split(t.Stages), Csv.Split(t.Types), Csv.Split(t.ObjectCities),
        t.CreditFilter, t.SampleMode, t.SampleValue, t.Stratification, t.InspectorsPerObject, Csv.Split(t.Specialties), t.AvoidOwnEmployer, t.AvoidOwnCity,
        t.AvoidPreviousInspector, t.DrawAtUtc, t.Status, t.AnnouncedAtUtc, t.DrawnAtUtc,
        [.. t.Sources.OrderBy(s => s.Position).Select(s => new Source(s.Position, s.Name, s.Description, s.Values, s.EnteredAtUtc))],
        [.. t.Lists.OrderBy(l => l.Kind).ThenBy(l => l.Stratum, StringComparer.Ordinal).Select(l => new List(l.Id, l.Kind, l.Stratum, l.Size, l.DrawCount, l.Sha256))],
        [.. t.Draws.OrderBy(d => d.Sequence).Select(d => new DrawDto(d.Sequence, d.ListId, d.ForObject, d.Count, d.Key,
            d.SelectedText.Split('\n', StringSplitOptions.RemoveEmptyEntries), d.AvoidText))]);
}
