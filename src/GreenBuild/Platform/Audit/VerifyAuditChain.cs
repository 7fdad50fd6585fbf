using GreenBuild.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Platform.Audit;

/// <summary>The verdict on the chain: intact, or the first entry where it breaks and why.</summary>
public sealed record AuditVerdict(bool Intact, long EntriesChecked, long? FirstBadSequence, string? Problem, string? HeadHash);

/// <summary>
/// Walks the whole chain in order and finds the first entry that was edited (its hash no longer matches),
/// deleted (a gap in the sequence, or the next entry's previous hash points elsewhere) or reordered.
/// Reads in pages so a long log needs little memory.
/// </summary>
public sealed class VerifyAuditChain(GreenBuildDb db)
{
    private const int PageSize = 5000;

    public async Task<AuditVerdict> RunAsync(CancellationToken cancellationToken = default)
    {
        long expected = 1;
        var previous = AuditChain.Genesis;
        long after = 0;
        while (true)
        {
            var page = await db.AuditEntries.AsNoTracking().Where(a => a.Sequence > after)
                .OrderBy(a => a.Sequence).Take(PageSize).ToListAsync(cancellationToken);
            if (page.Count == 0)
            {
                return new AuditVerdict(true, expected - 1, null, null, expected == 1 ? null : previous);
            }

            foreach (var entry in page)
            {
                if (entry.Sequence != expected)
                {
                    return Broken(expected, expected, $"missing entry {expected} (next present is {entry.Sequence}): deleted");
                }

                if (entry.PreviousHash != previous)
                {
                    return Broken(expected, entry.Sequence, "previous-hash does not match the entry before it: an entry was deleted, inserted or reordered");
                }

                if (AuditChain.HashOf(entry) != entry.Hash)
                {
                    return Broken(expected, entry.Sequence, "content does not match its hash: the entry was edited");
                }

                previous = entry.Hash;
                expected++;
            }

            after = page[^1].Sequence;
        }
    }

    private static AuditVerdict Broken(long expected, long sequence, string problem) =>
        new(false, expected - 1, sequence, problem, null);
}
