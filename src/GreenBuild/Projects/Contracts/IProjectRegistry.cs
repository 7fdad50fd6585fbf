using GreenBuild.Standards.GreenRating;

namespace GreenBuild.Projects.Contracts;

/// <summary>
/// The registry as other modules meet it: they read projects through it and never touch its tables. No scope
/// is applied here — the calling module has already decided what its user may see.
/// </summary>
public interface IProjectRegistry
{
    Task<ProjectSummary?> FindAsync(Guid projectId, CancellationToken cancellationToken = default);

    Task<ProjectSummary?> FindByCodeAsync(string code, CancellationToken cancellationToken = default);

    /// <summary>Projects matching the filter, ordered by code.</summary>
    Task<IReadOnlyList<ProjectSummary>> ListAsync(ProjectFilter filter, CancellationToken cancellationToken = default);

    /// <summary>
    /// The labels module's decision (certificate, downgrade or revocation) sets the project's green level; the
    /// evidence (e.g. the certificate number or the revocation decision) is kept with it. Saved and audited
    /// with the caller's next SaveChanges of the same DbContext, so it commits with the decision itself.
    /// </summary>
    Task SetCertifiedGreenLevelAsync(Guid projectId, GreenLevel level, string evidence, CancellationToken cancellationToken = default);
}
