using Velferd.Workflows.Benchmarks;

// Prints each figure next to a baseline measured in the same run (ratios travel between machines; absolute
// times do not). Usage: dotnet run -c Release --project tests/Velferd.Workflows.Benchmarks -- [--quick] [--designer]
// PostgreSQL figures need VELFERD_TEST_POSTGRES (tests/Velferd.Workflows.Benchmarks/run.sh starts a server).
var quick = args.Contains("--quick");
var ct = CancellationToken.None;
if (args.Contains("--designer"))
{
    await DesignerSaveBenchmark.RunAsync(quick, ct);
    return;
}

Console.WriteLine($"Velferd.Workflows benchmarks ({(quick ? "quick" : "full")} run, {Environment.ProcessorCount} cores)");
Console.WriteLine();
await InMemoryEngineBenchmark.RunAsync(quick, ct);
Console.WriteLine();
await PersistedBurstBenchmark.RunAsync(PersistedBurstBenchmark.Database.Sqlite, quick, ct);
Console.WriteLine();
await DesignerSaveBenchmark.RunAsync(quick, ct);
Console.WriteLine();
if (Environment.GetEnvironmentVariable("VELFERD_TEST_POSTGRES") is { Length: > 0 })
{
    await PersistedBurstBenchmark.RunAsync(PersistedBurstBenchmark.Database.PostgreSql, quick, ct);
}
else
{
    Console.WriteLine("PostgreSQL: skipped (VELFERD_TEST_POSTGRES is not set; use tests/Velferd.Workflows.Benchmarks/run.sh)");
}
