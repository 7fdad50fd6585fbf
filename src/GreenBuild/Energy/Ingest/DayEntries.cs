using System.Buffers.Binary;
using GreenBuild.Energy.Readings;

namespace GreenBuild.Energy.Ingest;

/// <summary>
/// The layout of <see cref="Model.MeterDay.Entries"/>, the same on SQLite and PostgreSQL. Version 2 (written now):
/// byte 2, varint count, then per reading in time order four LEB128 varints — the seconds since the previous reading
/// (the first: since the day's start, 00:00 Beijing time; 86400 is the reading at the next midnight, which ends the
/// day's last interval), the raw value's change from the previous reading (the first: the raw value), the interval
/// energy minus that change (0 for a register read in the meter's own unit), all zig-zag signed, and the flags —
/// about 7 bytes a reading. Version 1 (still read): byte 1, int32 count, then per reading int32 seconds since the
/// day's start, int64 raw value and int64 interval energy (thousandths), int16 flags, little-endian, 22 bytes.
/// </summary>
public static class DayEntries
{
    private const byte Fixed = 1;
    private const byte Compact = 2;
    private const int FixedEntrySize = 22;

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
        var length = 1 + VarintLength(ZigZag(entries.Count));
        long previousSeconds = 0, previousRaw = 0;
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            var seconds = (e.Ticks - start) / TimeSpan.TicksPerSecond;
            var change = e.Raw - previousRaw;
            length += VarintLength(ZigZag(seconds - previousSeconds)) + VarintLength(ZigZag(change)) + VarintLength(ZigZag(e.Energy - change))
                + VarintLength(ZigZag(e.Flags));
            (previousSeconds, previousRaw) = (seconds, e.Raw);
        }

        var bytes = pool?.Rent(length) ?? new byte[length];
        bytes[0] = Compact;
        var at = 1 + WriteVarint(bytes.AsSpan(1), ZigZag(entries.Count));
        (previousSeconds, previousRaw) = (0, 0);
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            var seconds = (e.Ticks - start) / TimeSpan.TicksPerSecond;
            var change = e.Raw - previousRaw;
            at += WriteVarint(bytes.AsSpan(at), ZigZag(seconds - previousSeconds));
            at += WriteVarint(bytes.AsSpan(at), ZigZag(change));
            at += WriteVarint(bytes.AsSpan(at), ZigZag(e.Energy - change));
            at += WriteVarint(bytes.AsSpan(at), ZigZag(e.Flags));
            (previousSeconds, previousRaw) = (seconds, e.Raw);
        }

        return bytes;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static List<DerivedEntry> Decode(DateOnly day, byte[] bytes)
    {
        var start = DayStartTicks(day);
        if (bytes.Length >= 2 && bytes[0] == Compact)
        {
            var span = bytes.AsSpan(1);
            var count = (int)UnZigZag(ReadVarint(ref span, day));
            var list = new List<DerivedEntry>(count);
            long seconds = 0, raw = 0;
            for (var i = 0; i < count; i++)
            {
                seconds += UnZigZag(ReadVarint(ref span, day));
                var change = UnZigZag(ReadVarint(ref span, day));
                raw += change;
                var energy = UnZigZag(ReadVarint(ref span, day)) + change;
                var flags = (int)UnZigZag(ReadVarint(ref span, day));
                list.Add(new DerivedEntry(start + (seconds * TimeSpan.TicksPerSecond), raw, energy, flags));
            }

            return list;
        }

        if (bytes.Length >= 5 && bytes[0] == Fixed)
        {
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
                span = span[FixedEntrySize..];
            }

            return list;
        }

        throw new InvalidDataException($"meter day {day}: unknown entries layout");
    }

    private static ulong ZigZag(long value) => (ulong)((value << 1) ^ (value >> 63));

    private static long UnZigZag(ulong value) => (long)(value >> 1) ^ -(long)(value & 1);

    private static int VarintLength(ulong value)
    {
        var n = 1;
        while (value >= 0x80)
        {
            value >>= 7;
            n++;
        }

        return n;
    }

    private static int WriteVarint(Span<byte> to, ulong value)
    {
        var n = 0;
        while (value >= 0x80)
        {
            to[n++] = (byte)(value | 0x80);
            value >>= 7;
        }

        to[n++] = (byte)value;
        return n;
    }

    private static ulong ReadVarint(ref Span<byte> from, DateOnly day)
    {
        ulong value = 0;
        for (var shift = 0; shift < 70; shift += 7)
        {
            if (from.IsEmpty)
            {
                throw new InvalidDataException($"meter day {day}: entries cut short");
            }

            var b = from[0];
            from = from[1..];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new InvalidDataException($"meter day {day}: malformed entries");
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
