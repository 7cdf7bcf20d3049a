using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Velferd.Workflows.Testing.Builders;
using Velferd.Workflows.Testing.Databases;

namespace Velferd.Workflows.Testing.Host.Upgrades;

/// <summary>
/// Instances suspended the ways the engine suspends them (a user task, a task with a statutory deadline, a timer, a
/// correlated event, a fork waiting on two branches, a service call waiting in the outbox, a parent waiting for its
/// child instance), written by one version of
/// the engine into a SQLite file with a manifest, and committed. Every later version must migrate that file and resume each instance to its end: the
/// upgrade Elsa users lost instances to. <see cref="WriteAsync"/> writes a new set (<c>tests/Velferd.Workflows.FixtureWriter</c>);
/// <see cref="ResumeAsync"/> is what the test does with each entry.
/// </summary>
public static class UpgradeCorpus
{
    /// <summary>The database file in a fixture folder.</summary>
    public const string DatabaseFile = "instances.db";

    /// <summary>The manifest in a fixture folder.</summary>
    public const string ManifestFile = "manifest.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>One suspended instance: how it waits, how to resume it, and what must have run at its end.</summary>
    public sealed record Entry(string Name, string InstanceId, string CorrelationId, string Resume, string[] RunsAtTheEnd);

    /// <summary>Starts one instance of each kind on a fresh host and writes the database and manifest to <paramref name="directory"/>.</summary>
    public static async Task WriteAsync(string directory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        var entries = new List<Entry>();
        // The outbox worker is off while writing, so the service call's message is still waiting in the file; the host
        // that resumes it sends it (to the simulator in Development) and the instance goes on with the reply.
        await using (var host = new WorkflowHostFactory(database, settings: new Dictionary<string, string> { ["Workflows:Outbox:Enabled"] = "false" }))
        {
            var owner = await host.ClientForAsync("kari.prosesseier");
            var ola = await host.ClientForAsync("ola.saksbehandler");
            (await owner.PostAsJsonAsync("/api/definitions/import?publish=true", SubWorkflowChild(), cancellationToken)).EnsureSuccessStatusCode();
            foreach (var (name, definition, resume, runs) in Kinds())
            {
                (await owner.PostAsJsonAsync("/api/definitions/import?publish=true", definition, cancellationToken)).EnsureSuccessStatusCode();
                var correlationId = $"oppgradering-{name}";
                var started = await ola.PostAsJsonAsync("/api/instances", new { definitionId = $"oppgradering-{name}", correlationId }, cancellationToken);
                started.EnsureSuccessStatusCode();
                var id = (await started.Content.ReadFromJsonAsync<JsonObject>(cancellationToken))!["id"]!.GetValue<string>();
                entries.Add(new Entry(name, id, correlationId, resume, runs));
            }

            await host.WaitUntilIdleAsync(TimeSpan.FromSeconds(60));
        }

        var target = Path.Combine(directory, DatabaseFile);
        File.Delete(target);
        await using (var connection = new SqliteConnection(database.ConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "VACUUM INTO $target";
            command.Parameters.AddWithValue("$target", target);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await File.WriteAllTextAsync(Path.Combine(directory, ManifestFile), JsonSerializer.Serialize(entries, Json), cancellationToken);
    }

    /// <summary>The entries of a fixture folder.</summary>
    public static IReadOnlyList<Entry> Read(string directory) =>
        JsonSerializer.Deserialize<List<Entry>>(File.ReadAllText(Path.Combine(directory, ManifestFile)), Json)!;

    /// <summary>Resumes <paramref name="entry"/> through the API the way its users would.</summary>
    public static async Task ResumeAsync(WorkflowHostFactory host, Entry entry, CancellationToken cancellationToken)
    {
        var ola = await host.ClientForAsync("ola.saksbehandler");
        switch (entry.Resume)
        {
            case "complete-task":
                var tasks = await ola.GetFromJsonAsync<JsonObject>($"/api/tasks/mine?caseId={entry.CorrelationId}", cancellationToken);
                var task = tasks!["items"]!.AsArray().Single()!["id"]!.GetValue<string>();
                (await ola.PostAsJsonAsync($"/api/tasks/{task}/complete", new JsonObject(), cancellationToken)).EnsureSuccessStatusCode();
                break;
            case "outbox":
                // Nothing to do: the resuming host's outbox worker sends the waiting message.
                break;
            case "advance-clock":
                var owner = await host.ClientForAsync("kari.prosesseier");
                (await owner.PostAsJsonAsync("/api/dev/clock", new { advance = "P1D" }, cancellationToken)).EnsureSuccessStatusCode();
                break;
            default:
                foreach (var eventName in entry.Resume["signal:".Length..].Split(','))
                {
                    (await ola.PostAsJsonAsync($"/api/signals/{eventName}", new { correlationId = entry.CorrelationId }, cancellationToken)).EnsureSuccessStatusCode();
                }

                break;
        }
    }

    private static IEnumerable<(string Name, JsonObject Definition, string Resume, string[] Runs)> Kinds()
    {
        yield return ("oppgave", Pathway("oppgave")
            .Activity("oppgave", "Velferd.UserTask", ("title", Expr.Literal("Vurder")), ("assignee", Expr.Literal("ola.saksbehandler")))
            .Activity("etter", "Elsa.WriteLine", ("text", Expr.Literal("etter")))
            .Chain("start", "oppgave", "etter").BuildJson(), "complete-task", ["oppgave", "etter"]);
        yield return ("frist", Pathway("frist")
            .Activity("oppgave", "Velferd.UserTask", ("title", Expr.Literal("Svar innen fristen")), ("assignee", Expr.Literal("ola.saksbehandler")),
                ("due", Expr.Literal("10 virkedager")), ("deadlineKind", Expr.Literal("Lovpålagt")), ("deadlineName", Expr.Literal("Svarfrist")),
                ("reminderOffset", Expr.Literal("P2D")))
            .Activity("etter", "Elsa.WriteLine", ("text", Expr.Literal("etter")))
            .Chain("start", "oppgave", "etter").BuildJson(), "complete-task", ["oppgave", "etter"]);
        yield return ("timer", Pathway("timer")
            .Activity("vent", "Velferd.Timer", ("duration", Expr.Literal("PT1H")))
            .Activity("etter", "Elsa.WriteLine", ("text", Expr.Literal("etter")))
            .Chain("start", "vent", "etter").BuildJson(), "advance-clock", ["vent", "etter"]);
        yield return ("hendelse", Pathway("hendelse")
            .Activity("vent", "Elsa.Event", ("eventName", Expr.Literal("Oppgradert")))
            .Activity("etter", "Elsa.WriteLine", ("text", Expr.Literal("etter")))
            .Chain("start", "vent", "etter").BuildJson(), "signal:Oppgradert", ["vent", "etter"]);
        yield return ("forgrening", Pathway("forgrening")
            .Activity("fork", "Elsa.FlowFork", ("branches", Expr.Literal("[\"A\",\"B\"]", "Object")))
            .Activity("a", "Elsa.Event", ("eventName", Expr.Literal("GrenA")))
            .Activity("b", "Elsa.Event", ("eventName", Expr.Literal("GrenB")))
            .Activity("join", "Elsa.FlowJoin", ("mode", Expr.Literal("WaitAll")))
            .Activity("etter", "Elsa.WriteLine", ("text", Expr.Literal("etter")))
            .Chain("start", "fork")
            .Connect("fork", "a", "A").Connect("fork", "b", "B").Connect("a", "join").Connect("b", "join").Connect("join", "etter")
            .BuildJson(), "signal:GrenA,GrenB", ["a", "b", "join", "etter"]);
        // A KRR lookup waits for its reply (the simulator's mother has digital post).
        yield return ("tjenestekall", Pathway("tjenestekall")
            .Activity("krr", "Velferd.Krr.HentKontaktinfo", ("identityNumber", Expr.Literal("10858540068")))
            .Activity("etter", "Elsa.WriteLine", ("text", Expr.Literal("etter")))
            .Chain("start", "krr")
            .Connect("krr", "etter", "Digital")
            .BuildJson(), "outbox", ["krr", "etter"]);

        // A parent waits for its child (Elsa.ExecuteWorkflow), which waits for an event of the same case (from 2026-12-05c on).
        yield return ("underforlop", Pathway("underforlop")
            .Activity("kjor", "Elsa.ExecuteWorkflow", ("workflowDefinitionId", Expr.Literal("oppgradering-barn")))
            .Activity("etter", "Elsa.WriteLine", ("text", Expr.Literal("etter")))
            .Chain("start", "kjor", "etter")
            .BuildJson(), "signal:BarnOppgradert", ["kjor", "etter"]);
    }

    /// <summary>The child the <c>underforlop</c> kind's parent runs; imported before the kinds.</summary>
    private static JsonObject SubWorkflowChild() =>
        Pathway("barn")
            .Activity("vent", "Elsa.Event", ("eventName", Expr.Literal("BarnOppgradert")))
            .Activity("barn-etter", "Elsa.WriteLine", ("text", Expr.Literal("barn etter")))
            .Chain("start", "vent", "barn-etter")
            .BuildJson();

    private static FlowchartBuilder Pathway(string name) =>
        new FlowchartBuilder($"Oppgradering {name}").WithDefinitionId($"oppgradering-{name}").Activity("start", "Elsa.Start");
}
