using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Persistence;
using Velferd.Workflows.Persistence.TeamWork;
using Velferd.Workflows.Testing.Host;

namespace Velferd.Workflows.Scenarios.Welfare;

/// <summary>Requests and reads the team-work API tests share: a meeting body, the holder, notifications, stored meetings.</summary>
public static class TeamWorkApi
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The body of <c>POST /api/cases/{id}/meetings</c>.</summary>
    public static JsonObject Meeting(DateTimeOffset at, string[] services, string[] categories, params (string User, string Service)[] participants) => new()
    {
        ["at"] = at.ToString("O"),
        ["services"] = new JsonArray([.. services.Select(s => (JsonNode)s)]),
        ["categories"] = new JsonArray([.. categories.Select(c => (JsonNode)c)]),
        ["participants"] = new JsonArray([.. participants.Select(p => (JsonNode)new JsonObject { ["user"] = p.User, ["service"] = p.Service })]),
    };

    /// <summary>The case's stafettholder as <c>GET /api/cases/{id}</c> shows it.</summary>
    public static async Task<string?> HolderAsync(HttpClient client, string caseId) =>
        (await client.GetFromJsonAsync<JsonObject>($"/api/cases/{caseId}", Ct))!["stafettholder"]?.GetValue<string>();

    /// <summary>The signed-in user's notifications.</summary>
    public static async Task<JsonArray> NotificationsAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonArray>("/api/notifications", Ct))!;

    /// <summary>How many meetings of <paramref name="caseId"/> are stored.</summary>
    public static async Task<int> StoredMeetingsAsync(WorkflowHostFactory host, string caseId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>().Set<MeetingRow>().CountAsync(m => m.CaseId == caseId, Ct);
    }
}
