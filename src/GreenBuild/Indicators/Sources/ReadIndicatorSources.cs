using GreenBuild.Indicators.Model;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Places;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Indicators.Sources;

/// <summary>A computed value opened up: the rule, the value with its numerator and denominator, and every record behind it.</summary>
public sealed record IndicatorSources(string IndicatorCode, string Query, string RuleKey, string CityCode, int Year, ComputedValue? Value, IReadOnlyList<SourceRecord> Records);

/// <summary>
/// Traces a computed indicator's value of a city (or the province) and year to its records. A city officer sees its
/// own city's records only: the province's are everyone's projects.
/// </summary>
public sealed class ReadIndicatorSources(GreenBuildDb db, ReadIndicators read)
{
    public async Task<IndicatorSources?> RunAsync(DataScope scope, string code, string? cityCode, int year, CancellationToken cancellationToken)
    {
        var indicator = await db.Set<Indicator>().AsNoTracking().FirstOrDefaultAsync(i => i.Code == code, cancellationToken);
        if (indicator is null || read.SourceOf(indicator) is not { } source)
        {
            return null;
        }

        var city = string.IsNullOrEmpty(cityCode) ? RegistrySource.Province : Place.PrefectureOf(cityCode);
        if (!scope.IsProvince && (city == RegistrySource.Province || !scope.CanSeeCity(city)))
        {
            return null;
        }

        var values = await source.ComputeAsync(year, year, cancellationToken);
        var records = await source.RecordsAsync(city == RegistrySource.Province ? null : city, year, cancellationToken);
        return new IndicatorSources(code, source.Query, source.RuleKey, city, year, values.FirstOrDefault(v => v.CityCode == city), records);
    }
}
