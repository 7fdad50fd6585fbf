using System.Text.Json;
using GreenBuild.Energy.Model;
using GreenBuild.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Energy;

/// <summary>
/// Upserts the national sub-metering dictionary (Reference/energy-item-codes.json) at every start: idempotent, so
/// a second run writes nothing; a new dictionary version changes what it changed, audited as the system. Local
/// codes a province added are left alone.
/// </summary>
internal sealed class LoadItemCodes(GreenBuildDb db) : IReferenceDataLoader
{
    public int Order => 200;

    public sealed record CodeInfo(string Code, string NameZh, string NameEn, string Category, string Unit, string Units);

    public sealed record Dictionary(string Title, string Version, string Status, string Source, IReadOnlyList<CodeInfo> Codes);

    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static Dictionary Embedded()
    {
        using var stream = typeof(LoadItemCodes).Assembly.GetManifestResourceStream("GreenBuild.Energy.Reference.energy-item-codes.json")!;
        return JsonSerializer.Deserialize<Dictionary>(stream, Web)!;
    }

    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        var dictionary = Embedded();
        var existing = await db.Set<EnergyItemCode>().ToDictionaryAsync(c => c.Code, cancellationToken);
        foreach (var info in dictionary.Codes)
        {
            if (!existing.TryGetValue(info.Code, out var code))
            {
                code = new EnergyItemCode { Code = info.Code, NameZh = "", NameEn = "", CategoryCode = "", CanonicalUnit = "", AcceptedUnits = "", DictionaryVersion = "", Source = "" };
                db.Add(code);
            }

            (code.NameZh, code.NameEn, code.CategoryCode, code.CanonicalUnit, code.AcceptedUnits, code.DictionaryVersion, code.Source) =
                (info.NameZh, info.NameEn, info.Category, info.Unit, info.Units, dictionary.Version, dictionary.Source);
        }

        db.ChangeTracker.DetectChanges();
        var changed = db.ChangeTracker.Entries().Count(e => e.State is EntityState.Added or EntityState.Modified);
        await db.SaveChangesAsync(cancellationToken);
        return $"energy: sub-metering dictionary {dictionary.Version}, {dictionary.Codes.Count} codes, {changed} changed";
    }
}
