using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Velferd.Workflows.Testing.Host;
using static Velferd.Workflows.Scenarios.Welfare.WelfareApi;

namespace Velferd.Workflows.Scenarios.Reports;

/// <summary>Requests the melding tests share: a melding body, registering, reviewing, the deadlines and tasks of a melding.</summary>
public static class ReportApi
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A melding from a school about <paramref name="children"/>, received at <paramref name="receivedAt"/>.</summary>
    public static JsonObject Melding(DateTimeOffset receivedAt, params JsonObject[] children) => new()
    {
        ["receivedAt"] = receivedAt.ToString("O"),
        ["channel"] = "digital",
        ["reporter"] = new JsonObject { ["category"] = "offentlig", ["role"] = "skole", ["organisation"] = "Eksempel skole" },
        ["children"] = new JsonArray([.. children.Select(c => (JsonNode)c.DeepClone())]),
        ["text"] = $"Bekymring {Guid.NewGuid():N}",
    };

    /// <summary>The melding with its reporter changed to <paramref name="category"/> (<c>offentlig</c>, <c>privat</c>, <c>anonym</c>) and <paramref name="role"/>.</summary>
    public static JsonObject From(JsonObject melding, string category, string? role)
    {
        melding["reporter"] = new JsonObject { ["category"] = category, ["role"] = role };
        return melding;
    }

    /// <summary>The melding with its reporter replaced by <paramref name="reporter"/> (category, role, organisation, address).</summary>
    public static JsonObject From(JsonObject melding, JsonObject reporter)
    {
        melding["reporter"] = reporter;
        return melding;
    }

    /// <summary>The host's time now (the Development clock), to the whole second as PostgreSQL keeps it to the microsecond.</summary>
    public static async Task<DateTimeOffset> NowAsync(HttpClient client)
    {
        var now = (await client.GetFromJsonAsync<JsonObject>("/api/dev/clock", Ct))!["now"]!.GetValue<DateTimeOffset>();
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
    }

    /// <summary>Registers a melding and returns its records, failing unless 201.</summary>
    public static async Task<List<JsonObject>> RegisterAsync(HttpClient client, JsonObject body)
    {
        var response = await client.PostAsJsonAsync("/api/reports", body, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        var answer = (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        return [.. answer["reports"]!.AsArray().Select(r => r!.AsObject())];
    }

    /// <summary>Reviews a melding; returns the response.</summary>
    public static Task<HttpResponseMessage> ReviewAsync(HttpClient client, string reportId, object body) =>
        client.PostAsJsonAsync($"/api/reports/{reportId}/review", body, Ct);

    /// <summary>
    /// Opens an investigation for a melding and returns it, failing unless 201, once the engine is idle: the review's
    /// answer names the investigation deadline that P3 writes when it resumes, just after the answer.
    /// </summary>
    public static async Task<JsonObject> InvestigateAsync(WorkflowHostFactory host, HttpClient client, string reportId)
    {
        var response = await ReviewAsync(client, reportId, new { outcome = "undersok", reason = "Bekymringen må undersøkes." });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        await host.WaitUntilIdleAsync(TimeSpan.FromSeconds(60));
        return await BodyAsync(response);
    }

    /// <summary>The deadlines of a melding's P3 instance, by name.</summary>
    public static async Task<Dictionary<string, JsonObject>> ReportDeadlinesAsync(HttpClient client, string reportId) =>
        (await client.GetFromJsonAsync<JsonObject>($"/api/deadlines?correlationId={reportId}", Ct))!["items"]!.AsArray()
            .Select(d => d!.AsObject()).ToDictionary(d => d["name"]!.GetValue<string>());

    /// <summary>
    /// The case's letters to a melding's reporter (recipient <c>melder</c>, R-17), oldest first, once the letter pathways
    /// have sent them (their outbox calls answered).
    /// </summary>
    public static async Task<List<JsonObject>> ReporterLettersAsync(WorkflowHostFactory host, HttpClient client, string caseId)
    {
        await BackgroundWork.WaitUntilSettledAsync(host, BackgroundWork.Patience);
        var letters = (await client.GetFromJsonAsync<JsonArray>($"/api/cases/{caseId}/letters", Ct))!;
        return [.. letters.Select(l => l!.AsObject()).Where(l => Text(l, "recipientRef") == "melder")];
    }

    /// <summary>A deadline by id.</summary>
    public static async Task<JsonObject> DeadlineAsync(HttpClient client, string deadlineId) =>
        (await client.GetFromJsonAsync<JsonObject>($"/api/deadlines/{deadlineId}", Ct))!;

    /// <summary>The unclaimed tasks of a melding's P3 instance that <paramref name="client"/> may take.</summary>
    public static async Task<List<JsonObject>> TasksAsync(HttpClient client, string reportId) =>
        [.. (await client.GetFromJsonAsync<JsonObject>($"/api/tasks/unclaimed?caseId={reportId}", Ct))!["items"]!.AsArray().Select(t => t!.AsObject())];

    /// <summary>Moves the Development clock (<c>{now}</c> or <c>{advance}</c>) as a process owner, failing unless 200.</summary>
    public static async Task MoveClockAsync(HttpClient processOwner, object body)
    {
        var response = await processOwner.PostAsJsonAsync("/api/dev/clock", body, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
    }

    /// <summary>A string field.</summary>
    public static string Text(JsonNode? node, string name) => node![name]!.GetValue<string>();
}
