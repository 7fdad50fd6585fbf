using GreenBuild.Bench;

// greenbuild-bench <benchmark> [options]: one file per benchmark; each prints its figures with their anchors.
var benchmarks = new Dictionary<string, Func<string[], Task<int>>>(StringComparer.Ordinal)
{
    ["energy"] = EnergyBenchmark.RunAsync,
    ["projects-import"] = ProjectsImportBenchmark.RunAsync,
    [EnergyBenchmark.IngestChild] = EnergyBenchmark.RunIngestChildAsync,
    [EnergyQueriesProbe.Name] = EnergyQueriesProbe.RunAsync,
};

if (args.Length == 0 || !benchmarks.TryGetValue(args[0], out var run))
{
    Console.Error.WriteLine($"usage: GreenBuild.Bench <{string.Join('|', benchmarks.Keys.Where(k => !k.StartsWith('_')))}> [options]");
    return 2;
}

return await run(args[1..]);
