using System.CommandLine;
using System.Globalization;
using GreenBuild.Labels;
using GreenBuild.Labels.Certificates;
using GreenBuild.Labels.Contracts;
using GreenBuild.Labels.Export;
using GreenBuild.Labels.Model;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Audit;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Cli.Commands;

/// <summary>
/// <c>greenbuild labels list|show|verify|rechecks|stats|package|certificate</c>: what an operator scripts around the label
/// workflow. The operator acts with the province's scope, audited as <c>cli:&lt;user&gt;</c>.
/// </summary>
internal static class LabelsCommands
{
    public static Command Create(CliContext context) => new("labels", CliText.Help("cli.labels"))
    {
        Subcommands = { List(context), Show(context), Verify(context), Rechecks(context), Stats(context), Package(context), CertificateFile(context) },
    };

    private static Command List(CliContext context)
    {
        var status = new Option<ApplicationStatus?>("--status") { Description = CliText.Help("cli.labels.status") };
        var list = new Command("list", CliText.Help("cli.labels.list")) { Options = { status } };
        list.SetAction((parse, ct) => context.RunAsync(parse, requireMigrated: true, async services =>
        {
            foreach (var a in await services.GetRequiredService<ReadApplications>().ListAsync(Operator(services), parse.GetValue(status), ct))
            {
                await context.Console.Out.WriteLineAsync(string.Join('\t', a.Number, a.ProjectCode, a.ProjectName, a.OrganizationName, a.TargetLevel, a.ExpectedLevel, a.Status));
            }

            return ExitCodes.Ok;
        }, ct));
        return list;
    }

    private static Command Show(CliContext context)
    {
        var number = new Argument<string>("number") { Description = CliText.Help("cli.labels.number") };
        var show = new Command("show", CliText.Help("cli.labels.show")) { Arguments = { number } };
        show.SetAction((parse, ct) => context.RunAsync(parse, requireMigrated: true, async services =>
        {
            var db = services.GetRequiredService<GreenBuildDb>();
            var id = await db.Set<LabelApplication>().Where(a => a.Number == parse.GetValue(number)).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(ct);
            var detail = id is { } found ? await services.GetRequiredService<ReadApplications>().DetailAsync(Operator(services), found, ct) : null;
            if (detail is null)
            {
                await context.Console.Error.WriteLineAsync(CliText.Get("cli.labels.unknown", parse.GetValue(number) ?? ""));
                return ExitCodes.Refused;
            }

            var a = detail.Application;
            var output = context.Console.Out;
            await output.WriteLineAsync($"{a.Number}\t{a.ProjectCode}\t{a.ProjectName}\t{a.OrganizationName}\t{a.Status}");
            await output.WriteLineAsync(CliText.Get("cli.labels.rating", a.TargetLevel, detail.Current.ExpectedLevel, detail.Current.TotalScore.ToString("0.##", CultureInfo.InvariantCulture), detail.Current.Version));
            await output.WriteLineAsync(detail.Current.Explanation.Summary);
            foreach (var panel in detail.Panels)
            {
                await output.WriteLineAsync($"panel {panel.Status} key={panel.DrawKey} level={panel.ConclusionLevel} score={panel.ConclusionScore?.ToString("0.##", CultureInfo.InvariantCulture)}");
                foreach (var draw in panel.Draws)
                {
                    await output.WriteLineAsync($"  {draw.Specialty}\t{draw.Count}\tsha256 {draw.Sha256}");
                }
            }

            if (detail.Certificate is { } c)
            {
                await output.WriteLineAsync($"certificate {c.Number}\t{c.Level}\t{c.Status}\t{c.StatusReason}");
            }

            foreach (var e in detail.Events)
            {
                await output.WriteLineAsync($"  {Formats.Local(e.AtUtc)}\t{e.Actor}\t{e.Kind}\t{e.Detail}");
            }

            return ExitCodes.Ok;
        }, ct));
        return show;
    }

    private static Command Verify(CliContext context)
    {
        var number = new Option<string>("--number") { Description = CliText.Help("cli.labels.certnumber"), Required = true };
        var code = new Option<string>("--code") { Description = CliText.Help("cli.labels.code"), Required = true };
        var verify = new Command("verify", CliText.Help("cli.labels.verify")) { Options = { number, code } };
        verify.SetAction((parse, ct) => context.RunAsync(parse, requireMigrated: true, async services =>
        {
            var certificate = await services.GetRequiredService<VerifyCertificate>().RunAsync(parse.GetValue(number), parse.GetValue(code), ct);
            if (certificate is null)
            {
                await context.Console.Error.WriteLineAsync(CliText.Get("cli.labels.notverified"));
                return ExitCodes.Refused;
            }

            await context.Console.Out.WriteLineAsync(string.Join('\t', certificate.Number, certificate.ProjectName, certificate.OrganizationName, certificate.Level, certificate.Status, certificate.StatusReason ?? ""));
            return ExitCodes.Ok;
        }, ct));
        return verify;
    }

    private static Command Rechecks(CliContext context)
    {
        var rechecks = new Command("rechecks", CliText.Help("cli.labels.rechecks"));
        rechecks.SetAction((parse, ct) => context.RunAsync(parse, requireMigrated: true, async services =>
        {
            var opened = await services.GetRequiredService<ScheduleRechecks>().RunAsync(ct);
            await context.Console.Out.WriteLineAsync(CliText.Get("cli.labels.opened", opened));
            return ExitCodes.Ok;
        }, ct));
        return rechecks;
    }

    private static Command Stats(CliContext context)
    {
        var city = new Option<string?>("--city") { Description = CliText.Help("cli.labels.city") };
        var year = new Option<int?>("--year") { Description = CliText.Help("cli.labels.year") };
        var stats = new Command("stats", CliText.Help("cli.labels.stats")) { Options = { city, year } };
        stats.SetAction((parse, ct) => context.RunAsync(parse, requireMigrated: true, async services =>
        {
            var indicators = services.GetRequiredService<ILabelIndicators>();
            var query = new LabelQuery(parse.GetValue(city), parse.GetValue(year));
            var output = context.Console.Out;
            foreach (var (name, tally) in new[] { ("OneStar", await indicators.OneStarAsync(query, ct)), ("TwoStar", await indicators.TwoStarAsync(query, ct)), ("ThreeStar", await indicators.ThreeStarAsync(query, ct)) })
            {
                await output.WriteLineAsync(string.Join('\t', name, tally.Count, tally.FloorArea.ToString("0.##", CultureInfo.InvariantCulture), string.Join(',', tally.Sources)));
            }

            var share = await indicators.OneStarOrAboveShareAsync(query, ct);
            await output.WriteLineAsync(string.Join('\t', "OneStarOrAboveShare", share.Share?.ToString("0.####", CultureInfo.InvariantCulture) ?? "-",
                share.Labelled.FloorArea.ToString("0.##", CultureInfo.InvariantCulture), share.CompletedFloorArea.ToString("0.##", CultureInfo.InvariantCulture), share.CompletedProjects));
            return ExitCodes.Ok;
        }, ct));
        return stats;
    }

    private static Command Package(CliContext context)
    {
        var number = new Argument<string>("number") { Description = CliText.Help("cli.labels.number") };
        var output = new Option<FileInfo>("--out") { Description = CliText.Help("cli.labels.out"), Required = true };
        var package = new Command("package", CliText.Help("cli.labels.package")) { Arguments = { number }, Options = { output } };
        package.SetAction((parse, ct) => context.RunAsync(parse, requireMigrated: true, async services =>
        {
            var db = services.GetRequiredService<GreenBuildDb>();
            var id = await db.Set<LabelApplication>().Where(a => a.Number == parse.GetValue(number)).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(ct);
            var exported = await services.GetRequiredService<ExportRecommendationPackage>().RunAsync(Operator(services), id ?? Guid.Empty, ct);
            if (!exported.Succeeded)
            {
                return await Refuse(context, services, exported.Errors);
            }

            await File.WriteAllBytesAsync(parse.GetValue(output)!.FullName, exported.Value.Zip, ct);
            await context.Console.Out.WriteLineAsync(CliText.Get("cli.labels.written", parse.GetValue(output)!.FullName, exported.Value.Zip.Length));
            return ExitCodes.Ok;
        }, ct));
        return package;
    }

    private static Command CertificateFile(CliContext context)
    {
        var number = new Argument<string>("number") { Description = CliText.Help("cli.labels.certnumber") };
        var output = new Option<FileInfo>("--out") { Description = CliText.Help("cli.labels.out"), Required = true };
        var url = new Option<string>("--base-url") { Description = CliText.Help("cli.labels.baseurl"), DefaultValueFactory = _ => "http://localhost:5000" };
        var certificate = new Command("certificate", CliText.Help("cli.labels.certificate")) { Arguments = { number }, Options = { output, url } };
        certificate.SetAction((parse, ct) => context.RunAsync(parse, requireMigrated: true, async services =>
        {
            var db = services.GetRequiredService<GreenBuildDb>();
            var found = await db.Set<Certificate>().AsNoTracking().FirstOrDefaultAsync(c => c.Number == parse.GetValue(number), ct);
            if (found is null)
            {
                await context.Console.Error.WriteLineAsync(CliText.Get("cli.labels.unknown", parse.GetValue(number) ?? ""));
                return ExitCodes.Refused;
            }

            var pdf = services.GetRequiredService<CertificatePdf>().Render(found, $"{parse.GetValue(url)!.TrimEnd('/')}/open/labels/verify?number={Uri.EscapeDataString(found.Number)}");
            if (!pdf.Succeeded)
            {
                return await Refuse(context, services, pdf.Errors);
            }

            await File.WriteAllBytesAsync(parse.GetValue(output)!.FullName, pdf.Value!, ct);
            await context.Console.Out.WriteLineAsync(CliText.Get("cli.labels.written", parse.GetValue(output)!.FullName, pdf.Value!.Length));
            return ExitCodes.Ok;
        }, ct));
        return certificate;
    }

    private static LabelActor Operator(IServiceProvider services) => LabelActor.System(services.GetRequiredService<ICurrentActor>().Name);

    private static async Task<int> Refuse(CliContext context, IServiceProvider services, IEnumerable<PlatformError> errors)
    {
        var text = services.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<Platform.Localization.UiText>>();
        foreach (var error in errors)
        {
            await context.Console.Error.WriteLineAsync(LabelProblems.Message(text, error));
        }

        return ExitCodes.Refused;
    }
}
