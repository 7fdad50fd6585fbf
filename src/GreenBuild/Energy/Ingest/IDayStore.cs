namespace GreenBuild.Energy.Ingest;

/// <summary>
/// The bulk storage of meter-day rows and roll-ups for one provider, on the DbContext's connection inside the
/// batch's transaction (PostgreSQL: binary COPY; SQLite: prepared statements).
/// </summary>
internal interface IDayStore
{
    Task<Dictionary<Guid, DayRow>> LoadLatestAsync(IReadOnlyCollection<Guid> meters, CancellationToken cancellationToken);

    Task<DayRow?> LoadAsync(Guid meter, DateOnly day, CancellationToken cancellationToken);

    /// <summary>The meter's latest row before <paramref name="day"/>.</summary>
    Task<DayRow?> LoadPreviousAsync(Guid meter, DateOnly day, CancellationToken cancellationToken);

    /// <summary>
    /// For each (meter, day) of <paramref name="keys"/> (a meter at most once), the meter's latest row before that
    /// day, by meter; meters with none are absent. One query for all of them (PostgreSQL: one round trip).
    /// </summary>
    Task<Dictionary<Guid, DayRow>> LoadPreviousAsync(IReadOnlyList<(Guid Meter, DateOnly Day)> keys, CancellationToken cancellationToken);

    /// <summary>The meter's earliest row after <paramref name="day"/>.</summary>
    Task<DayRow?> LoadNextAsync(Guid meter, DateOnly day, CancellationToken cancellationToken);

    Task WriteAsync(IReadOnlyList<EncodedDay> rows, CancellationToken cancellationToken);

    Task ApplyAsync(RollupChanges changes, CancellationToken cancellationToken);
}
