namespace GreenBuild.Platform.Database;

/// <summary>
/// Reviewed reference data a module ships with the application (not demo data), loaded by
/// <see cref="InitializeDatabase"/> after the migrations at every start and by <c>greenbuild db migrate</c>.
/// Each loader is idempotent and saves through the audited context.
/// </summary>
public interface IReferenceDataLoader
{
    int Order { get; }

    /// <summary>Loads what is missing or changed; returns a one-line summary.</summary>
    Task<string> RunAsync(CancellationToken cancellationToken);
}
