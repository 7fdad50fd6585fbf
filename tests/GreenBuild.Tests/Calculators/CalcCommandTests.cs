using GreenBuild.Calculators;
using GreenBuild.Cli;

namespace GreenBuild.Tests.Calculators;

/// <summary><c>greenbuild calc</c>: JSON or CSV of many buildings in, results out, errors by record.</summary>
public sealed class CalcCommandTests
{
    [Fact]
    public async Task A_json_file_gives_the_same_result_as_the_api_would()
    {
        var file = Temp(".json", CalculatorExamples.For("standard-coal")!);
        var (code, output, _) = await Run("calc", "standard-coal", "--input", file);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("\"valid\": true", output);
        Assert.Contains("GB/T 2589-2020", output);
    }

    [Fact]
    public async Task A_csv_of_buildings_is_calculated_row_by_row_and_a_bad_row_is_named()
    {
        var file = Temp(".csv",
            "verticalMembersPercent,horizontalMembersPercent,nonMasonryExteriorWallPercent,exteriorWallIntegrationPercent,nonMasonryPartitionPercent," +
            "partitionIntegrationPercent,fullDecoration,dryFloorPercent,integratedKitchenPercent,integratedBathroomPercent,pipelineSeparationPercent\n" +
            "80,80,80,80,50,80,true,70,90,90,70\n" +
            "120,80,80,80,50,80,true,70,90,90,70\n");
        var (code, output, error) = await Run("calc", "assembly-rate", "--input", file, "--format", "text");
        Assert.Equal(ExitCodes.Refused, code);
        Assert.Contains("GB/T 51129-2017 §4.0.1", output);
        Assert.Contains("装配率 100%", output);
        Assert.Contains("第 2 条", error);
        Assert.Contains("VerticalMembersPercent", error);
    }

    [Fact]
    public async Task An_unknown_csv_column_is_refused_by_name()
    {
        var file = Temp(".csv", "verticalMembers,horizontalMembersPercent\n80,80\n");
        var (code, _, error) = await Run("calc", "assembly-rate", "--input", file);
        Assert.Equal(ExitCodes.Refused, code);
        Assert.Contains("verticalMembers", error);
    }

    [Fact]
    public async Task An_unknown_calculator_exits_with_2()
    {
        var (code, _, error) = await Run("calc", "horoscope", "--input", Temp(".json", "{}"));
        Assert.Equal(ExitCodes.BadArguments, code);
        Assert.Contains("green-rating", error);
    }

    private static string Temp(string extension, string content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"greenbuild-calc-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(path, content);
        return path;
    }

    private static async Task<(int Code, string Output, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await GreenBuildCli.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
