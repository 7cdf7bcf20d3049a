using Velferd.Workflows.Benchmarks;

// Prints each figure next to a baseline measured in the same run (ratios travel between machines; absolute
// times do not). Usage: dotnet run -c Release --project tests/Velferd.Workflows.Benchmarks -- [--quick] [--in-memory-only] [--tasks] [--designer] [--designer-session] [--withdrawal] [--month] [--concurrency] [--retention] [--inbox-page] [--need-to-know [--breakdown]] [--deadlines [--postgres-only|--sqlite-only] [--burst-only]]
// PostgreSQL figures need VELFERD_TEST_POSTGRES (tests/Velferd.Workflows.Benchmarks/run.sh starts a server).
// --tasks adds the task inbox at scale (1.1 million generated task rows; a few minutes), and --tasks-only runs only it.
var quick = args.Contains("--quick");
var tasksOnly = args.Contains("--tasks-only");
var tasks = tasksOnly || args.Contains("--tasks");
var ct = CancellationToken.None;
if (args.Contains("--deadlines"))
{
    await DeadlineBenchmark.RunAsync(quick, args.Contains("--postgres-only"), args.Contains("--sqlite-only"), args.Contains("--burst-only"), ct);
    return;
}

if (args.Contains("--in-memory-only"))
{
    // (a) alone: no database, so it can be compared before and after an engine change within a minute.
    await InMemoryEngineBenchmark.RunAsync(quick, ct);
    return;
}

if (args.Contains("--concurrency"))
{
    // (g) needs PostgreSQL: run it through run.sh.
    await ConcurrencyBenchmark.RunAsync(quick, ct);
    return;
}

if (args.Contains("--retention"))
{
    // (h) needs PostgreSQL: run it through run.sh.
    await RetentionBenchmark.RunAsync(quick, ct);
    return;
}

if (args.Contains("--inbox-page"))
{
    // (i) needs PostgreSQL and chromium: run it through run.sh.
    await InboxPageBenchmark.RunAsync(quick, ct);
    return;
}

if (args.Contains("--need-to-know"))
{
    // (j) needs PostgreSQL: run it through run.sh.
    await NeedToKnowBenchmark.RunAsync(quick, args.Contains("--breakdown"), ct);
    return;
}

if (args.Contains("--month"))
{
    // (l) needs PostgreSQL: run it through run.sh.
    await MonthReplayBenchmark.RunAsync(quick, ct);
    return;
}

if (args.Contains("--withdrawal"))
{
    await ConsentWithdrawalBenchmark.RunAsync(quick, ct);
    return;
}

if (args.Contains("--designer-session"))
{
    // (k) needs chromium (VELFERD_CHROMIUM or /usr/bin/chromium); SQLite, no PostgreSQL.
    await DesignerSessionBenchmark.RunAsync(quick, ct);
    return;
}

if (args.Contains("--designer"))
{
    await DesignerSaveBenchmark.RunAsync(quick, ct);
    return;
}

Console.WriteLine($"Velferd.Workflows benchmarks ({(quick ? "quick" : "full")} run, {Environment.ProcessorCount} cores)");
Console.WriteLine();
if (tasksOnly)
{
    await HumanTaskInboxBenchmark.RunAsync(quick, ct);
    return;
}

await InMemoryEngineBenchmark.RunAsync(quick, ct);
Console.WriteLine();
await PersistedBurstBenchmark.RunAsync(PersistedBurstBenchmark.Database.Sqlite, quick, ct);
Console.WriteLine();
await DesignerSaveBenchmark.RunAsync(quick, ct);
Console.WriteLine();
if (Environment.GetEnvironmentVariable("VELFERD_TEST_POSTGRES") is { Length: > 0 })
{
    await PersistedBurstBenchmark.RunAsync(PersistedBurstBenchmark.Database.PostgreSql, quick, ct);
    if (tasks)
    {
        Console.WriteLine();
        await HumanTaskInboxBenchmark.RunAsync(quick, ct);
    }
}
else
{
    Console.WriteLine("PostgreSQL: skipped (VELFERD_TEST_POSTGRES is not set; use tests/Velferd.Workflows.Benchmarks/run.sh)");
}
