namespace GreenBuild.Calculators;

/// <summary>A valid example input per calculator (embedded JSON), shown in the forms and the API.</summary>
internal static class CalculatorExamples
{
    public static string? For(string name)
    {
        using var stream = typeof(CalculatorExamples).Assembly.GetManifestResourceStream($"GreenBuild.Calculators.Examples.{name}.json");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
