using Velferd.Workflows.Testing.Host.Upgrades;

if (args is not [var directory])
{
    Console.Error.WriteLine("usage: dotnet run --project tests/Velferd.Workflows.FixtureWriter -- <fixture folder>");
    return 2;
}

// Outside a test project WebApplicationFactory finds the host's content root through this variable.
var repository = new DirectoryInfo(AppContext.BaseDirectory);
while (repository is not null && !File.Exists(Path.Combine(repository.FullName, "Velferd.Workflows.sln")))
{
    repository = repository.Parent;
}

if (repository is null)
{
    Console.Error.WriteLine("Run the writer from the repository.");
    return 2;
}

Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_VELFERD_WORKFLOWS_HOST", Path.Combine(repository.FullName, "host", "Velferd.Workflows.Host"));
await UpgradeCorpus.WriteAsync(Path.GetFullPath(directory), CancellationToken.None);
Console.WriteLine($"Wrote {UpgradeCorpus.DatabaseFile} and {UpgradeCorpus.ManifestFile} to {directory}");
return 0;
