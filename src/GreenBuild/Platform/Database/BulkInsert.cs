using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace GreenBuild.Platform.Database;

/// <summary>
/// Inserts many new records of one entity type (PostgreSQL: binary COPY; SQLite: one prepared statement per row), on the context's connection and
/// inside its current transaction, with the values converted exactly as EF Core converts them (each column's
/// type mapping creates its parameter). For bulk paths (imports) where the change tracker would cost more than the
/// database: the caller writes the audit entries (<see cref="Audit.AppendAuditEntries"/>), as the interceptor would.
/// </summary>
public static class BulkInsert
{
    public static async Task InsertAsync<T>(GreenBuildDb db, IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk inserts run inside the caller's transaction.");
        var type = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var properties = type.GetProperties().Select(p => (Property: p, Mapping: p.GetRelationalTypeMapping(), Getter: p.GetGetter())).ToList();
        var sql = db.GetService<ISqlGenerationHelper>();
        if (!db.Database.IsNpgsql())
        {
            await InsertRowByRowAsync(transaction, sql, table, properties, rows, cancellationToken);
            return;
        }

        if (transaction.Connection is Npgsql.NpgsqlConnection npgsql)
        {
            await CopyAsync(npgsql, sql, table, properties, rows, cancellationToken);
            return;
        }

        throw new InvalidOperationException($"No bulk path for {transaction.Connection?.GetType().Name}.");
    }

    /// <summary>
    /// PostgreSQL's binary COPY (in the connection's open transaction): each value converted as the type mapping
    /// converts it and sent as the column's store type.
    /// </summary>
    private static async Task CopyAsync<T>(Npgsql.NpgsqlConnection connection, ISqlGenerationHelper sql, StoreObjectIdentifier table,
        List<(IProperty Property, RelationalTypeMapping Mapping, IClrPropertyGetter Getter)> properties, IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        var types = properties.Select(p => p.Mapping.StoreType.Split('(')[0]).ToList();
        var copy = $"COPY {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.Property.GetColumnName(table)!)))}) FROM STDIN (FORMAT BINARY)";
        await using var importer = await connection.BeginBinaryImportAsync(copy, cancellationToken);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            for (var c = 0; c < properties.Count; c++)
            {
                var (_, mapping, getter) = properties[c];
                var value = getter.GetClrValue(row);
                if (mapping.Converter is { } converter)
                {
                    value = converter.ConvertToProvider(value);
                }

                if (value is null)
                {
                    await importer.WriteNullAsync(cancellationToken);
                }
                else
                {
                    await importer.WriteAsync(value, types[c], cancellationToken);
                }
            }
        }

        await importer.CompleteAsync(cancellationToken);
    }

    /// <summary>
    /// SQLite compiles a long multi-row VALUES list slowly, but runs one prepared statement very fast: the same
    /// single-row INSERT is prepared once and executed for each row (every mapped type here converts through its
    /// value converter or is passed as is, as the type mapping would pass it).
    /// </summary>
    private static async Task InsertRowByRowAsync<T>(System.Data.Common.DbTransaction transaction, ISqlGenerationHelper sql, StoreObjectIdentifier table,
        List<(IProperty Property, RelationalTypeMapping Mapping, IClrPropertyGetter Getter)> properties, IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        var names = properties.Select((_, i) => "@p" + i.ToString(CultureInfo.InvariantCulture)).ToList();
        await using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.Property.GetColumnName(table)!)))}) VALUES ({string.Join(", ", names)})";
        // Parameters are made once by the type mappings (types, sizes); each row only converts and sets its values.
        var parameters = new System.Data.Common.DbParameter[properties.Count];
        for (var c = 0; c < properties.Count; c++)
        {
            var (property, mapping, getter) = properties[c];
            parameters[c] = mapping.CreateParameter(command, names[c], getter.GetClrValue(rows[0]), property.IsNullable);
            command.Parameters.Add(parameters[c]);
        }

        command.Prepare();
        foreach (var row in rows)
        {
            for (var c = 0; c < properties.Count; c++)
            {
                var (_, mapping, getter) = properties[c];
                var value = getter.GetClrValue(row);
                if (mapping.Converter is { } converter)
                {
                    value = converter.ConvertToProvider(value);
                }

                parameters[c].Value = value ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
