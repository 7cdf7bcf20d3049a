using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Velferd.Workflows.Testing.Databases;
using Velferd.Workflows.Testing.Host;
using Velferd.Workflows.Testing.Host.Upgrades;

namespace Velferd.Workflows.IntegrationTests.Upgrades;

/// <summary>
/// Instances suspended and stored by earlier versions of the engine (committed under <c>Upgrades/Fixtures</c>, one
/// folder per version that wrote them) are migrated and resumed by this one, each to its end. A change to the stored
/// state, the tables or the flow semantics that would strand them fails here.
/// </summary>
public sealed class UpgradeFixtureTests
{
    private static readonly string FixturesRoot = Path.Combine(AppContext.BaseDirectory, "Upgrades", "Fixtures");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Fixtures => [.. Directory.GetDirectories(FixturesRoot).Select(Path.GetFileName).OfType<string>()];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task InstancesStoredByAnEarlierVersion_AreResumedToTheirEnd(string fixture)
    {
        var folder = Path.Combine(FixturesRoot, fixture);
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        File.Copy(Path.Combine(folder, UpgradeCorpus.DatabaseFile), database.ConnectionString["Data Source=".Length..], overwrite: true);
        await using var host = new WorkflowHostFactory(database);
        var reader = await host.ClientForAsync("admin");
        var entries = UpgradeCorpus.Read(folder);
        Assert.NotEmpty(entries);

        foreach (var entry in entries)
        {
            await UpgradeCorpus.ResumeAsync(host, entry, Ct);
        }

        // Settled, not only idle: the service-call kinds finish only once the outbox has sent their message.
        await BackgroundWork.WaitUntilSettledAsync(host, TimeSpan.FromSeconds(60));
        foreach (var entry in entries)
        {
            var details = (await reader.GetFromJsonAsync<JsonObject>($"/api/instances/{entry.InstanceId}", Ct))!;
            var subStatus = details["instance"]!["subStatus"]!.GetValue<string>();
            Assert.True(subStatus == "Finished", $"{fixture}/{entry.Name}: {subStatus} {details["incidents"]}");
            var ran = details["executionLog"]!.AsArray().Select(r => r!["activityId"]!.GetValue<string>()).ToHashSet();
            Assert.All(entry.RunsAtTheEnd, step => Assert.True(ran.Contains(step), $"{fixture}/{entry.Name}: {step} did not run"));
        }
    }
}
