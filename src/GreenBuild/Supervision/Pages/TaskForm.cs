using System.Globalization;
using GreenBuild.Platform.Web;
using GreenBuild.Supervision.Model;
using GreenBuild.Supervision.Tasks;

namespace GreenBuild.Supervision.Pages;

/// <summary>
/// The task form of the pages: what <see cref="TaskInput"/> holds, as HTML fields. Lists are typed comma-separated;
/// sources one per line as "name | where it is published"; the draw time in Beijing time.
/// </summary>
public sealed class TaskForm
{
    public string? Code { get; set; }

    public string? Title { get; set; }

    public string CityCode { get; set; } = InspectionTask.ProvinceCode;

    public ObjectKind ObjectKind { get; set; } = ObjectKind.Product;

    public List<string> Stages { get; set; } = [];

    public string? Types { get; set; }

    public string? ObjectCities { get; set; }

    public CreditFilter CreditFilter { get; set; }

    public SampleMode SampleMode { get; set; } = SampleMode.Count;

    public string? SampleValue { get; set; }

    public Stratification Stratification { get; set; }

    public int InspectorsPerObject { get; set; } = 2;

    public string? Specialties { get; set; }

    public bool AvoidOwnEmployer { get; set; } = true;

    public bool AvoidOwnCity { get; set; }

    public bool AvoidPreviousInspector { get; set; } = true;

    public DateTime? DrawAtLocal { get; set; }

    public string? Sources { get; set; }

    public TaskInput ToInput() => new()
    {
        Code = Code, Title = Title, CityCode = CityCode, ObjectKind = ObjectKind, Stages = Stages, Types = Csv.Split(Types), ObjectCities = Csv.Split(ObjectCities),
        CreditFilter = CreditFilter, SampleMode = SampleMode,
        SampleValue = decimal.TryParse(SampleValue, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : 0,
        Stratification = Stratification, InspectorsPerObject = InspectorsPerObject, Specialties = Csv.Split(Specialties),
        AvoidOwnEmployer = AvoidOwnEmployer, AvoidOwnCity = AvoidOwnCity, AvoidPreviousInspector = AvoidPreviousInspector,
        DrawAtUtc = DrawAtLocal is { } local ? Formats.ToUtc(local) : default,
        Sources = [.. (Sources ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('|', 2, StringSplitOptions.TrimEntries) is var parts && parts.Length == 2 ? new SourceInput(parts[0], parts[1]) : new SourceInput(line, null))],
    };

    public static TaskForm From(InspectionTask task) => new()
    {
        Code = task.Code, Title = task.Title, CityCode = task.CityCode, ObjectKind = task.ObjectKind, Stages = [.. Csv.Split(task.Stages)], Types = task.Types,
        ObjectCities = task.ObjectCities, CreditFilter = task.CreditFilter, SampleMode = task.SampleMode,
        SampleValue = task.SampleValue.ToString(task.SampleMode == SampleMode.Count ? "0" : "0.##", CultureInfo.InvariantCulture),
        Stratification = task.Stratification, InspectorsPerObject = task.InspectorsPerObject, Specialties = task.Specialties,
        AvoidOwnEmployer = task.AvoidOwnEmployer, AvoidOwnCity = task.AvoidOwnCity, AvoidPreviousInspector = task.AvoidPreviousInspector,
        DrawAtLocal = TimeZoneInfo.ConvertTimeFromUtc(task.DrawAtUtc, Formats.China),
        Sources = string.Join('\n', task.Sources.OrderBy(s => s.Position).Select(s => s.Description.Length == 0 ? s.Name : $"{s.Name} | {s.Description}")),
    };
}
