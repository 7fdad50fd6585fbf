using System.Collections.Concurrent;
using System.Threading.Channels;

namespace GreenBuild.Projects.Import;

/// <summary>
/// The imports waiting for the worker, and the progress and cancellation of the one running. Progress lives in
/// memory only (it changes thousands of times; the database keeps the outcome), so on a farm of servers the
/// progress bar shows on the server that runs the import — the status and report are in the database for all.
/// </summary>
public sealed class ProjectImportQueue
{
    private readonly Channel<(Guid Id, bool Commit)> channel = Channel.CreateUnbounded<(Guid, bool)>();
    private readonly ConcurrentDictionary<Guid, Running> running = new();

    public ChannelReader<(Guid Id, bool Commit)> Reader => channel.Reader;

    public void Enqueue(Guid id, bool commit)
    {
        running[id] = new Running(new ImportProgress(ImportPhase.Queued, 0, 0), new CancellationTokenSource());
        channel.Writer.TryWrite((id, commit));
    }

    public ImportProgress? Progress(Guid id) => running.TryGetValue(id, out var r) ? r.Progress : null;

    public void Report(Guid id, ImportProgress progress)
    {
        if (running.TryGetValue(id, out var r))
        {
            running[id] = r with { Progress = progress };
        }
    }

    public CancellationToken TokenOf(Guid id) => running.TryGetValue(id, out var r) ? r.Cancellation.Token : CancellationToken.None;

    /// <summary>Asks the running or queued import to stop; false when it is not running here.</summary>
    public bool Cancel(Guid id)
    {
        if (!running.TryGetValue(id, out var r))
        {
            return false;
        }

        r.Cancellation.Cancel();
        return true;
    }

    public void Finished(Guid id)
    {
        if (running.TryRemove(id, out var r))
        {
            r.Cancellation.Dispose();
        }
    }

    private sealed record Running(ImportProgress Progress, CancellationTokenSource Cancellation);
}
