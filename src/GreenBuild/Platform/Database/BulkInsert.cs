using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using SQLitePCL;

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
        // One typed writer per column (its provider CLR type and store type resolved once), not a lookup per value.
        var writers = properties.Select(p => ColumnWriter.For(p.Mapping.Converter?.ProviderClrType ?? p.Mapping.ClrType, p.Mapping.StoreType.Split('(')[0])).ToList();
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
                    await writers[c].WriteAsync(importer, value, cancellationToken);
                }
            }
        }

        await importer.CompleteAsync(cancellationToken);
    }

    /// <summary>Writes one column's values to a binary COPY as their own type (no per-value type resolution).</summary>
    private abstract class ColumnWriter
    {
        public static ColumnWriter For(Type clrType, string storeType) =>
            (ColumnWriter)Activator.CreateInstance(typeof(TypedColumnWriter<>).MakeGenericType(Nullable.GetUnderlyingType(clrType) ?? clrType), storeType)!;

        public abstract Task WriteAsync(Npgsql.NpgsqlBinaryImporter importer, object value, CancellationToken cancellationToken);
    }

    private sealed class TypedColumnWriter<TValue>(string storeType) : ColumnWriter
    {
        public override Task WriteAsync(Npgsql.NpgsqlBinaryImporter importer, object value, CancellationToken cancellationToken) =>
            importer.WriteAsync((TValue)value, storeType, cancellationToken);
    }

    /// <summary>
    /// SQLite compiles a long multi-row VALUES list slowly, but runs one prepared statement very fast: the same
    /// single-row INSERT is prepared once on the connection's handle and each row's values are bound by position.
    /// (Microsoft.Data.Sqlite would look every parameter up by name on every row, which costs more than the insert.)
    /// Each value is converted by its column's value converter, then stored as Microsoft.Data.Sqlite stores it
    /// (<see cref="BindSqlite"/>), so the rows are the ones EF Core would have written.
    /// </summary>
    private static Task InsertRowByRowAsync<T>(System.Data.Common.DbTransaction transaction, ISqlGenerationHelper sql, StoreObjectIdentifier table,
        List<(IProperty Property, RelationalTypeMapping Mapping, IClrPropertyGetter Getter)> properties, IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        var connection = (Microsoft.Data.Sqlite.SqliteConnection)transaction.Connection!;
        var names = properties.Select((_, i) => "?" + (i + 1).ToString(CultureInfo.InvariantCulture));
        var text = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.Property.GetColumnName(table)!)))}) VALUES ({string.Join(", ", names)})";
        var handle = connection.Handle!;
        Check(raw.sqlite3_prepare_v2(handle, text, out var statement), handle);
        var scratch = new byte[4096];
        using (statement)
        {
            foreach (var row in rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                for (var c = 0; c < properties.Count; c++)
                {
                    var (_, mapping, getter) = properties[c];
                    var value = getter.GetClrValue(row);
                    if (mapping.Converter is { } converter && value is not null)
                    {
                        value = converter.ConvertToProvider(value);
                    }

                    Check(BindSqlite(statement, c + 1, value, ref scratch), handle);
                }

                var step = raw.sqlite3_step(statement);
                if (step != raw.SQLITE_DONE)
                {
                    Check(step, handle);
                }

                Check(raw.sqlite3_reset(statement), handle);
            }
        }

        return Task.CompletedTask;
    }

    private static void Check(int rc, SQLitePCL.sqlite3 handle) => Microsoft.Data.Sqlite.SqliteException.ThrowExceptionForRC(rc, handle);

    /// <summary>
    /// Binds a provider value the way Microsoft.Data.Sqlite's binder stores it for a parameter of the default type
    /// (integers and booleans as INTEGER, floating point as REAL, bytes as BLOB, and as TEXT: decimals
    /// "0.0###…", dates "yyyy-MM-dd", date-times "yyyy-MM-dd HH:mm:ss.FFFFFFF", GUIDs upper case). A type it
    /// does not know is refused rather than guessed. Text is written as UTF-8 into <paramref name="scratch"/> (SQLite
    /// copies it), not into a new array per value as the string overload does.
    /// </summary>
    private static int BindSqlite(sqlite3_stmt statement, int index, object? value, ref byte[] scratch) => value switch
    {
        null => raw.sqlite3_bind_null(statement, index),
        // An empty span would be bound as a null pointer, which SQLite stores as NULL.
        string { Length: 0 } => raw.sqlite3_bind_text(statement, index, ""),
        string text => raw.sqlite3_bind_text(statement, index, Utf8(text, ref scratch)),
        bool flag => raw.sqlite3_bind_int64(statement, index, flag ? 1 : 0),
        int number => raw.sqlite3_bind_int64(statement, index, number),
        long number => raw.sqlite3_bind_int64(statement, index, number),
        short number => raw.sqlite3_bind_int64(statement, index, number),
        byte number => raw.sqlite3_bind_int64(statement, index, number),
        double number when !double.IsNaN(number) => raw.sqlite3_bind_double(statement, index, number),
        float number when !float.IsNaN(number) => raw.sqlite3_bind_double(statement, index, number),
        byte[] bytes => raw.sqlite3_bind_blob(statement, index, bytes),
        decimal number => raw.sqlite3_bind_text(statement, index, Formatted(number, "0.0###########################", scratch)),
        DateTime moment => raw.sqlite3_bind_text(statement, index, Formatted(moment, @"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", scratch)),
        DateOnly day => raw.sqlite3_bind_text(statement, index, Formatted(day, @"yyyy\-MM\-dd", scratch)),
        Guid id => raw.sqlite3_bind_text(statement, index, UpperCase(Formatted(id, "D", scratch))),
        _ => throw new NotSupportedException($"BulkInsert does not store {value.GetType().Name} values in SQLite."),
    };

    private static ReadOnlySpan<byte> Utf8(string text, ref byte[] scratch)
    {
        if (System.Text.Encoding.UTF8.GetMaxByteCount(text.Length) > scratch.Length)
        {
            scratch = new byte[System.Text.Encoding.UTF8.GetMaxByteCount(text.Length)];
        }

        return scratch.AsSpan(0, System.Text.Encoding.UTF8.GetBytes(text, scratch));
    }

    /// <summary>A value formatted as its <c>ToString(format, InvariantCulture)</c> would be, as UTF-8 (the scratch holds far more than any of these).</summary>
    private static Span<byte> Formatted<T>(T value, string format, byte[] scratch)
        where T : IUtf8SpanFormattable =>
        value.TryFormat(scratch, out var written, format, CultureInfo.InvariantCulture)
            ? scratch.AsSpan(0, written)
            : throw new InvalidOperationException($"{typeof(T).Name} did not fit in {scratch.Length} bytes.");

    private static Span<byte> UpperCase(Span<byte> ascii)
    {
        System.Text.Ascii.ToUpperInPlace(ascii, out _);
        return ascii;
    }
}
