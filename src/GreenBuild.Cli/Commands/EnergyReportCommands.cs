using System.CommandLine;
using System.Globalization;
using GreenBuild.Energy.Benchmarking;
using GreenBuild.Energy.Quotas;
using GreenBuild.Platform.Accounts;
using Microsoft.Extensions.Localization;

namespace GreenBuild.Cli.Commands;

/// <summary><c>greenbuild energy ranking|bill</c>: the province's view from the roll-ups.</summary>
internal static class EnergyReportCommands
{
    private static readonly DataScope Province = new(true, null, null);

    public static Command Ranking(CliContext context)
    {
        var year = new Option<int>("--year") { Description = CliText.Help("cli.indicators.year"), Required = true };
        var city = new Option<string?>("--city") { Description = CliText.Help("cli.indicators.city") };
        var output = new Option<FileInfo?>("--output") { Description = CliText.Help("cli.energy.output") };
        var command = new Command("ranking", CliText.Help("cli.energy.ranking")) { Options = { year, city, output } };
        command.SetAction((parse, ct) => context.RunAsync(parse, requireMigrated: true, async services =>
        {
            var text = services.GetRequiredService<IStringLocalizer<Platform.Localization.UiText>>();
            var rows = await services.GetRequiredService<ReadRanking>().RunAsync(Province, parse.GetValue(year), parse.GetValue(city), null, ct);
            foreach (var r in rows)
            {
                await context.Console.Out.WriteLineAsync(string.Join('\t', r.Rank, r.Code, r.Name, r.CityCode, r.BuildingType, N(r.EuiKwh), N(r.EuiKgce),
                    r.Band is { } b ? text["energy.band." + b].Value : "-", r.PercentOfQuota is { } p ? N(p) + "%" : "-"));
            }

            if (parse.GetValue(output) is { } file)
            {
                var lines = RankingExport.Rows(rows, r => r.Band is { } b ? text["energy.band." + b].Value : "");
                await File.WriteAllBytesAsync(file.FullName, file.Extension.Equals(".csv", StringComparison.OrdinalIgnoreCase) ? RankingExport.Csv(lines) : RankingExport.Xlsx(lines), ct);
            }

            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    public static Command Bill(CliContext context)
    {
        var building = new Option<string>("--building") { Description = CliText.Help("cli.energy.building"), Required = true };
        var year = new Option<int>("--year") { Description = CliText.Help("cli.indicators.year"), Required = true };
        var command = new Command("bill", CliText.Help("cli.energy.bill")) { Options = { building, year } };
        command.SetAction((parse, ct) => context.RunAsync(parse, requireMigrated: true, async services =>
        {
            var text = services.GetRequiredService<IStringLocalizer<Platform.Localization.UiText>>();
            var (result, refusal) = await services.GetRequiredService<ComputeBill>().RunAsync(Province, parse.GetValue(building)!, parse.GetValue(year), ct);
            if (result is null)
            {
                await context.Console.Error.WriteLineAsync(text[refusal!.MessageKey, refusal.Arguments]);
                return ExitCodes.Refused;
            }

            var bill = result.Bill;
            await context.Console.Out.WriteLineAsync(CliText.Get("cli.energy.billhead", result.BuildingCode, result.BuildingName, bill.Year, N(bill.QuotaPerArea), N(bill.Area),
                N(bill.QuotaEnergy), N(bill.ActualEnergy), N(bill.ExcessEnergy), N(bill.ExcessPercent)));
            foreach (var line in bill.Lines)
            {
                await context.Console.Out.WriteLineAsync($"  {line.Tier}\t{line.Working}");
            }

            await context.Console.Out.WriteLineAsync(CliText.Get("cli.energy.billtotal", N(bill.Total), result.QuotaSource, bill.ScheduleVersion));
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    private static string N(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
