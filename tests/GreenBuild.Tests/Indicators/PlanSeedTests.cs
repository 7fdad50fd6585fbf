using System.Globalization;
using GreenBuild.Indicators;
using GreenBuild.Indicators.Model;
using GreenBuild.Indicators.Seed;

namespace GreenBuild.Tests.Indicators;

/// <summary>The shipped plan data against the plan's own text: every 专栏 target, every baseline and every quoted figure.</summary>
public sealed class PlanSeedTests
{
    private static readonly PlanSeed Seed = PlanSeed.LoadEmbedded();

    private static readonly string[] PlanText = File.ReadAllLines(Path.Combine(RepositoryRoot(), "..", "shared", "seed", "000_f35841a0144757be.txt"));

    private static string Line(int number) => PlanText[number - 1];

    private static string Number(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    [Fact]
    public void The_seven_indicators_of_the_column_table_have_the_targets_printed_under_their_labels()
    {
        var column = Seed.Indicators.Where(i => i.Column is not null).ToList();
        Assert.Equal(7, column.Count);
        foreach (var indicator in column)
        {
            Assert.Equal(indicator.Column!.Label, Line(indicator.Column.Line).Trim());
            Assert.Equal(Line(indicator.Column.Line + 1).Trim(), Number(indicator.Target.Value!.Value));
        }

        // The table's rows are exactly these seven: a label line followed by its number, lines 54–73.
        var labels = Enumerable.Range(54, 20).Where(n => Line(n).Trim().EndsWith('）')).Select(n => Line(n).Trim()).ToList();
        Assert.Equal(labels.Order(), column.Select(i => i.Column!.Label).Order());
    }

    [Fact]
    public void The_column_targets_are_the_plans_numbers()
    {
        var targets = Seed.Indicators.Where(i => i.Column is not null).ToDictionary(i => i.Code, i => i.Target.Value);
        Assert.Equal(new Dictionary<string, decimal?>
        {
            ["EE-NEW"] = 20, ["EE-RETRO"] = 3000, ["GB-INNOV"] = 200, ["PREFAB"] = 30, ["RE-SUB"] = 8, ["ST-ACH"] = 500, ["STD-LOCAL"] = 100,
        }, targets);
    }

    [Fact]
    public void Every_quoted_figure_stands_on_its_line_of_the_plan_and_contains_its_number()
    {
        foreach (var indicator in Seed.Indicators)
        {
            foreach (var figure in new[] { indicator.Baseline, indicator.Target }.Where(f => f.Line is not null))
            {
                Assert.Contains(figure.Quote!, Line(figure.Line!.Value));
                if (figure.Value is { } value)
                {
                    Assert.Contains(Number(value), figure.Quote!);
                }
            }

            foreach (var city in indicator.CityTargets ?? [])
            {
                Assert.Contains(city.Quote, Line(city.Line));
                Assert.Contains(Number(city.Value), city.Quote);
            }
        }
    }

    [Fact]
    public void Baselines_are_the_review_chapters_figures_and_missing_ones_say_not_given()
    {
        var baselines = Seed.Indicators.ToDictionary(i => i.Code, i => i.Baseline);
        Assert.Equal(4334.8m, baselines["EE-RETRO"].Value);
        Assert.Equal(286m, baselines["ST-ACH"].Value);
        Assert.Equal(106m, baselines["STD-LOCAL"].Value);
        Assert.Equal(74m, baselines["GB-SHARE"].Value);
        Assert.Equal(75m, baselines["EE-RES-STD"].Value);
        Assert.Equal(65m, baselines["EE-PUB-STD"].Value);
        Assert.All(baselines.Values.Where(b => b.Line is not null), b => Assert.InRange(b.Line!.Value, 3, 27)); // chapter 一
        Assert.All(baselines.Values.Where(b => b.Value is null), b => Assert.StartsWith("未给出", b.Note));
    }

    [Fact]
    public void The_text_targets_are_there()
    {
        var targets = Seed.Indicators.ToDictionary(i => i.Code, i => i.Target.Value);
        Assert.Equal(100m, targets["GB-SHARE"]);
        Assert.Equal(30m, targets["GB-STAR"]);
        Assert.Equal(83m, targets["EE-RES-STD"]);
        Assert.Equal(72m, targets["EE-PUB-STD"]);
        Assert.Equal(100m, targets["EE-COMPLY"]);
        Assert.Equal(1m, targets["GB-INNOV-CITY"]);
        Assert.Null(targets["ULE-PILOT"]);
        Assert.Contains("太原、大同", Seed.Indicators.Single(i => i.Code == "ULE-PILOT").Target.Note);
    }

    [Fact]
    public void Prefab_targets_are_40_for_taiyuan_and_datong_and_30_elsewhere()
    {
        var info = Seed.Indicators.Single(i => i.Code == "PREFAB");
        var indicator = new Indicator
        {
            Code = info.Code, PlanCode = "", NameZh = "", NameEn = "", Unit = "%", Section = "", TargetValue = info.Target.Value,
            TargetAppliesToEachCity = info.TargetAppliesToEachCity,
        };
        var snapshot = new IndicatorSnapshot(
            new Plan { Code = "", NameZh = "", NameEn = "", SourceDocument = "", SeedVersion = "" }, [indicator],
            [.. info.CityTargets!.Select(c => new CityTarget { IndicatorCode = info.Code, CityCode = c.City, Value = c.Value })], [], []);
        Assert.Equal(40m, snapshot.TargetFor(indicator, "140100"));
        Assert.Equal(40m, snapshot.TargetFor(indicator, "140200"));
        Assert.Equal(30m, snapshot.TargetFor(indicator, "140300"));
        Assert.Equal(30m, snapshot.TargetFor(indicator, "141100"));
    }

    internal static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "GreenBuild.slnx")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("GreenBuild.slnx not found above " + AppContext.BaseDirectory);
    }
}
