namespace GreenBuild.Energy.Ingest;

/// <summary>
/// Strict, allocation-free parsing of what collectors send: ISO 8601 times that must carry a zone (Z or ±hh:mm) and
/// whole seconds; decimal values with at most three decimals, kept as thousandths.
/// </summary>
internal static class ReadingParser
{
    public enum TimeProblem
    {
        None,
        Malformed,
        NoZone,
        SubSecond,
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static TimeProblem TryParseTime(ReadOnlySpan<char> s, out long utcTicks)
    {
        utcTicks = 0;
        s = s.Trim();
        if (s.Length < 19 || s[4] != '-' || s[7] != '-' || (s[10] != 'T' && s[10] != ' ') || s[13] != ':' || s[16] != ':')
        {
            return TimeProblem.Malformed;
        }

        if (!Digits(s[..4], out var year) || !Digits(s.Slice(5, 2), out var month) || !Digits(s.Slice(8, 2), out var day)
            || !Digits(s.Slice(11, 2), out var hour) || !Digits(s.Slice(14, 2), out var minute) || !Digits(s.Slice(17, 2), out var second))
        {
            return TimeProblem.Malformed;
        }

        var rest = s[19..];
        var subSecond = false;
        if (rest.Length > 0 && rest[0] == '.')
        {
            var i = 1;
            while (i < rest.Length && char.IsAsciiDigit(rest[i]))
            {
                subSecond |= rest[i] != '0';
                i++;
            }

            rest = rest[i..];
        }

        long offsetTicks;
        if (rest.Length == 0)
        {
            return TimeProblem.NoZone;
        }

        if (rest is "Z" or "z")
        {
            offsetTicks = 0;
        }
        else if (rest.Length == 6 && (rest[0] == '+' || rest[0] == '-') && rest[3] == ':' && Digits(rest.Slice(1, 2), out var oh) && Digits(rest.Slice(4, 2), out var om) && oh <= 14 && om < 60)
        {
            offsetTicks = ((oh * 60) + om) * TimeSpan.TicksPerMinute * (rest[0] == '-' ? -1 : 1);
        }
        else
        {
            return TimeProblem.Malformed;
        }

        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Clamp(year, 1, 9999), month) || hour > 23 || minute > 59 || second > 59 || year < 1990)
        {
            return TimeProblem.Malformed;
        }

        if (subSecond)
        {
            return TimeProblem.SubSecond;
        }

        utcTicks = new DateTime(year, month, day, hour, minute, second).Ticks - offsetTicks;
        return TimeProblem.None;
    }

    /// <summary>A decimal with at most 3 decimals and 15 integer digits as thousandths.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static bool TryParseMilli(ReadOnlySpan<char> s, out long milli)
    {
        milli = 0;
        s = s.Trim();
        var negative = false;
        if (s.Length > 0 && (s[0] == '-' || s[0] == '+'))
        {
            negative = s[0] == '-';
            s = s[1..];
        }

        if (s.Length == 0)
        {
            return false;
        }

        long whole = 0;
        int i = 0, digits = 0;
        for (; i < s.Length && char.IsAsciiDigit(s[i]); i++)
        {
            if (++digits > 15)
            {
                return false;
            }

            whole = (whole * 10) + (s[i] - '0');
        }

        long fraction = 0;
        var decimals = 0;
        if (i < s.Length && s[i] == '.')
        {
            for (i++; i < s.Length && char.IsAsciiDigit(s[i]); i++)
            {
                if (s[i] != '0' || decimals < 3)
                {
                    if (decimals >= 3)
                    {
                        return false;
                    }
                }

                if (decimals < 3)
                {
                    fraction = (fraction * 10) + (s[i] - '0');
                }

                decimals++;
            }

            if (digits == 0 && decimals == 0)
            {
                return false;
            }
        }

        if (i != s.Length || (digits == 0 && decimals == 0))
        {
            return false;
        }

        for (var d = Math.Min(decimals, 3); d < 3; d++)
        {
            fraction *= 10;
        }

        milli = (whole * 1000) + fraction;
        milli = negative ? -milli : milli;
        return true;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static bool Digits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
