using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace GreenBuild.Energy.Ingest;

/// <summary>
/// SQLite: prepared statements reused for every row inside the batch's one transaction (SQLite's fastest bulk
/// path); keys are bound exactly as EF Core stores them (Guid as upper-case text, dates as yyyy-MM-dd).
/// </summary>
internal sealed class SqliteDayStore(SqliteConnection connection, SqliteTransaction? transaction) : IDayStore
{
    /// <summary>The UTF-8 forms of the keys written, made once per meter and day rather than once per row.</summary>
    private readonly Dictionary<Guid, byte[]> meterBytes = [];
    private readonly Dictionary<DateOnly, byte[]> dayBytes = [];

    /// <summary>The text forms of the roll-ups' keys, made once per meter or building.</summary>
    private readonly Dictionary<Guid, string> meterKeys = [];

    public async Task<Dictionary<Guid, DayRow>> LoadLatestAsync(IReadOnlyCollection<Guid> meters, CancellationToken cancellationToken)
    {
        var rows = new Dictionary<Guid, DayRow>();
        await using var command = Command(DaySql.Select + " d WHERE \"Day\" = (SELECT MAX(\"Day\") FROM energy_meter_days x WHERE x.\"MeterId\" = d.\"MeterId\")");
        if (meters.Count <= 500)
        {
            command.CommandText = DaySql.Select + " WHERE \"MeterId\" = @m ORDER BY \"Day\" DESC LIMIT 1";
            var parameter = command.Parameters.Add("@m", SqliteType.Text);
            command.Prepare();
            foreach (var meter in meters)
            {
                parameter.Value = Key(meter);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                if (await reader.ReadAsync(cancellationToken))
                {
                    rows[meter] = Read(reader);
                }
            }

            return rows;
        }

        var wanted = meters.ToHashSet();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var row = Read(reader);
                if (wanted.Contains(row.MeterId))
                {
                    rows[row.MeterId] = row;
                }
            }
        }

        return rows;
    }

    public Task<DayRow?> LoadAsync(Guid meter, DateOnly day, CancellationToken cancellationToken) =>
        One(DaySql.Select + " WHERE \"MeterId\" = @m AND \"Day\" = @d", meter, day, cancellationToken);

    public Task<DayRow?> LoadPreviousAsync(Guid meter, DateOnly day, CancellationToken cancellationToken) =>
        One(DaySql.Select + " WHERE \"MeterId\" = @m AND \"Day\" < @d ORDER BY \"Day\" DESC LIMIT 1", meter, day, cancellationToken);

    public async Task<Dictionary<Guid, DayRow>> LoadPreviousAsync(IReadOnlyList<(Guid Meter, DateOnly Day)> keys, CancellationToken cancellationToken)
    {
        // SQLite runs in the process (no round trips): one prepared statement, executed once per key.
        var rows = new Dictionary<Guid, DayRow>(keys.Count);
        if (keys.Count == 0)
        {
            return rows;
        }

        await using var command = Command(DaySql.Select + " WHERE \"MeterId\" = @m AND \"Day\" < @d ORDER BY \"Day\" DESC LIMIT 1");
        var meter = command.Parameters.Add("@m", SqliteType.Text);
        var day = command.Parameters.Add("@d", SqliteType.Text);
        command.Prepare();
        foreach (var key in keys)
        {
            meter.Value = Key(key.Meter);
            day.Value = Day(key.Day);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                rows[key.Meter] = Read(reader);
            }
        }

        return rows;
    }

    public Task<DayRow?> LoadNextAsync(Guid meter, DateOnly day, CancellationToken cancellationToken) =>
        One(DaySql.Select + " WHERE \"MeterId\" = @m AND \"Day\" > @d ORDER BY \"Day\" LIMIT 1", meter, day, cancellationToken);

    /// <summary>
    /// The rows by one statement prepared for the flush and bound through SQLite's own API (SQLitePCL.raw, on the
    /// connection and inside the transaction Microsoft.Data.Sqlite opened): its SqliteCommand allocated a binder per
    /// parameter and a reader per execution, about 1 kB a row and the largest allocation of a big ingest. The keys'
    /// UTF-8 forms are made once per meter and day.
    /// </summary>
    public Task WriteAsync(IReadOnlyList<EncodedDay> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return Task.CompletedTask;
        }

        var db = connection.Handle!;
        Check(raw.sqlite3_prepare_v2(db, $"INSERT INTO energy_meter_days ({DaySql.Columns}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10){DaySql.UpdateSet}", out var statement), db);
        using (statement)
        {
            foreach (var row in rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!meterBytes.TryGetValue(row.MeterId, out var meter))
                {
                    meterBytes[row.MeterId] = meter = System.Text.Encoding.UTF8.GetBytes(Key(row.MeterId));
                }

                if (!dayBytes.TryGetValue(row.Day, out var day))
                {
                    dayBytes[row.Day] = day = System.Text.Encoding.UTF8.GetBytes(Day(row.Day));
                }

                Check(raw.sqlite3_bind_text(statement, 1, meter), db);
                Check(raw.sqlite3_bind_text(statement, 2, day), db);
                Check(raw.sqlite3_bind_blob(statement, 3, row.Entries), db);
                Check(raw.sqlite3_bind_blob(statement, 4, row.Hourly), db);
                Check(raw.sqlite3_bind_int64(statement, 5, row.Stats.EnergyMilli), db);
                Check(raw.sqlite3_bind_int64(statement, 6, row.Stats.Readings), db);
                Check(raw.sqlite3_bind_int64(statement, 7, row.Stats.Valid), db);
                Check(raw.sqlite3_bind_int64(statement, 8, row.Stats.Expected), db);
                Check(raw.sqlite3_bind_int64(statement, 9, row.Stats.Excluded), db);
                Check(raw.sqlite3_bind_int64(statement, 10, row.Stats.Flags), db);
                var rc = raw.sqlite3_step(statement);
                if (rc != raw.SQLITE_DONE)
                {
                    Check(rc, db);
                }

                Check(raw.sqlite3_reset(statement), db);
            }
        }

        return Task.CompletedTask;
    }

    private static void Check(int rc, sqlite3 db)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, db);
        }
    }

    /// <summary>
    /// The roll-up upserts, one statement per table over a JSON array of the changed rows (<c>json_each</c>, SQLite's
    /// counterpart of PostgreSQL's <c>unnest</c>): binding tens of thousands of rows one by one cost about 2 kB of
    /// garbage a row in Microsoft.Data.Sqlite, the largest allocation at the end of a big batch.
    /// </summary>
    public async Task ApplyAsync(RollupChanges changes, CancellationToken cancellationToken)
    {
        await UpsertAsync("energy_meter_periods", "\"MeterId\", \"Year\", \"Month\", \"EnergyMilli\", \"Valid\", \"Expected\", \"Excluded\", \"Days\"", 8, DaySql.MeterPeriodConflict,
            changes.Meters.Where(m => !m.Value.IsZero), (w, m) =>
            {
                w.WriteStringValue(KeyOf(m.Key.Meter));
                WriteNumbers(w, m.Key.Year, m.Key.Month);
                w.WriteNumberValue(m.Value.Energy);
                WriteNumbers(w, m.Value.Valid, m.Value.Expected, m.Value.Excluded, m.Value.Days);
            }, cancellationToken);
        await UpsertAsync("energy_building_periods", "\"BuildingId\", \"ItemCode\", \"Year\", \"Month\", \"EnergyMilli\"", 5, DaySql.BuildingPeriodConflict,
            changes.Buildings.Where(b => b.Value != 0), (w, b) =>
            {
                w.WriteStringValue(KeyOf(b.Key.Building));
                w.WriteStringValue(b.Key.Code);
                WriteNumbers(w, b.Key.Year, b.Key.Month);
                w.WriteNumberValue(b.Value);
            }, cancellationToken);
        await UpsertAsync("energy_building_years", "\"Year\", \"BuildingId\", \"ElectricityMilli\", \"HeatMilli\", \"GasMilli\"", 5, DaySql.BuildingYearConflict,
            changes.BuildingYears.Where(y => !y.Value.IsZero), (w, y) =>
            {
                w.WriteNumberValue(y.Key.Year);
                w.WriteStringValue(KeyOf(y.Key.Building));
                w.WriteNumberValue(y.Value.Electricity);
                w.WriteNumberValue(y.Value.Heat);
                w.WriteNumberValue(y.Value.Gas);
            }, cancellationToken);
        await UpsertAsync("energy_area_years", "\"CityCode\", \"BuildingType\", \"ItemCode\", \"Year\", \"EnergyMilli\"", 5, DaySql.AreaYearConflict,
            changes.Areas.Where(a => a.Value != 0), (w, a) =>
            {
                w.WriteStringValue(a.Key.City);
                w.WriteStringValue(a.Key.Type);
                w.WriteStringValue(a.Key.Code);
                w.WriteNumberValue(a.Key.Year);
                w.WriteNumberValue(a.Value);
            }, cancellationToken);
    }

    private static void WriteNumbers(System.Text.Json.Utf8JsonWriter writer, params ReadOnlySpan<int> values)
    {
        foreach (var value in values)
        {
            writer.WriteNumberValue(value);
        }
    }

    /// <summary>One upsert of every row: each row a JSON array of the columns in order, read back with json_extract.</summary>
    private async Task UpsertAsync<T>(string table, string columns, int count, string conflict, IEnumerable<T> rows, Action<System.Text.Json.Utf8JsonWriter, T> write,
        CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var any = false;
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var row in rows)
            {
                writer.WriteStartArray();
                write(writer, row);
                writer.WriteEndArray();
                any = true;
            }

            writer.WriteEndArray();
        }

        if (!any)
        {
            return;
        }

        var values = string.Join(", ", Enumerable.Range(0, count).Select(i => $"json_extract(j.value, '$[{i}]')"));
        // "WHERE true": an upsert's SELECT needs a WHERE clause so that ON CONFLICT is not read as a join's ON.
        await using var command = Command($"INSERT INTO {table} ({columns}) SELECT {values} FROM json_each(@rows) j WHERE true{conflict}");
        command.Parameters.Add("@rows", SqliteType.Text).Value = System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The key text of a meter or building, made once per batch.</summary>
    private string KeyOf(Guid id) => meterKeys.TryGetValue(id, out var key) ? key : meterKeys[id] = Key(id);

    /// <summary>EF Core's SQLite form of a Guid key.</summary>
    public static string Key(Guid id) => id.ToString().ToUpperInvariant();

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static SqliteParameterCollection Parameters(SqliteCommand command, params SqliteType[] types)
    {
        for (var i = 0; i < types.Length; i++)
        {
            command.Parameters.Add("@" + (char)('a' + i), types[i]);
        }

        command.Prepare();
        return command.Parameters;
    }

    private SqliteCommand Command(string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    private async Task<DayRow?> One(string sql, Guid meter, DateOnly day, CancellationToken cancellationToken)
    {
        await using var command = Command(sql);
        command.Parameters.AddWithValue("@m", Key(meter));
        command.Parameters.AddWithValue("@d", Day(day));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    private static DayRow Read(SqliteDataReader reader) => DaySql.Read(reader,
        (r, i) => Guid.Parse(r.GetString(i)), (r, i) => DateOnly.ParseExact(r.GetString(i), "yyyy-MM-dd", CultureInfo.InvariantCulture));
}
