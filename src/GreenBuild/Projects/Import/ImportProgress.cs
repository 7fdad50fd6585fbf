namespace GreenBuild.Projects.Import;

/// <summary>The phases of an import, in order.</summary>
public enum ImportPhase
{
    Queued,
    Reading,
    Checking,
    Writing,
    Done,
}

/// <summary>How far an import is: its phase and rows done of the rows known.</summary>
public sealed record ImportProgress(ImportPhase Phase, int Done, int Total)
{
    /// <summary>0–100 over the whole import: reading counts 40 %, checking 20 %, writing 40 %.</summary>
    public int Percent => Phase switch
    {
        ImportPhase.Queued => 0,
        ImportPhase.Reading => 0,
        ImportPhase.Checking => 40 + Share(20),
        ImportPhase.Writing => 60 + Share(40),
        _ => 100,
    };

    private int Share(int weight) => Total <= 0 ? 0 : (int)Math.Min(weight, (long)weight * Done / Total);
}

/// <summary>Progress passed on at once on the reporting thread (<see cref="Progress{T}"/> would post it later, out of order).</summary>
internal sealed class ImmediateProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
