namespace GreenBuild.Energy.Ingest;

/// <summary>
/// The meters of a batch by code, for the lookup of every line. The codes lie side by side in one char array (about
/// 240 kB for 10,000 meters, which stays in the core's cache, where a dictionary's key strings and entries are scattered
/// over the heap), found through an open-addressing table of their hashes. Each meter also remembers the meter of the
/// line that followed it last time: a file sorted by time repeats the same order of meters every interval, so most
/// lines are found by comparing their code with the predicted one, without hashing. A code given twice is the last
/// one's (as a dictionary's indexer would have it).
/// </summary>
internal sealed class MeterCodeIndex
{
    private readonly char[] codes;
    private readonly int[] starts;
    private readonly int[] slots;
    private readonly int[] successors;
    private readonly int mask;
    private int previous = -1;

    public MeterCodeIndex(IReadOnlyList<string> keys)
    {
        starts = new int[keys.Count + 1];
        var length = 0;
        for (var i = 0; i < keys.Count; i++)
        {
            starts[i] = length;
            length += keys[i].Length;
        }

        starts[keys.Count] = length;
        codes = new char[length];
        for (var i = 0; i < keys.Count; i++)
        {
            keys[i].CopyTo(codes.AsSpan(starts[i]));
        }

        var size = 16;
        while (size < keys.Count * 2)
        {
            size <<= 1;
        }

        mask = size - 1;
        slots = new int[size];
        successors = new int[keys.Count];
        Array.Fill(successors, -1);
        for (var i = 0; i < keys.Count; i++)
        {
            var slot = string.GetHashCode(Code(i)) & mask;
            while (slots[slot] != 0 && !Code(slots[slot] - 1).SequenceEqual(Code(i)))
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = i + 1;
        }
    }

    /// <summary>The position of the meter with this code in the list the index was made of, or −1.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public int Find(ReadOnlySpan<char> code)
    {
        if (previous >= 0 && successors[previous] is var predicted and >= 0 && Code(predicted).SequenceEqual(code))
        {
            return previous = predicted;
        }

        var found = Lookup(code);
        if (found >= 0)
        {
            if (previous >= 0)
            {
                successors[previous] = found;
            }

            previous = found;
        }

        return found;
    }

    private int Lookup(ReadOnlySpan<char> code)
    {
        var slot = string.GetHashCode(code) & mask;
        while (slots[slot] != 0)
        {
            var i = slots[slot] - 1;
            if (Code(i).SequenceEqual(code))
            {
                return i;
            }

            slot = (slot + 1) & mask;
        }

        return -1;
    }

    private ReadOnlySpan<char> Code(int i) => codes.AsSpan(starts[i], starts[i + 1] - starts[i]);
}
