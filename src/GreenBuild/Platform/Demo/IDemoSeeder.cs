namespace GreenBuild.Platform.Demo;

/// <summary>
/// A module's demo data. Seeders run in <see cref="Order"/> on an empty database at first start and with
/// <c>greenbuild demo seed</c>; each is deterministic and idempotent.
/// </summary>
public interface IDemoSeeder
{
    int Order { get; }

    /// <summary>Seeds and returns a one-line summary of what it added.</summary>
    Task<string> RunAsync(CancellationToken cancellationToken);
}
