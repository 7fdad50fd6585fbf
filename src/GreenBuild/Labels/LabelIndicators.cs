using GreenBuild.Labels.Contracts;
using GreenBuild.Labels.Model;
using GreenBuild.Platform.Database;
using GreenBuild.Projects.Contracts;
using GreenBuild.Standards.GreenRating;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Labels;

/// <summary>The <see cref="ILabelIndicators"/> queries over certificates and recommended applications.</summary>
internal sealed class LabelIndicators(GreenBuildDb db, IProjectRegistry registry) : ILabelIndicators
{
    public async Task<LabelShare> OneStarOrAboveShareAsync(LabelQuery query, CancellationToken cancellationToken = default)
    {
        var certified = await CertificatesAsync(query, null, cancellationToken);
        var recommended = await ThreeStarAsync(query, cancellationToken);
        var labelled = new LabelTally(certified.Count + recommended.Count, certified.Sum(c => c.FloorArea) + recommended.FloorArea,
            [.. certified.Select(c => c.Number), .. recommended.Sources]);
        var completed = await registry.ListAsync(new ProjectFilter { CityCode = query.CityCode, Stages = CreateApplication.EligibleStages }, cancellationToken);
        var area = completed.Sum(p => p.FloorArea);
        return new LabelShare(labelled, area, completed.Count, area == 0 ? null : Math.Round(labelled.FloorArea / area, 4));
    }

    public async Task<LabelTally> OneStarAsync(LabelQuery query, CancellationToken cancellationToken = default) =>
        Tally(await CertificatesAsync(query, GreenLevel.OneStar, cancellationToken));

    public async Task<LabelTally> TwoStarAsync(LabelQuery query, CancellationToken cancellationToken = default) =>
        Tally(await CertificatesAsync(query, GreenLevel.TwoStar, cancellationToken));

    public async Task<LabelTally> ThreeStarAsync(LabelQuery query, CancellationToken cancellationToken = default)
    {
        var applications = await Within(db.Set<LabelApplication>().AsNoTracking().Where(a => a.Status == ApplicationStatus.Recommended), query.CityCode, a => a.CityCode)
            .Select(a => new { a.Number, a.FloorArea, a.DecidedAtUtc }).ToListAsync(cancellationToken);
        var counted = applications.Where(a => query.Year is null || (a.DecidedAtUtc is { } at && Numbering.YearOf(at) == query.Year)).ToList();
        return new LabelTally(counted.Count, counted.Sum(a => a.FloorArea), [.. counted.Select(a => a.Number).Order(StringComparer.Ordinal)]);
    }

    private async Task<List<Certificate>> CertificatesAsync(LabelQuery query, GreenLevel? level, CancellationToken cancellationToken)
    {
        var certificates = db.Set<Certificate>().AsNoTracking().Where(c => c.Status != CertificateStatus.Revoked);
        if (level is { } l)
        {
            certificates = certificates.Where(c => c.Level == l);
        }

        var list = await Within(certificates, query.CityCode, c => c.CityCode).ToListAsync(cancellationToken);
        return [.. list.Where(c => query.Year is null || Numbering.YearOf(c.IssuedAtUtc) == query.Year).OrderBy(c => c.Number, StringComparer.Ordinal)];
    }

    private static LabelTally Tally(List<Certificate> certificates) =>
        new(certificates.Count, certificates.Sum(c => c.FloorArea), [.. certificates.Select(c => c.Number)]);

    private static IQueryable<T> Within<T>(IQueryable<T> query, string? cityCode, System.Linq.Expressions.Expression<Func<T, string>> city)
    {
        if (string.IsNullOrEmpty(cityCode))
        {
            return query;
        }

        var prefix = cityCode.EndsWith("00", StringComparison.Ordinal) ? cityCode[..4] : cityCode;
        var parameter = city.Parameters[0];
        var startsWith = System.Linq.Expressions.Expression.Call(city.Body, typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!,
            System.Linq.Expressions.Expression.Constant(prefix));
        return query.Where(System.Linq.Expressions.Expression.Lambda<Func<T, bool>>(startsWith, parameter));
    }
}
