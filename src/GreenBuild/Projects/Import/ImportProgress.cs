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

/// <summary>
/// How far an import is: its phase and rows done of the rows expected. Rows are read, checked and (when committing)
/// written together, so one phase covers them: checking for a preview, writing for a commit; the rows expected are
/// estimated from how much of the file has been read, and exact at the end.
/// </summary>
public sealed record ImportProgress(ImportPhase Phase, int Done, int Total)
{
    /// <summary>0–100 over the whole import (99 at most until it is done: the commit is still to come).</summary>
    public int Percent => Phase switch
    {
        ImportPhase.Queued => 0,
        ImportPhase.Reading => 0,
        ImportPhase.Checking or ImportPhase.Writing => Total <= 0 ? 0 : (int)Math.Min(99, 99L * Done / Total),
        _ => 100,
    };
}

/// <summary>
/// How much of a file's data the reader has consumed and how many rows it found in it (written by the reading thread,
/// read for progress): the rows the whole file holds are estimated from the two.
/// </summary>
internal sealed class ReadShare
{
    private long consumed, length;
    private int rows;

    public void Set(long consumedNow, long lengthNow)
    {
        Volatile.Write(ref length, lengthNow);
        Volatile.Write(ref consumed, consumedNow);
    }

    public void RowRead() => Volatile.Write(ref rows, rows + 1);

    /// <summary>The data rows the file holds, as far as can be told now; never fewer than the <paramref name="done"/> ones.</summary>
    public int Estimate(int done)
    {
        var (read, total, found) = (Volatile.Read(ref consumed), Volatile.Read(ref length), Volatile.Read(ref rows) - 1);
        return read <= 0 || total <= 0 ? done : (int)Math.Clamp(Math.Round(found * (double)total / read), done, ImportProjects.MaxRows);
    }
}

/// <summary>Progress passed on at once on the reporting thread (<see cref="Progress{T}"/> would post it later, out of order).</summary>
internal sealed class ImmediateProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
