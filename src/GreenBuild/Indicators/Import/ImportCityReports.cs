using GreenBuild.Indicators.Model;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Places;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Indicators.Import;

/// <summary>
/// Imports a filled template as drafts, all rows or none: wrong headers, merged cells, unknown or foreign
/// cities, values of the wrong type or range are reported by row and column, and nothing is saved.
/// </summary>
public sealed class ImportCityReports(GreenBuildDb db, SaveCityReport save)
{
    public async Task<Outcome<int>> RunAsync(Guid periodId, byte[] file, DataScope scope, CancellationToken cancellationToken = default)
    {
        var period = await db.Set<ReportingPeriod>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == periodId, cancellationToken);
        if (period is null)
        {
            return Outcome<int>.Fail(new PlatformError("indicators.period.unknown", "period", "indicators.error.period.unknown", periodId));
        }

        var sheet = XlsxReader.Read(file);
        if (sheet is null)
        {
            return Outcome<int>.Fail(new PlatformError("indicators.import.format", "file", "indicators.import.format"));
        }

        if (sheet.MergedRanges.Count > 0)
        {
            return Outcome<int>.Fail([.. sheet.MergedRanges.Select(r => new PlatformError("indicators.import.merged", "file", "indicators.import.merged", r))]);
        }

        var indicators = await ReportTemplate.ReportedIndicatorsAsync(db, period.PlanCode, cancellationToken);
        var errors = CheckHeaders(sheet, indicators);
        if (errors.Count > 0)
        {
            return Outcome<int>.Fail([.. errors]);
        }

        var cities = await db.Places.AsNoTracking().Where(p => p.Level == PlaceLevel.Prefecture).Select(p => p.Code).ToListAsync(cancellationToken);
        var rows = ParseRows(sheet, indicators, cities, scope, errors);
        if (errors.Count > 0)
        {
            return Outcome<int>.Fail([.. errors]);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var (rowNumber, city, entries) in rows)
        {
            var outcome = await save.RunAsync(scope, periodId, city, entries, submit: false, cancellationToken: cancellationToken);
            errors.AddRange(outcome.Errors.Select(e => new PlatformError(e.Code, "file", "indicators.import.cell", rowNumber, "A", e)));
        }

        if (errors.Count > 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return Outcome<int>.Fail([.. errors]);
        }

        await transaction.CommitAsync(cancellationToken);
        return Outcome<int>.Ok(rows.Count);
    }

    private static List<PlatformError> CheckHeaders(XlsxReader.SheetContent sheet, List<Indicator> indicators)
    {
        string[] expected = [ReportTemplate.CityCodeHeader, ReportTemplate.CityNameHeader, .. indicators.Select(ReportTemplate.HeaderOf)];
        var header = sheet.Rows.GetValueOrDefault(1) ?? new Dictionary<int, string>();
        var errors = new List<PlatformError>();
        for (var c = 0; c < expected.Length; c++)
        {
            var actual = header.GetValueOrDefault(c, "");
            if (actual != expected[c])
            {
                errors.Add(new("indicators.import.header", "file", "indicators.import.header", XlsxReader.ColumnName(c), expected[c], actual));
            }
        }

        foreach (var extra in header.Keys.Where(c => c >= expected.Length))
        {
            errors.Add(new("indicators.import.header", "file", "indicators.import.extra", XlsxReader.ColumnName(extra), header[extra]));
        }

        return errors;
    }

    private static List<(int Row, string City, List<ValueEntry> Entries)> ParseRows(
        XlsxReader.SheetContent sheet, List<Indicator> indicators, List<string> cities, DataScope scope, List<PlatformError> errors)
    {
        var byCode = indicators.ToDictionary(i => i.Code);
        var result = new List<(int, string, List<ValueEntry>)>();
        foreach (var (rowNumber, cells) in sheet.Rows.Where(r => r.Key > 1).OrderBy(r => r.Key))
        {
            var city = cells.GetValueOrDefault(0, "");
            if (!cities.Contains(city))
            {
                errors.Add(new("indicators.import.city", "file", "indicators.import.city", rowNumber, "A", city));
                continue;
            }

            if (!scope.CanSeeCity(city) || result.Any(r => r.Item2 == city))
            {
                errors.Add(new("indicators.import.city", "file", scope.CanSeeCity(city) ? "indicators.import.duplicate" : "indicators.import.foreign", rowNumber, "A", city));
                continue;
            }

            var entries = indicators.Select((i, n) => new ValueEntry(i.Code, cells.GetValueOrDefault(n + 2))).ToList();
            var rowErrors = new List<PlatformError>();
            ReportValidation.Check(byCode, entries, requireAll: false, new HashSet<string>(), rowErrors);
            errors.AddRange(rowErrors.Select(e => new PlatformError(e.Code, "file", "indicators.import.cell", rowNumber,
                XlsxReader.ColumnName(indicators.FindIndex(i => i.Code == e.Field) + 2), e)));
            result.Add((rowNumber, city, entries));
        }

        return result;
    }
}
