using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Projects;

/// <summary>
/// Finds the organizations a batch of projects names (by id, by 统一社会信用代码, by name) with a few queries per part of
/// the batch, and prepares the ones not yet registered: a project's owner, designer and builder need not have accounts
/// here, but they are enterprises the platform keeps (credit records, inspections), so they are registered with the
/// batch.
/// </summary>
internal sealed class OrganizationDirectory
{
    private readonly Dictionary<Guid, Organization> byId = [];
    private readonly Dictionary<string, Organization> byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Organization> byCreditCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Organization> added = new(StringComparer.Ordinal);

    /// <summary>Organizations to register with the batch, by name.</summary>
    public IReadOnlyCollection<Organization> Added => added.Values;

    /// <summary>Looks up the organizations these inputs name that the directory does not know yet.</summary>
    public async Task AddAsync(GreenBuildDb db, IReadOnlyList<ProjectInput> inputs, CancellationToken cancellationToken)
    {
        var ids = inputs.Select(i => i.OrganizationId).OfType<Guid>().Where(id => !byId.ContainsKey(id)).Distinct().ToList();
        var names = inputs.SelectMany(i => new[] { i.OwnerName, i.DesignOrganizationName, i.ConstructionOrganizationName })
            .Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!.Trim()).Where(n => !byName.ContainsKey(n) && !added.ContainsKey(n)).Distinct().ToList();
        var codes = inputs.Select(i => i.OwnerCreditCode).Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c!.Trim()).Where(c => !byCreditCode.ContainsKey(c)).Distinct().ToList();
        foreach (var chunk in ids.Chunk(500))
        {
            Remember(await db.Organizations.AsNoTracking().Where(o => chunk.Contains(o.Id)).ToListAsync(cancellationToken));
        }

        foreach (var chunk in names.Chunk(500))
        {
            Remember(await db.Organizations.AsNoTracking().Where(o => chunk.Contains(o.Name)).ToListAsync(cancellationToken));
        }

        foreach (var chunk in codes.Chunk(500))
        {
            Remember(await db.Organizations.AsNoTracking().Where(o => o.CreditCode != null && chunk.Contains(o.CreditCode)).ToListAsync(cancellationToken));
        }
    }

    public Organization? Find(Guid id) => byId.GetValueOrDefault(id);

    /// <summary>
    /// The organization of that name (and credit code, when given), registering it with the batch if it is new;
    /// an error when the name and the credit code point at different organizations.
    /// </summary>
    public (Organization? Organization, PlatformError? Error) Resolve(string name, string? creditCode, OrganizationKind kind, string field, DateTime now, string? cityCode)
    {
        name = name.Trim();
        creditCode = string.IsNullOrWhiteSpace(creditCode) ? null : creditCode.Trim();
        var named = byName.GetValueOrDefault(name) ?? added.GetValueOrDefault(name);
        var coded = creditCode is null ? null : byCreditCode.GetValueOrDefault(creditCode);
        if (named is not null && coded is not null && named.Id != coded.Id
            || named is not null && creditCode is not null && named.CreditCode is not null && named.CreditCode != creditCode)
        {
            return (null, new PlatformError("organization.mismatch", field, "projects.error.organizationMismatch", name, creditCode!));
        }

        if ((named ?? coded) is { } known)
        {
            return (known, null);
        }

        var organization = new Organization { Name = name, Kind = kind, CreditCode = creditCode, CityCode = cityCode, CreatedAtUtc = now };
        added[name] = organization;
        if (creditCode is not null)
        {
            byCreditCode[creditCode] = organization;
        }

        return (organization, null);
    }

    private void Remember(IEnumerable<Organization> organizations)
    {
        foreach (var organization in organizations)
        {
            byId[organization.Id] = organization;
            byName[organization.Name] = organization;
            if (organization.CreditCode is not null)
            {
                byCreditCode[organization.CreditCode] = organization;
            }
        }
    }
}
