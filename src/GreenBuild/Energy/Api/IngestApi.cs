using System.Security.Claims;
using GreenBuild.Energy.Ingest;
using GreenBuild.Energy.Model;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GreenBuild.Energy.Api;

/// <summary>POST /api/v1/energy/readings: a collector's (or an official's) batch of readings as CSV or JSON.</summary>
internal static class IngestApi
{
    /// <summary>Lines a REST batch may have; larger batches are refused whole (send them in parts, or as a file to the CLI).</summary>
    public const int MaxApiLines = 200_000;

    public const long MaxApiBytes = 64L * 1024 * 1024;

    /// <summary>A refused line: its number, the column concerned (meter, time, value, unit; null for the whole line), the code and the message.</summary>
    public sealed record LineErrorDto(int Line, string? Column, string Code, string Message);

    public sealed record IngestResultDto(Guid BatchId, bool Committed, int Lines, int Stored, int Duplicates, int Conflicts, int Rejected, int DaysWritten,
        string? Refusal, IReadOnlyList<LineErrorDto> Errors);

    public static RouteGroupBuilder MapIngestApi(this RouteGroupBuilder group)
    {
        group.MapPost("/readings", async Task<IResult> (HttpRequest request, bool? strict, ClaimsPrincipal user, GreenBuildDb db, IngestReadings ingest,
                IStringLocalizer<Platform.Localization.UiText> text, CancellationToken ct) =>
            {
                var caller = await CallerAsync(user, db, ct);
                if (caller is null)
                {
                    return TypedResults.Problem(text["error.energy.key.collector"], statusCode: StatusCodes.Status403Forbidden);
                }

                var type = request.ContentType ?? "";
                var format = type.Contains("json", StringComparison.OrdinalIgnoreCase) ? ReadingFormat.Json
                    : type.Contains("spreadsheetml", StringComparison.OrdinalIgnoreCase) ? ReadingFormat.Excel : ReadingFormat.Csv;
                // The body is read once into memory (bounded by the request size limit): the CSV pump reads synchronously.
                using var body = new MemoryStream();
                await request.Body.CopyToAsync(body, ct);
                body.Position = 0;
                var report = await ingest.RunAsync(body, format, "api-" + format.ToString().ToLowerInvariant(), caller, strict == true, MaxApiLines, ct);
                var dto = ToDto(report, text);
                return report.Refusal is { } r && r.Code is "energy.batch.too_large"
                    ? TypedResults.Json(dto, statusCode: StatusCodes.Status413PayloadTooLarge)
                    : report.Refusal is { } other && other.Code is not "energy.batch.strict"
                        ? TypedResults.BadRequest(dto)
                        : report.Committed ? TypedResults.Ok(dto) : TypedResults.UnprocessableEntity(dto);
            })
            .RequireAuthorization(Policies.Officials).WithMetadata(new ApiScopeAttribute(RegisterMonitoring.IngestScope))
            .WithMetadata(new RequestSizeLimitAttribute(MaxApiBytes))
            .Accepts<IReadOnlyList<ReadingDto>>("application/json", "text/csv", Benchmarking.RankingExport.XlsxType)
            .WithName("IngestReadings")
            .WithSummary("A batch of readings (CSV with header meter,time,value,unit, or a JSON array); idempotent, atomic, errors per line (collector keys need energy:ingest)");
        return group;
    }

    public sealed record ReadingDto(string Meter, string Time, decimal Value, string? Unit);

    /// <summary>A collector's key writes its own meters; a key bound to no collector writes nothing; officials write within their scope.</summary>
    public static async Task<IngestCaller?> CallerAsync(ClaimsPrincipal user, GreenBuildDb db, CancellationToken ct)
    {
        if (user.FindFirstValue(PlatformClaims.ApiKeyPrefix) is { } prefix)
        {
            var collector = await db.Set<Collector>().AsNoTracking().FirstOrDefaultAsync(c => c.ApiKeyPrefix == prefix, ct);
            return collector is null ? null : new IngestCaller(new DataScope(false, null, null), collector.Id);
        }

        return new IngestCaller(DataScope.Of(user), null, user.FindFirstValue(ClaimTypes.NameIdentifier));
    }

    public static IngestResultDto ToDto(IngestReport report, IStringLocalizer text) => new(
        report.BatchId, report.Committed, report.Lines, report.Stored, report.Duplicates, report.Conflicts, report.Rejected, report.DaysWritten,
        report.Refusal is { } r ? text[r.MessageKey, r.Arguments].Value : null,
        [.. report.Errors.Select(e => new LineErrorDto(e.Line, e.Column, e.Code, Message(text, e)))]);

    public static string Message(IStringLocalizer text, LineError e) => text["energy.line", e.Line, text[e.MessageKey, e.Arguments].Value].Value;
}
