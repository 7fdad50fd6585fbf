using System.Buffers.Binary;
using GreenBuild.Energy.Readings;

namespace GreenBuild.Energy.Ingest;

/// <summary>
/// The layout of <see cref="Model.MeterDay.Entries"/>, the same on SQLite and PostgreSQL: byte 1 (version), int32
/// count, then per reading in time order int32 seconds since the day's start (00:00 Beijing time; 86400 is the
/// reading at the next midnight, which ends the day's last interval), int64 raw value and int64 interval energy
/// (thousandths), int16 flags — little-endian, 22 bytes a reading.
/// </summary>
public static class DayEntries
{
    private const byte Version = 1;
    private const int EntrySize = 22;

    /// <summary>China has kept UTC+8 all year since 1991: days are cut at 16:00 UTC.</summary>
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    /// <summary>The day an interval ending at <paramref name="ticks"/> belongs to.</summary>
    public static DateOnly DayOf(long ticks) => DateOnly.FromDateTime(new DateTime(ticks - 1 + ChinaOffset.Ticks));

    public static long DayStartTicks(DateOnly day) => day.ToDateTime(TimeOnly.MinValue).Ticks - ChinaOffset.Ticks;

    /// <summary>The local hour (0–23) an interval ending at <paramref name="ticks"/> falls in.</summary>
    public static int HourOf(long ticks) => new DateTime(ticks - 1 + ChinaOffset.Ticks).Hour;

    public static byte[] Encode(DateOnly day, IReadOnlyList<DerivedEntry> entries) => Encode(day, entries, null);

    public static byte[] EncodeHourly(ReadOnlySpan<long> hours) => EncodeHourly(hours, null);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal static byte[] Encode(DateOnly day, IReadOnlyList<DerivedEntry> entries, BlobPool? pool)
    {
        var start = DayStartTicks(day);
        var length = 5 + (entries.Count * EntrySize);
        var bytes = pool?.Rent(length) ?? new byte[length];
        bytes[0] = Version;
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(1), entries.Count);
        var span = bytes.AsSpan(5);
        foreach (var e in entries)
        {
            BinaryPrimitives.WriteInt32LittleEndian(span, (int)((e.Ticks - start) / TimeSpan.TicksPerSecond));
            BinaryPrimitives.WriteInt64LittleEndian(span[4..], e.Raw);
            BinaryPrimitives.WriteInt64LittleEndian(span[12..], e.Energy);
            BinaryPrimitives.WriteInt16LittleEndian(span[20..], (short)e.Flags);
            span = span[EntrySize..];
        }

        return bytes;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static List<DerivedEntry> Decode(DateOnly day, byte[] bytes)
    {
        if (bytes.Length < 5 || bytes[0] != Version)
        {
            throw new InvalidDataException($"meter day {day}: unknown entries layout");
        }

        var start = DayStartTicks(day);
        var count = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(1));
        var list = new List<DerivedEntry>(count);
        var span = bytes.AsSpan(5);
        for (var i = 0; i < count; i++)
        {
            list.Add(new DerivedEntry(
                start + (BinaryPrimitives.ReadInt32LittleEndian(span) * TimeSpan.TicksPerSecond),
                BinaryPrimitives.ReadInt64LittleEndian(span[4..]),
                BinaryPrimitives.ReadInt64LittleEndian(span[12..]),
                BinaryPrimitives.ReadInt16LittleEndian(span[20..])));
            span = span[EntrySize..];
        }

        return list;
    }

    internal static byte[] EncodeHourly(ReadOnlySpan<long> hours, BlobPool? pool)
    {
        var bytes = pool?.Rent(24 * 8) ?? new byte[24 * 8];
        for (var h = 0; h < 24; h++)
        {
            BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(h * 8), hours[h]);
        }

        return bytes;
    }

    public static long[] DecodeHourly(byte[] bytes)
    {
        var hours = new long[24];
        for (var h = 0; h < 24 && (h * 8) + 8 <= bytes.Length; h++)
        {
            hours[h] = BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(h * 8));
        }

        return hours;
    }
}
