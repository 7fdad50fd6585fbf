using GreenBuild.Supervision.Model;

namespace GreenBuild.Supervision.Tasks;

/// <summary>A task as an official writes it (API body, form, CLI).</summary>
public sealed record TaskInput
{
    public string? Code { get; init; }

    public string? Title { get; init; }

    /// <summary>140000 for the province, or the organizing city (a city officer's own city).</summary>
    public string? CityCode { get; init; }

    public ObjectKind ObjectKind { get; init; }

    public IReadOnlyList<string>? Stages { get; init; }

    public IReadOnlyList<string>? Types { get; init; }

    public IReadOnlyList<string>? ObjectCities { get; init; }

    public CreditFilter CreditFilter { get; init; }

    public SampleMode SampleMode { get; init; } = SampleMode.Count;

    public decimal SampleValue { get; init; }

    public Stratification Stratification { get; init; }

    public int InspectorsPerObject { get; init; } = 2;

    public IReadOnlyList<string>? Specialties { get; init; }

    public bool AvoidOwnEmployer { get; init; } = true;

    public bool AvoidOwnCity { get; init; }

    public bool AvoidPreviousInspector { get; init; } = true;

    public DateTime DrawAtUtc { get; init; }

    public IReadOnlyList<SourceInput>? Sources { get; init; }
}

/// <summary>A random source named in advance: its name and where/when its values are published.</summary>
public sealed record SourceInput(string Name, string? Description);
