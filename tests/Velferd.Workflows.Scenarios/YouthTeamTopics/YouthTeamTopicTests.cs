using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Velferd.Workflows.Scenarios.Pathways;
using Velferd.Workflows.Testing.Host;
using Velferd.Workflows.Welfare.Persons;
using static Velferd.Workflows.Scenarios.Welfare.WelfareApi;

namespace Velferd.Workflows.Scenarios.YouthTeamTopics;

/// <summary>
/// P2's variant «Ungdomsteam topic» (DOMAIN.md §6) over HTTP as the demo users of the demo youth team
/// (<c>ungdomsteam</c>: ulla.ungdom, ulrik.ungdom, lise.leder), with the seeded pathway and time moved by
/// the dev clock, on SQLite and PostgreSQL: no personal data, team scope, the owner's review task on the review
/// date, and the closing that ends the pathway <c>LUKKET</c>.
/// </summary>
public abstract class YouthTeamTopicTests(HostFixture fixture)
{
    private const string Team = "ungdomsteam";

    private readonly PathwayApi _api = new(fixture.Host);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private DateOnly Today => OsloDate.Today(_api.Clock);

    [Fact]
    public async Task Create_TeamMember_ListedForTheTeamOnlyAndHiddenFromOthers()
    {
        var ulla = await fixture.Host.ClientForAsync("ulla.ungdom");
        var ulrik = await fixture.Host.ClientForAsync("ulrik.ungdom");
        var ola = await fixture.Host.ClientForAsync("ola.saksbehandler");
        var kari = await fixture.Host.ClientForAsync("kari.prosesseier");

        var topic = await _api.PostAsync(ulla, "/api/youth-team-topics", NewTopic("Snus på ungdomsskolen", Today.AddDays(14)));
        var id = topic["id"]!.GetValue<string>();

        Assert.Contains(id, await ListedAsync(ulrik));
        Assert.DoesNotContain(id, await ListedAsync(ola));
        Assert.Equal(HttpStatusCode.NotFound, (await ola.GetAsync($"/api/youth-team-topics/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ola.PostAsJsonAsync($"/api/youth-team-topics/{id}/close", new { }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ola.PostAsJsonAsync("/api/youth-team-topics", NewTopic("Fra et annet team", Today), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ola.GetAsync($"/api/youth-team-topics?team={Team}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await kari.GetAsync("/api/youth-team-topics", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Host.CreateClient().GetAsync("/api/youth-team-topics", Ct)).StatusCode);
        Assert.Equal(("åpen", "ulla.ungdom", Today.AddDays(14).ToString("yyyy-MM-dd")),
            (Text(topic, "status"), Text(topic, "owner"), Text(topic, "reviewDate")));
        Assert.Equal(("Suspended", (string?)null), await PathwayApi.InstanceAsync(ulla, await InstanceOfAsync(ulla, id)));
    }

    [Fact]
    public async Task Create_R33_FnrInTheTextReviewDateInThePastOwnerOutsideTheTeam_400OnEachFieldAndNothingStored()
    {
        var ulla = await fixture.Host.ClientForAsync("ulla.ungdom");
        var fnr = PersonAged(_api.Clock, 15)["fnr"]!.GetValue<string>();
        var before = (await ListedAsync(ulla)).Count;

        var response = await ulla.PostAsJsonAsync("/api/youth-team-topics",
            new { team = Team, title = "Skolevegring", description = $"Gjelder {fnr}", owner = "ola.saksbehandler", reviewDate = Today.AddDays(-1).ToString("yyyy-MM-dd") }, Ct);
        var unreadable = await ulla.PostAsJsonAsync("/api/youth-team-topics", new { team = Team, title = "Skolevegring", owner = "ulla.ungdom", reviewDate = "neste uke" }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["description", "owner", "reviewDate"], ErrorFields(await BodyAsync(response)));
        Assert.Equal(HttpStatusCode.BadRequest, unreadable.StatusCode);
        Assert.Equal(["reviewDate"], ErrorFields(await BodyAsync(unreadable)));
        Assert.Equal(before, (await ListedAsync(ulla)).Count);
    }

    [Fact]
    public async Task ReviewDate_Reached_OwnerGetsTheReviewTaskAndRecordingTheReviewEndsIt()
    {
        var ulla = await fixture.Host.ClientForAsync("ulla.ungdom");
        var ulrik = await fixture.Host.ClientForAsync("ulrik.ungdom");
        var id = (await _api.PostAsync(ulrik, "/api/youth-team-topics", NewTopic("Fravær på 10. trinn", Today.AddDays(3))))["id"]!.GetValue<string>();
        var action = await _api.PostAsync(ulrik, $"/api/youth-team-topics/{id}/actions",
            new { text = "Kartlegge fravær per klasse", responsibleService = "skole", dueDate = Today.AddDays(10).ToString("yyyy-MM-dd") });
        var beforeTheDate = await ReviewTasksAsync(ulla, id);

        await _api.AdvanceAsync("P3D");
        var onTheDate = await ReviewTasksAsync(ulla, id);
        var next = Today.AddMonths(2);
        var reviewed = await _api.PostAsync(ulla, $"/api/youth-team-topics/{id}/review", new { note = "Fraværet er lavere.", nextReviewDate = next.ToString("yyyy-MM-dd") });

        Assert.Equal("planlagt", action["actions"]![0]!["status"]!.GetValue<string>());
        Assert.Empty(beforeTheDate);
        Assert.Equal("Gjennomgå ungdomsteam-tema: Fravær på 10. trinn", Text(Assert.Single(onTheDate), "title"));
        Assert.Equal(next.ToString("yyyy-MM-dd"), Text(reviewed, "reviewDate"));
        Assert.Empty(await ReviewTasksAsync(ulla, id));
        Assert.Equal("Suspended", (await PathwayApi.InstanceAsync(ulla, await InstanceOfAsync(ulla, id))).SubStatus);
    }

    [Fact]
    public async Task Close_TopicWithAnOpenReviewTask_PathwayEndsLukketAndTheTaskGoes()
    {
        var ulla = await fixture.Host.ClientForAsync("ulla.ungdom");
        var lise = await fixture.Host.ClientForAsync("lise.leder");
        var id = (await _api.PostAsync(ulla, "/api/youth-team-topics", NewTopic("Rus i helgene", Today)))["id"]!.GetValue<string>();
        var instance = await InstanceOfAsync(ulla, id);
        var taskBefore = await ReviewTasksAsync(ulla, id);

        var closed = await _api.PostAsync(lise, $"/api/youth-team-topics/{id}/close", new { note = "Tatt inn i det faste arbeidet." });
        var again = await lise.PostAsJsonAsync($"/api/youth-team-topics/{id}/close", new { }, Ct);
        var review = await ulla.PostAsJsonAsync($"/api/youth-team-topics/{id}/review", new { note = "x", nextReviewDate = Today.AddDays(7).ToString("yyyy-MM-dd") }, Ct);

        Assert.Single(taskBefore);
        Assert.Equal(("lukket", "LUKKET", "lise.leder"), (Text(closed, "status"), Text(closed, "endCode"), Text(closed, "closedBy")));
        Assert.Equal(("Finished", "LUKKET"), await PathwayApi.InstanceAsync(ulla, instance));
        Assert.Empty(await ReviewTasksAsync(ulla, id));
        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.Conflict), (again.StatusCode, review.StatusCode));
    }

    private static object NewTopic(string title, DateOnly reviewDate) =>
        new { team = Team, title, description = "Meldt fra flere skoler i bydelen.", owner = "ulla.ungdom", reviewDate = reviewDate.ToString("yyyy-MM-dd") };

    private static string? Text(JsonNode node, string field) => node[field]?.GetValue<string>();

    private static async Task<List<string>> ListedAsync(HttpClient client) =>
        [.. (await client.GetFromJsonAsync<JsonArray>("/api/youth-team-topics", Ct))!.Select(t => t!["id"]!.GetValue<string>())];

    private static async Task<string> InstanceOfAsync(HttpClient client, string topicId)
    {
        var page = (await client.GetFromJsonAsync<JsonObject>($"/api/instances?correlationId={topicId}&definitionId=ungdomsteam-tema", Ct))!;
        return Assert.Single(page["items"]!.AsArray())!["id"]!.GetValue<string>();
    }

    // The owner's open tasks of the topic's pathway (the topic id is the correlation id).
    private static async Task<List<JsonObject>> ReviewTasksAsync(HttpClient owner, string topicId)
    {
        var page = (await owner.GetFromJsonAsync<JsonObject>($"/api/tasks/mine?caseId={Uri.EscapeDataString(topicId)}", Ct))!;
        return [.. page["items"]!.AsArray().Select(t => t!.AsObject())];
    }
}

public sealed class SqliteYouthTeamTopicTests(SqliteHostFixture fixture) : YouthTeamTopicTests(fixture), IClassFixture<SqliteHostFixture>;

public sealed class PostgreSqlYouthTeamTopicTests(PostgreSqlHostFixture fixture) : YouthTeamTopicTests(fixture), IClassFixture<PostgreSqlHostFixture>;
