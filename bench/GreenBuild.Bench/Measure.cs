using System.Diagnostics;
using System.Globalization;

namespace GreenBuild.Bench;

/// <summary>Shared helpers: timing, percentiles, child processes with their peak RSS, option parsing.</summary>
internal static class Measure
{
    public static async Task<TimeSpan> TimeAsync(Func<Task> action)
    {
        var watch = Stopwatch.StartNew();
        await action();
        return watch.Elapsed;
    }

    /// <summary>Runs <paramref name="action"/> <paramref name="runs"/> times after one warm-up; returns each run's milliseconds.</summary>
    public static async Task<double[]> RepeatAsync(int runs, Func<Task> action)
    {
        await action();
        var times = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            times[i] = (await TimeAsync(action)).TotalMilliseconds;
        }

        return times;
    }

    /// <summary>The slowest runs with their numbers (1-based, in the order run), e.g. "#19 61.7 ms, #3 16.7 ms".</summary>
    public static string Slowest(double[] values, int count) =>
        string.Join(", ", values.Select((t, i) => (t, i)).OrderByDescending(x => x.t).Take(count)
            .Select(x => string.Create(CultureInfo.InvariantCulture, $"#{x.i + 1} {x.t:0.0} ms")));

    public static double Percentile(double[] values, double p)
    {
        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }

    /// <summary>Runs a process to its end; returns wall time, exit code and peak RSS (kB) as GNU time reports it.</summary>
    public static async Task<(TimeSpan Elapsed, int Exit, long PeakKb, string Output)> RunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo("/usr/bin/time") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add("-f");
        start.ArgumentList.Add("%M");
        start.ArgumentList.Add(file);
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var elapsed = watch.Elapsed;
        var lines = (await error).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var peak = lines.Length > 0 && long.TryParse(lines[^1].Trim(), CultureInfo.InvariantCulture, out var kb) ? kb : -1;
        return (elapsed, process.ExitCode, peak, await output + string.Join('\n', lines.SkipLast(1)));
    }

    public static string Option(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }

    public static string F(double value, string format = "0.00") => value.ToString(format, CultureInfo.InvariantCulture);
}
