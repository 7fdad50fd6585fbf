using Npgsql;
using NpgsqlTypes;

namespace GreenBuild.Energy.Ingest;

/// <summary>
/// PostgreSQL: new meter-days by binary COPY straight into <c>energy_meter_days</c> (the batch holds the ingest lock,
/// so nobody else can insert them); changed ones by binary COPY into a temporary staging table and one
/// <c>INSERT … SELECT … ON CONFLICT DO UPDATE</c>; roll-up changes as one upsert per table over unnest(arrays).
/// </summary>
internal sealed class PostgresDayStore(NpgsqlConnection connection) : IDayStore
{
    private bool staging;

    public async Task<Dictionary<Guid, DayRow>> LoadLatestAsync(IReadOnlyCollection<Guid> meters, CancellationToken cancellationToken)
    {
        // Each meter's latest day by its own probe of the (MeterId, Day) key; DISTINCT ON read and sorted every stored day
        // of the meters (179 ms vs 19 ms for 10,000 meters with 100,000 days).
        await using var command = new NpgsqlCommand(
            "SELECT p.* FROM unnest(@m) AS k(meter) CROSS JOIN LATERAL (" + DaySql.Select + " WHERE \"MeterId\" = k.meter ORDER BY \"Day\" DESC LIMIT 1) AS p", connection);
        command.Parameters.Add(new NpgsqlParameter("m", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = meters.ToArray() });
        var rows = new Dictionary<Guid, DayRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = Read(reader);
            rows[row.MeterId] = row;
        }

        return rows;
    }

    public Task<DayRow?> LoadAsync(Guid meter, DateOnly day, CancellationToken cancellationToken) =>
        One(DaySql.Select + " WHERE \"MeterId\" = @m AND \"Day\" = @d", meter, day, cancellationToken);

    public Task<DayRow?> LoadPreviousAsync(Guid meter, DateOnly day, CancellationToken cancellationToken) =>
        One(DaySql.Select + " WHERE \"MeterId\" = @m AND \"Day\" < @d ORDER BY \"Day\" DESC LIMIT 1", meter, day, cancellationToken);

    public async Task<Dictionary<Guid, DayRow>> LoadPreviousAsync(IReadOnlyList<(Guid Meter, DateOnly Day)> keys, CancellationToken cancellationToken)
    {
        var rows = new Dictionary<Guid, DayRow>(keys.Count);
        if (keys.Count == 0)
        {
            return rows;
        }

        // One round trip: each key's row found through the (MeterId, Day) key by its own index probe (LATERAL … LIMIT 1).
        await using var command = new NpgsqlCommand(
            "SELECT p.* FROM unnest(@m, @d) AS k(meter, before) CROSS JOIN LATERAL (" + DaySql.Select +
            " WHERE \"MeterId\" = k.meter AND \"Day\" < k.before ORDER BY \"Day\" DESC LIMIT 1) AS p", connection);
        command.Parameters.Add(new NpgsqlParameter("m", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = keys.Select(k => k.Meter).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("d", NpgsqlDbType.Array | NpgsqlDbType.Date) { Value = keys.Select(k => k.Day).ToArray() });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = Read(reader);
            rows[row.MeterId] = row;
        }

        return rows;
    }

    public Task<DayRow?> LoadNextAsync(Guid meter, DateOnly day, CancellationToken cancellationToken) =>
        One(DaySql.Select + " WHERE \"MeterId\" = @m AND \"Day\" > @d ORDER BY \"Day\" LIMIT 1", meter, day, cancellationToken);

    public async Task WriteAsync(IReadOnlyList<EncodedDay> rows, CancellationToken cancellationToken)
    {
        var changed = rows.Where(r => !r.IsNew).ToList();
        await CopyAsync("energy_meter_days", rows.Where(r => r.IsNew), cancellationToken);
        if (changed.Count == 0)
        {
            return;
        }

        if (!staging)
        {
            await Execute("CREATE TEMP TABLE energy_day_stage (LIKE energy_meter_days) ON COMMIT DROP", cancellationToken);
            staging = true;
        }

        await CopyAsync("energy_day_stage", changed, cancellationToken);
        await Execute($"INSERT INTO energy_meter_days ({DaySql.Columns}) SELECT {DaySql.Columns} FROM energy_day_stage{DaySql.UpdateSet}", cancellationToken);
        await Execute("TRUNCATE energy_day_stage", cancellationToken);
    }

    public async Task ApplyAsync(RollupChanges changes, CancellationToken cancellationToken)
    {
        var meters = changes.Meters.Where(m => !m.Value.IsZero).ToList();
        if (meters.Count > 0)
        {
            await using var command = new NpgsqlCommand(
                "INSERT INTO energy_meter_periods (\"MeterId\", \"Year\", \"Month\", \"EnergyMilli\", \"Valid\", \"Expected\", \"Excluded\", \"Days\") " +
                "SELECT * FROM unnest(@a, @b, @c, @d, @e, @f, @g, @h)" + DaySql.MeterPeriodConflict, connection);
            command.Parameters.AddWithValue("a", meters.Select(m => m.Key.Meter).ToArray());
            command.Parameters.AddWithValue("b", meters.Select(m => m.Key.Year).ToArray());
            command.Parameters.AddWithValue("c", meters.Select(m => m.Key.Month).ToArray());
            command.Parameters.AddWithValue("d", meters.Select(m => m.Value.Energy).ToArray());
            command.Parameters.AddWithValue("e", meters.Select(m => m.Value.Valid).ToArray());
            command.Parameters.AddWithValue("f", meters.Select(m => m.Value.Expected).ToArray());
            command.Parameters.AddWithValue("g", meters.Select(m => m.Value.Excluded).ToArray());
            command.Parameters.AddWithValue("h", meters.Select(m => m.Value.Days).ToArray());
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        var buildings = changes.Buildings.Where(b => b.Value != 0).ToList();
        if (buildings.Count > 0)
        {
            await using var command = new NpgsqlCommand(
                "INSERT INTO energy_building_periods (\"BuildingId\", \"ItemCode\", \"Year\", \"Month\", \"EnergyMilli\") SELECT * FROM unnest(@a, @b, @c, @d, @e)" +
                DaySql.BuildingPeriodConflict, connection);
            command.Parameters.AddWithValue("a", buildings.Select(b => b.Key.Building).ToArray());
            command.Parameters.AddWithValue("b", buildings.Select(b => b.Key.Code).ToArray());
            command.Parameters.AddWithValue("c", buildings.Select(b => b.Key.Year).ToArray());
            command.Parameters.AddWithValue("d", buildings.Select(b => b.Key.Month).ToArray());
            command.Parameters.AddWithValue("e", buildings.Select(b => b.Value).ToArray());
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        var years = changes.BuildingYears.Where(y => !y.Value.IsZero).ToList();
        if (years.Count > 0)
        {
            await using var command = new NpgsqlCommand(
                "INSERT INTO energy_building_years (\"Year\", \"BuildingId\", \"ElectricityMilli\", \"HeatMilli\", \"GasMilli\") SELECT * FROM unnest(@a, @b, @c, @d, @e)" +
                DaySql.BuildingYearConflict, connection);
            command.Parameters.AddWithValue("a", years.Select(y => y.Key.Year).ToArray());
            command.Parameters.AddWithValue("b", years.Select(y => y.Key.Building).ToArray());
            command.Parameters.AddWithValue("c", years.Select(y => y.Value.Electricity).ToArray());
            command.Parameters.AddWithValue("d", years.Select(y => y.Value.Heat).ToArray());
            command.Parameters.AddWithValue("e", years.Select(y => y.Value.Gas).ToArray());
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        var areas = changes.Areas.Where(a => a.Value != 0).ToList();
        if (areas.Count > 0)
        {
            await using var command = new NpgsqlCommand(
                "INSERT INTO energy_area_years (\"CityCode\", \"BuildingType\", \"ItemCode\", \"Year\", \"EnergyMilli\") SELECT * FROM unnest(@a, @b, @c, @d, @e)" +
                DaySql.AreaYearConflict, connection);
            command.Parameters.AddWithValue("a", areas.Select(a => a.Key.City).ToArray());
            command.Parameters.AddWithValue("b", areas.Select(a => a.Key.Type).ToArray());
            command.Parameters.AddWithValue("c", areas.Select(a => a.Key.Code).ToArray());
            command.Parameters.AddWithValue("d", areas.Select(a => a.Key.Year).ToArray());
            command.Parameters.AddWithValue("e", areas.Select(a => a.Value).ToArray());
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private async Task CopyAsync(string table, IEnumerable<EncodedDay> rows, CancellationToken cancellationToken)
    {
        NpgsqlBinaryImporter? importer = null;
        try
        {
            foreach (var row in rows)
            {
                importer ??= await connection.BeginBinaryImportAsync($"COPY {table} ({DaySql.Columns}) FROM STDIN (FORMAT BINARY)", cancellationToken);
                await importer.StartRowAsync(cancellationToken);
                await importer.WriteAsync(row.MeterId, NpgsqlDbType.Uuid, cancellationToken);
                await importer.WriteAsync(row.Day, NpgsqlDbType.Date, cancellationToken);
                await importer.WriteAsync(row.Entries, NpgsqlDbType.Bytea, cancellationToken);
                await importer.WriteAsync(row.Hourly, NpgsqlDbType.Bytea, cancellationToken);
                await importer.WriteAsync(row.Stats.EnergyMilli, NpgsqlDbType.Bigint, cancellationToken);
                await importer.WriteAsync(row.Stats.Readings, NpgsqlDbType.Integer, cancellationToken);
                await importer.WriteAsync(row.Stats.Valid, NpgsqlDbType.Integer, cancellationToken);
                await importer.WriteAsync(row.Stats.Expected, NpgsqlDbType.Integer, cancellationToken);
                await importer.WriteAsync(row.Stats.Excluded, NpgsqlDbType.Integer, cancellationToken);
                await importer.WriteAsync(row.Stats.Flags, NpgsqlDbType.Integer, cancellationToken);
            }

            if (importer is not null)
            {
                await importer.CompleteAsync(cancellationToken);
            }
        }
        finally
        {
            if (importer is not null)
            {
                await importer.DisposeAsync();
            }
        }
    }

    private async Task<DayRow?> One(string sql, Guid meter, DateOnly day, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("m", meter);
        command.Parameters.AddWithValue("d", day);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    private async Task Execute(string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DayRow Read(NpgsqlDataReader reader) =>
        DaySql.Read(reader, (r, i) => r.GetGuid(i), (r, i) => r.GetFieldValue<DateOnly>(i));
}
