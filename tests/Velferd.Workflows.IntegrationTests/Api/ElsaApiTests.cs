using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Velferd.Workflows.Testing.Host;

namespace Velferd.Workflows.IntegrationTests.Api;

/// <summary>
/// The Elsa Studio contract under <c>/elsa/api</c> (shared/elsa-studio/API.md): exact camelCase shapes, PascalCase
/// enum strings, links per role, save and versioning semantics, 400 with field errors, 404, 401 and 403.
/// </summary>
public abstract class ElsaApiTests(HostFixture fixture)
{
    private const string Seeded = "p2-tidlig-innsatsteam";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string, string[]> ListEndpoints() => new()
    {
        { "/elsa/api/descriptors/activities?Refresh=True", "count", ["typeName", "namespace", "name", "version", "category", "displayName", "kind", "inputs", "outputs", "ports", "customProperties", "constructionProperties", "isContainer", "isBrowsable", "isStart", "isTerminal"] },
        { "/elsa/api/descriptors/expression-descriptors", "count", ["type", "displayName", "isSerializable", "isBrowsable", "properties"] },
        { "/elsa/api/descriptors/workflow-activation-strategies", "count", ["typeName", "displayName", "description"] },
        { "/elsa/api/descriptors/incident-strategies", "count", ["typeName", "displayName", "description"] },
        { "/elsa/api/descriptors/log-persistence-strategies", "count", ["typeName", "displayName", "description"] },
        { "/elsa/api/descriptors/variables", "", ["typeName", "displayName", "category", "description"] },
        { "/elsa/api/descriptors/storage-drivers", "", ["typeName", "displayName", "priority", "deprecated"] },
        { "/elsa/api/descriptors/commit-strategies/workflows", "count", [] },
        { "/elsa/api/descriptors/commit-strategies/activities", "count", [] },
        { "/elsa/api/features/installed", "count", [] },
    };

    [Theory]
    [MemberData(nameof(ListEndpoints))]
    public async Task DescriptorLists_SignedIn_HaveTheStudiosShape(string path, string countField, string[] itemFields)
    {
        var client = await fixture.Host.ClientForAsync("ola.saksbehandler");

        var body = await client.GetFromJsonAsync<JsonObject>(path, Ct);

        var items = body!["items"]!.AsArray();
        Assert.Equal(countField.Length > 0, body.ContainsKey("count"));
        if (itemFields.Length > 0)
        {
            Assert.NotEmpty(items);
            Assert.All(items, item => Assert.All(itemFields, field => Assert.True(item!.AsObject().ContainsKey(field), $"{path}: '{field}' missing")));
        }
    }

    [Theory]
    [InlineData("Velferd.UserTask", "Outcomes", "Overskredet")]
    [InlineData("Elsa.RunJavaScript", "PossibleOutcomes", "Done")]
    public async Task ActivityDescriptors_DynamicOutcomesInput_NamesTheActivitysOwnPortsAsFixedOutcomes(string typeName, string input, string port)
    {
        // The Studio draws only the typed-in outcomes of such an activity plus these, so without them the port could
        // not be connected in the designer.
        var client = await fixture.Host.ClientForAsync("kari.prosesseier");

        var items = (await client.GetFromJsonAsync<JsonObject>("/elsa/api/descriptors/activities", Ct))!["items"]!.AsArray();

        var activity = items.Single(i => i!["typeName"]!.GetValue<string>() == typeName)!;
        var outcomes = activity["inputs"]!.AsArray().Single(i => i!["name"]!.GetValue<string>() == input)!;
        Assert.Equal("dynamic-outcomes", outcomes["uiHint"]!.GetValue<string>());
        Assert.Equal([port], outcomes["uiSpecifications"]!["DynamicOutcomesOptions"]!["fixedOutcomes"]!.AsArray().Select(o => o!.GetValue<string>()));
        Assert.Contains(activity["ports"]!.AsArray(), p => p!["name"]!.GetValue<string>() == port);
    }

    [Fact]
    public async Task ActivityDescriptors_EveryRegisteredActivity_IsBrowsableWithNorwegianCategory_AndTheFlowchartIsAContainer()
    {
        var client = await fixture.Host.ClientForAsync("kari.prosesseier");

        var items = (await client.GetFromJsonAsync<JsonObject>("/elsa/api/descriptors/activities", Ct))!["items"]!.AsArray();

        var flowchart = items.Single(i => i!["typeName"]!.GetValue<string>() == "Elsa.Flowchart")!;
        Assert.True(flowchart["isContainer"]!.GetValue<bool>());
        Assert.False(flowchart["isBrowsable"]!.GetValue<bool>());
        var writeLine = items.Single(i => i!["typeName"]!.GetValue<string>() == "Elsa.WriteLine")!;
        Assert.Equal("Primitiver", writeLine["category"]!.GetValue<string>());
        Assert.Equal("Action", writeLine["kind"]!.GetValue<string>());
        Assert.Equal("singleline", writeLine["inputs"]![0]!["uiHint"]!.GetValue<string>());
        Assert.Equal("Flow", writeLine["ports"]![0]!["type"]!.GetValue<string>());
        var flowSwitch = items.Single(i => i!["typeName"]!.GetValue<string>() == "Elsa.FlowSwitch")!;
        var mode = flowSwitch["inputs"]!.AsArray().Single(i => i!["name"]!.GetValue<string>() == "Mode")!;
        Assert.Equal("dropdown", mode["uiHint"]!.GetValue<string>());
        Assert.Equal("MatchFirst", mode["uiSpecifications"]!["dropdown"]!["selectList"]!["items"]![0]!["value"]!.GetValue<string>());
        Assert.Equal("Trigger", items.Single(i => i!["typeName"]!.GetValue<string>() == "Elsa.Event")!["kind"]!.GetValue<string>());
        Assert.All(items.Where(i => i!["typeName"]!.GetValue<string>() != "Elsa.Flowchart"), i => Assert.True(i!["isBrowsable"]!.GetValue<bool>()));
        Assert.Contains(
            (await client.GetFromJsonAsync<JsonObject>("/elsa/api/descriptors/expression-descriptors", Ct))!["items"]!.AsArray(),
            e => e!["type"]!.GetValue<string>() == "JavaScript");
    }

    [Theory]
    [InlineData("Elsa.ForEach")]
    [InlineData("Elsa.ParallelForEach")]
    [InlineData("Elsa.While")]
    [InlineData("Elsa.FlowNode")]
    public async Task ActivityDescriptors_LoopsAndContainers_HaveAnEmbeddedBodySlotBesideTheirDonePort(string typeName)
    {
        // The Studio draws an embedded port as a slot the process owner drops a flowchart into (the activity's "body").
        var client = await fixture.Host.ClientForAsync("kari.prosesseier");

        var items = (await client.GetFromJsonAsync<JsonObject>("/elsa/api/descriptors/activities", Ct))!["items"]!.AsArray();

        var ports = items.Single(i => i!["typeName"]!.GetValue<string>() == typeName)!["ports"]!.AsArray()
            .Select(p => (p!["name"]!.GetValue<string>(), p["displayName"]!.GetValue<string>(), p["type"]!.GetValue<string>()));
        Assert.Equal([("Done", "Done", "Flow"), ("Body", "Innhold", "Embedded")], ports);
    }

    [Fact]
    public async Task GetByDefinitionId_ProcessOwner_GetsTheFullDefinitionWithPublishLink()
    {
        var client = await fixture.Host.ClientForAsync("kari.prosesseier");

        var definition = (await client.GetFromJsonAsync<JsonObject>($"/elsa/api/workflow-definitions/by-definition-id/{Seeded}?versionOptions=Latest", Ct))!;

        foreach (var field in new[] { "id", "definitionId", "name", "createdAt", "version", "toolVersion", "isLatest", "isPublished", "links", "options", "variables", "inputs", "outputs", "outcomes", "customProperties", "root" })
        {
            Assert.True(definition.ContainsKey(field), $"'{field}' missing");
        }

        Assert.True(definition["isLatest"]!.GetValue<bool>());
        Assert.Contains(definition["links"]!.AsArray(), l => l!["rel"]!.GetValue<string>() == "publish");
        Assert.Equal("Elsa.Flowchart", definition["root"]!["type"]!.GetValue<string>());
        Assert.Equal("Workflow1:p2root:start", definition["root"]!["activities"]![0]!["nodeId"]!.GetValue<string>());
    }

    [Fact]
    public async Task GetByDefinitionId_Caseworker_GetsNoPublishLink_AndTheListNoBulkPublish()
    {
        var client = await fixture.Host.ClientForAsync("ola.saksbehandler");

        var definition = (await client.GetFromJsonAsync<JsonObject>($"/elsa/api/workflow-definitions/by-definition-id/{Seeded}", Ct))!;
        var list = (await client.GetFromJsonAsync<JsonObject>("/elsa/api/workflow-definitions?versionOptions=Latest&Page=0&PageSize=10&IsSystem=False&OrderDirection=Ascending", Ct))!;

        Assert.DoesNotContain(definition["links"]!.AsArray(), l => l!["rel"]!.GetValue<string>() == "publish");
        Assert.Empty(list["links"]!.AsArray());
        Assert.True(list["totalCount"]!.GetValue<long>() >= 1);
    }

    [Theory]
    [InlineData("/elsa/api/workflow-definitions/by-definition-id/nope")]
    [InlineData("/elsa/api/workflow-definitions/by-id/nope")]
    [InlineData("/elsa/api/workflow-instances/nope")]
    [InlineData("/elsa/api/workflow-instances/nope/execution-state")]
    [InlineData("/elsa/api/workflow-instances/nope/variables")]
    [InlineData("/elsa/api/activity-executions/by-id?id=nope:nope")]
    [InlineData("/elsa/api/workflow-definitions/nope/export")]
    public async Task Get_UnknownId_Is404(string path)
    {
        var client = await fixture.Host.ClientForAsync("kari.prosesseier");

        var response = await client.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/elsa/api/workflow-definitions/nope/retract")]
    [InlineData("/elsa/api/workflow-definitions/nope/publish")]
    [InlineData("/elsa/api/workflow-definitions/nope/execute")]
    [InlineData("/elsa/api/workflow-definitions/nope/revert/1")]
    public async Task Post_UnknownDefinition_Is404(string path)
    {
        var client = await fixture.Host.ClientForAsync("kari.prosesseier");

        var response = await client.PostAsync(path, Json(new JsonObject()), Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Anything_WithoutToken_Is401()
    {
        var client = fixture.Host.CreateClient();

        var response = await client.GetAsync("/elsa/api/descriptors/activities", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("/elsa/api/workflow-definitions")]
    [InlineData("/elsa/api/workflow-definitions/p2-tidlig-innsatsteam/publish")]
    [InlineData("/elsa/api/workflow-definitions/p2-tidlig-innsatsteam/retract")]
    [InlineData("/elsa/api/workflow-definitions/p2-tidlig-innsatsteam/revert/1")]
    [InlineData("/elsa/api/bulk-actions/publish/workflow-definitions/by-definition-ids")]
    public async Task Changes_Caseworker_Is403(string path)
    {
        var client = await fixture.Host.ClientForAsync("ola.saksbehandler");

        var response = await client.PostAsync(path, Json(new JsonObject()), Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Save_MalformedModel_Is400WithFieldErrors_AndStoresNothing()
    {
        var client = await fixture.Host.ClientForAsync("kari.prosesseier");
        var definitionId = $"elsa-{Guid.NewGuid():N}";
        var model = NewModel(definitionId);
        model["root"]!["activities"]!.AsArray().Add(new JsonObject { ["id"] = "x", ["type"] = "Acme.Unknown", ["version"] = 1 });

        var bad = await client.PostAsync("/elsa/api/workflow-definitions", Json(new JsonObject { ["model"] = model, ["publish"] = false }), Ct);
        var notJson = await client.PostAsync("/elsa/api/workflow-definitions", new StringContent("{\"model\": ", Encoding.UTF8, "application/json"), Ct);
        var noModel = await client.PostAsync("/elsa/api/workflow-definitions", Json(new JsonObject { ["publish"] = false }), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonObject>(Ct))!["errors"]!.AsObject();
        Assert.Equal("Unknown activity type 'Acme.Unknown' (activity 'x').", errors["model.root.activities[1].type"]![0]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.True((await notJson.Content.ReadFromJsonAsync<JsonObject>(Ct))!["errors"]!.AsObject().ContainsKey("$"));
        Assert.Equal(HttpStatusCode.BadRequest, noModel.StatusCode);
        Assert.True((await noModel.Content.ReadFromJsonAsync<JsonObject>(Ct))!["errors"]!.AsObject().ContainsKey("model"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/elsa/api/workflow-definitions/by-definition-id/{definitionId}", Ct)).StatusCode);
    }

    [Fact]
    public async Task SaveAndPublish_AsTheEditorDoes_VersionsLikeElsa()
    {
        var client = await fixture.Host.ClientForAsync("kari.prosesseier");
        var definitionId = $"elsa-{Guid.NewGuid():N}";

        var created = await SaveAsync(client, NewModel(definitionId), publish: false);
        var autoSaved = await SaveAsync(client, NewModel(definitionId, "Endret"), publish: false);
        var published = await SaveAsync(client, NewModel(definitionId, "Endret"), publish: true);
        var draftAfterPublish = await SaveAsync(client, NewModel(definitionId, "Ny runde"), publish: false);
        var history = (await client.GetFromJsonAsync<JsonObject>(
            $"/elsa/api/workflow-definitions?versionOptions=AllVersions&Page=0&PageSize=10&DefinitionIds={definitionId}&OrderBy=Version&OrderDirection=Descending", Ct))!;

        Assert.Equal((1, false), Version(created));
        Assert.Equal((1, false), Version(autoSaved));
        Assert.Equal(created["id"]!.GetValue<string>(), autoSaved["id"]!.GetValue<string>());
        Assert.Equal((1, true), Version(published));
        Assert.Equal((2, false), Version(draftAfterPublish));
        Assert.True(draftAfterPublish["isLatest"]!.GetValue<bool>());
        Assert.Contains(draftAfterPublish["links"]!.AsArray(), l => l!["rel"]!.GetValue<string>() == "publish");
        Assert.NotNull(draftAfterPublish["root"]);
        var versions = history["items"]!.AsArray();
        Assert.Equal([2, 1], versions.Select(v => v!["version"]!.GetValue<int>()));
        Assert.Equal([false, true], versions.Select(v => v!["isPublished"]!.GetValue<bool>()));
        Assert.All(versions, v => Assert.Equal(definitionId, v!["definitionId"]!.GetValue<string>()));
        Assert.Contains(history["links"]!.AsArray(), l => l!["rel"]!.GetValue<string>() == "bulk-publish");
    }

    [Fact]
    public async Task RetractRevertAndDeleteVersion_FollowTheVersioningRules()
    {
        var client = await fixture.Host.ClientForAsync("kari.prosesseier");
        var definitionId = $"elsa-{Guid.NewGuid():N}";
        await SaveAsync(client, NewModel(definitionId, "Første"), publish: true);
        var second = await SaveAsync(client, NewModel(definitionId, "Andre"), publish: true);

        var retracted = await client.PostAsync($"/elsa/api/workflow-definitions/{definitionId}/retract", Json(new JsonObject()), Ct);
        var retractAgain = await client.PostAsync($"/elsa/api/workflow-definitions/{definitionId}/retract", Json(new JsonObject()), Ct);
        var reverted = await client.PostAsync($"/elsa/api/workflow-definitions/{definitionId}/revert/1", null, Ct);
        var v1 = (await client.GetFromJsonAsync<JsonObject>($"/elsa/api/workflow-definitions/by-definition-id/{definitionId}?versionOptions=1", Ct))!;
        var deleteV1 = await client.DeleteAsync($"/elsa/api/workflow-definition-versions/{v1["id"]!.GetValue<string>()}", Ct);
        var deleteLatest = await client.DeleteAsync($"/elsa/api/workflow-definition-versions/{second["id"]!.GetValue<string>()}", Ct);

        Assert.Equal(HttpStatusCode.OK, retracted.StatusCode);
        Assert.False((await retracted.Content.ReadFromJsonAsync<JsonObject>(Ct))!["isPublished"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.BadRequest, retractAgain.StatusCode);
        Assert.True((await retractAgain.Content.ReadFromJsonAsync<JsonObject>(Ct))!["errors"]!.AsObject().Count > 0);
        var revertedSummary = (await reverted.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        Assert.Equal(2, revertedSummary["version"]!.GetValue<int>());
        Assert.Equal("Første", (await client.GetFromJsonAsync<JsonObject>($"/elsa/api/workflow-definitions/by-id/{revertedSummary["id"]}", Ct))!["description"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NoContent, deleteV1.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, deleteLatest.StatusCode);
    }

    [Fact]
    public async Task Execute_StartsTheLatestVersion_AndTheViewerEndpointsDescribeTheInstance()
    {
        var client = await fixture.Host.ClientForAsync("kari.prosesseier");

        var run = await client.PostAsync($"/elsa/api/workflow-definitions/{Seeded}/execute",
            Json(new JsonObject { ["correlationId"] = null, ["triggerActivityId"] = null, ["versionOptions"] = "Latest", ["input"] = new JsonObject { ["saksId"] = "sak-elsa" } }), Ct);
        var id = Assert.Single(run.Headers.GetValues("x-elsa-workflow-instance-id"));
        var instance = (await client.GetFromJsonAsync<JsonObject>($"/elsa/api/workflow-instances/{id}", Ct))!;
        var state = (await client.GetFromJsonAsync<JsonObject>($"/elsa/api/workflow-instances/{id}/execution-state", Ct))!;
        var journal = (await (await client.PostAsync($"/elsa/api/workflow-instances/{id}/journal?skip=0&take=50",
            Json(new JsonObject { ["filter"] = new JsonObject { ["excludedActivityTypes"] = new JsonArray("Elsa.Workflow", "Elsa.Flowchart") } }), Ct)).Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        var executions = (await client.GetFromJsonAsync<JsonObject>($"/elsa/api/activity-executions/list?WorkflowInstanceId={id}&ActivityNodeId=Workflow1:p2root:start", Ct))!;
        var summaries = (await client.GetFromJsonAsync<JsonObject>($"/elsa/api/activity-execution-summaries/list?WorkflowInstanceId={id}", Ct))!;
        var report = (await (await client.PostAsync("/elsa/api/activity-executions/report",
            Json(new JsonObject { ["workflowInstanceId"] = id, ["activityNodeIds"] = new JsonArray("Workflow1:p2root:start", "Workflow1:p2root:mottak") }), Ct)).Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        var variables = (await client.GetFromJsonAsync<JsonObject>($"/elsa/api/workflow-instances/{id}/variables", Ct))!;
        var list = (await (await client.PostAsync("/elsa/api/workflow-instances", Json(new JsonObject { ["page"] = 0, ["pageSize"] = 50, ["definitionId"] = Seeded }), Ct)).Content.ReadFromJsonAsync<JsonObject>(Ct))!;

        Assert.Equal("Running", instance["status"]!.GetValue<string>());
        Assert.Equal("Suspended", instance["subStatus"]!.GetValue<string>());
        Assert.Equal("sak-elsa", instance["workflowState"]!["input"]!["saksId"]!.GetValue<string>());
        // The seeded P2 waits at «Mottak» (a task), and beside it for the case to close, a late evaluation and a consent
        // renewal; the age-milestone branch ends at once, since «sak-elsa» is no registered case with a birth date.
        Assert.Equal(["mottak", "sakAvsluttet", "ventEskalering", "ventFornyelse"], instance["workflowState"]!["bookmarks"]!.AsArray().Select(b => b!["activityId"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.Equal("Suspended", state["workflowSubStatus"]!.GetValue<string>());
        var events = journal["items"]!.AsArray().Select(e => $"{e!["activityId"]}:{e["eventName"]}").ToList();
        Assert.Equal(["start:Started", "start:Completed"], events.Take(2));
        Assert.Contains("mottak:Suspended", events);
        Assert.Equal(events.Count, journal["totalCount"]!.GetValue<long>());
        var execution = Assert.Single(executions["items"]!.AsArray())!;
        Assert.Equal("Completed", execution["status"]!.GetValue<string>());
        Assert.Equal(["Done"], Strings(execution["payload"]!["Outcomes"]));
        Assert.Equal(execution["id"]!.GetValue<string>(),
            (await client.GetFromJsonAsync<JsonObject>($"/elsa/api/activity-executions/by-id?id={Uri.EscapeDataString(execution["id"]!.GetValue<string>())}", Ct))!["id"]!.GetValue<string>());
        Assert.Equal(8, summaries["count"]!.GetValue<long>());
        var stats = report["stats"]!.AsArray();
        Assert.Contains(stats, s => s!["activityNodeId"]!.GetValue<string>() == "Workflow1:p2root:start" && s["completedCount"]!.GetValue<int>() == 1);
        Assert.Contains(stats, s => s!["activityNodeId"]!.GetValue<string>() == "Workflow1:p2root:mottak" && s["isBlocked"]!.GetValue<bool>());
        Assert.NotNull(variables["items"]);
        Assert.Contains(list["items"]!.AsArray(), i => i!["id"]!.GetValue<string>() == id);
    }

    [Fact]
    public async Task Descriptors_StudioSendsPascalCaseQueryNames_AndPascalCaseEnumsComeBack()
    {
        var client = await fixture.Host.ClientForAsync("kari.prosesseier");

        var page = (await client.GetFromJsonAsync<JsonObject>($"/elsa/api/workflow-definitions?versionOptions=Published&DefinitionIds={Seeded}&DefinitionIds=other&Page=0&PageSize=10", Ct))!;
        var badPage = await client.GetAsync("/elsa/api/workflow-definitions?PageSize=0", Ct);

        Assert.Equal(Seeded, Assert.Single(page["items"]!.AsArray())!["definitionId"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, badPage.StatusCode);
        Assert.True((await badPage.Content.ReadFromJsonAsync<JsonObject>(Ct))!["errors"]!.AsObject().ContainsKey("pageSize"));
    }

    [Fact]
    public async Task ExportFromTheEditorMenu_ThenImport_RoundTripsTheDefinitionUnchanged()
    {
        var owner = await fixture.Host.ClientForAsync("kari.prosesseier");
        var model = NewModel("elsa-export");
        model["root"]!["activities"]!.AsArray().Add(new JsonObject
        {
            ["id"] = "w1", ["nodeId"] = "Workflow1:root:w1", ["name"] = "Skriv1", ["type"] = "Elsa.WriteLine", ["version"] = 1,
            ["text"] = new JsonObject { ["typeName"] = "String", ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = "Hei" } },
            ["metadata"] = new JsonObject { ["designer"] = new JsonObject { ["position"] = new JsonObject { ["x"] = 140, ["y"] = 20 } } },
        });
        model["root"]!["connections"]!.AsArray().Add(new JsonObject
        {
            ["source"] = new JsonObject { ["activity"] = "a1", ["port"] = "Done" }, ["target"] = new JsonObject { ["activity"] = "w1", ["port"] = "In" },
            ["vertices"] = new JsonArray(),
        });
        await SaveAsync(owner, model, publish: true);

        var exported = await owner.GetAsync("/elsa/api/workflow-definitions/elsa-export/export?versionOptions=Latest&includeConsumingWorkflows=false", Ct);
        var file = JsonNode.Parse(await exported.Content.ReadAsStringAsync(Ct))!.AsObject();
        var imported = await owner.PostAsync("/elsa/api/workflow-definitions/import", Json(file), Ct);
        var again = JsonNode.Parse(await owner.GetStringAsync("/elsa/api/workflow-definitions/elsa-export/export?versionOptions=Latest", Ct))!.AsObject();

        Assert.Equal("attachment", exported.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.True(JsonNode.DeepEquals(file["root"], again["root"]), again["root"]!.ToJsonString());
        Assert.Equal(file["name"]!.GetValue<string>(), again["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task InstanceList_BulkCancel_CancelsTheRunningOnes_AndCountsThem()
    {
        var owner = await fixture.Host.ClientForAsync("kari.prosesseier");
        var caseworker = await fixture.Host.ClientForAsync("ola.saksbehandler");
        var first = await RunSeededAsync(owner);
        var second = await RunSeededAsync(owner);

        var refused = await caseworker.PostAsync("/elsa/api/bulk-actions/cancel/workflow-instances", Json(new JsonObject { ["ids"] = new JsonArray(first) }), Ct);
        var cancelled = await owner.PostAsync("/elsa/api/bulk-actions/cancel/workflow-instances", Json(new JsonObject { ["ids"] = new JsonArray(first, second, "unknown") }), Ct);
        var again = await owner.PostAsync("/elsa/api/bulk-actions/cancel/workflow-instances", Json(new JsonObject { ["ids"] = new JsonArray(first) }), Ct);
        var empty = await owner.PostAsync("/elsa/api/bulk-actions/cancel/workflow-instances", Json(new JsonObject { ["ids"] = new JsonArray() }), Ct);
        var state = (await owner.GetFromJsonAsync<JsonObject>($"/elsa/api/workflow-instances/{second}/execution-state", Ct))!;

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(2, (await cancelled.Content.ReadFromJsonAsync<JsonObject>(Ct))!["cancelled"]!.GetValue<int>());
        Assert.Equal(0, (await again.Content.ReadFromJsonAsync<JsonObject>(Ct))!["cancelled"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.True((await empty.Content.ReadFromJsonAsync<JsonObject>(Ct))!["errors"]!.AsObject().ContainsKey("ids"));
        Assert.Equal("Cancelled", state["workflowSubStatus"]!.GetValue<string>());
    }

    [Fact]
    public async Task InstanceList_CancelOne_And404ForAnUnknownInstance()
    {
        var owner = await fixture.Host.ClientForAsync("kari.prosesseier");
        var id = await RunSeededAsync(owner);

        var cancel = await owner.PostAsync($"/elsa/api/cancel/workflow-instances/{id}", null, Ct);
        var unknown = await owner.PostAsync("/elsa/api/cancel/workflow-instances/nope", null, Ct);
        var instance = (await owner.GetFromJsonAsync<JsonObject>($"/elsa/api/workflow-instances/{id}", Ct))!;

        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("Finished", instance["status"]!.GetValue<string>());
        Assert.Equal("Cancelled", instance["subStatus"]!.GetValue<string>());
    }

    [Fact]
    public async Task InstanceList_Export_OneIsJson_SeveralAreAZip_AndCaseworkersMayNot()
    {
        var owner = await fixture.Host.ClientForAsync("kari.prosesseier");
        var caseworker = await fixture.Host.ClientForAsync("ola.saksbehandler");
        var first = await RunSeededAsync(owner);
        var second = await RunSeededAsync(owner);

        var one = await owner.GetAsync($"/elsa/api/workflow-instances/{first}/export", Ct);
        var several = await owner.PostAsync("/elsa/api/bulk-actions/export/workflow-instances", Json(new JsonObject { ["ids"] = new JsonArray(first, second) }), Ct);
        var refused = await caseworker.GetAsync($"/elsa/api/workflow-instances/{first}/export", Ct);
        var unknown = await owner.GetAsync("/elsa/api/workflow-instances/nope/export", Ct);

        var json = JsonNode.Parse(await one.Content.ReadAsStringAsync(Ct))!;
        Assert.Equal(first, json["instance"]!["id"]!.GetValue<string>());
        Assert.Equal("sak-export", json["input"]!["saksId"]!.GetValue<string>());
        Assert.Equal("application/zip", several.Content.Headers.ContentType?.MediaType);
        using var zip = new System.IO.Compression.ZipArchive(await several.Content.ReadAsStreamAsync(Ct));
        Assert.Equal(
            new[] { $"workflow-instance-{first}.json", $"workflow-instance-{second}.json" }.Order(StringComparer.Ordinal),
            zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task InstanceList_Delete_IsRefusedWithAReason_AndTheInstanceStays()
    {
        var owner = await fixture.Host.ClientForAsync("kari.prosesseier");
        var id = await RunSeededAsync(owner);

        var one = await owner.DeleteAsync($"/elsa/api/workflow-instances/{id}", Ct);
        var several = await owner.PostAsync("/elsa/api/bulk-actions/delete/workflow-instances/by-id", Json(new JsonObject { ["ids"] = new JsonArray(id) }), Ct);

        Assert.Equal(HttpStatusCode.Conflict, one.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, several.StatusCode);
        Assert.Contains("never deleted", (await one.Content.ReadFromJsonAsync<JsonObject>(Ct))!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/elsa/api/workflow-instances/{id}", Ct)).StatusCode);
    }

    [Fact]
    public async Task DeleteDefinition_WithoutInstances_IsGone_ButOneThatRanIsRefusedWithAFieldError()
    {
        var owner = await fixture.Host.ClientForAsync("kari.prosesseier");
        await SaveAsync(owner, NewModel("elsa-unused"), publish: true);
        await SaveAsync(owner, NewModel("elsa-used"), publish: true);
        var run = await owner.PostAsync("/elsa/api/workflow-definitions/elsa-used/execute", Json(new JsonObject { ["versionOptions"] = "Latest" }), Ct);

        var unused = await owner.DeleteAsync("/elsa/api/workflow-definitions/elsa-unused", Ct);
        var again = await owner.DeleteAsync("/elsa/api/workflow-definitions/elsa-unused", Ct);
        var used = await owner.DeleteAsync("/elsa/api/workflow-definitions/elsa-used", Ct);
        var bulk = await owner.PostAsync("/elsa/api/bulk-actions/delete/workflow-definitions/by-definition-id",
            Json(new JsonObject { ["definitionIds"] = new JsonArray("elsa-used", "nope") }), Ct);

        Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, unused.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, used.StatusCode);
        Assert.Contains("Retract it instead", (await used.Content.ReadFromJsonAsync<JsonObject>(Ct))!["errors"]!["definitionId"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(0, (await bulk.Content.ReadFromJsonAsync<JsonObject>(Ct))!["deleted"]!.GetValue<long>());
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync("/elsa/api/workflow-definitions/by-definition-id/elsa-used?versionOptions=Latest", Ct)).StatusCode);
    }

    [Fact]
    public async Task BulkPublishAndRetract_ReportWhatChanged_WhatAlreadyWas_AndWhatIsUnknown()
    {
        var owner = await fixture.Host.ClientForAsync("kari.prosesseier");
        await SaveAsync(owner, NewModel("elsa-bulk-draft"), publish: false);
        await SaveAsync(owner, NewModel("elsa-bulk-published"), publish: true);
        var ids = new JsonArray("elsa-bulk-draft", "elsa-bulk-published", "nope");

        var published = (await (await owner.PostAsync("/elsa/api/bulk-actions/publish/workflow-definitions/by-definition-ids",
            Json(new JsonObject { ["definitionIds"] = ids.DeepClone() }), Ct)).Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        var retracted = (await (await owner.PostAsync("/elsa/api/bulk-actions/retract/workflow-definitions/by-definition-ids",
            Json(new JsonObject { ["definitionIds"] = new JsonArray("elsa-bulk-draft", "nope") }), Ct)).Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        var retractedAgain = (await (await owner.PostAsync("/elsa/api/bulk-actions/retract/workflow-definitions/by-definition-ids",
            Json(new JsonObject { ["definitionIds"] = new JsonArray("elsa-bulk-draft") }), Ct)).Content.ReadFromJsonAsync<JsonObject>(Ct))!;

        Assert.Equal(["elsa-bulk-draft"], Strings(published["published"]));
        Assert.Equal(["elsa-bulk-published"], Strings(published["alreadyPublished"]));
        Assert.Equal(["nope"], Strings(published["notFound"]));
        Assert.Equal(["elsa-bulk-draft"], Strings(retracted["retracted"]));
        Assert.Equal(["nope"], Strings(retracted["notFound"]));
        Assert.Equal(["elsa-bulk-draft"], Strings(retractedAgain["alreadyRetracted"]));
    }

    [Fact]
    public async Task BulkDeleteVersions_DeletesAnOldVersion_ButNeverTheLatestOrPublished()
    {
        var owner = await fixture.Host.ClientForAsync("kari.prosesseier");
        var v1 = await SaveAsync(owner, NewModel("elsa-versions"), publish: true);
        var v2 = await SaveAsync(owner, NewModel("elsa-versions", "Andre"), publish: true);

        var deleted = (await (await owner.PostAsync("/elsa/api/bulk-actions/delete/workflow-definitions/by-id",
            Json(new JsonObject { ["ids"] = new JsonArray(v1["id"]!.GetValue<string>(), v2["id"]!.GetValue<string>()) }), Ct)).Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        var versions = (await owner.GetFromJsonAsync<JsonObject>(
            "/elsa/api/workflow-definitions?versionOptions=AllVersions&DefinitionIds=elsa-versions&OrderBy=Version&OrderDirection=Descending", Ct))!;

        Assert.Equal(1, deleted["deleted"]!.GetValue<long>());
        Assert.Equal([2], versions["items"]!.AsArray().Select(v => v!["version"]!.GetValue<int>()));
    }

    [Fact]
    public async Task IsNameUnique_AnswersForTakenAndFreeNames_AndAsksForAName()
    {
        var owner = await fixture.Host.ClientForAsync("kari.prosesseier");
        await SaveAsync(owner, NewModel("elsa-named"), publish: false);

        var taken = (await owner.GetFromJsonAsync<JsonObject>("/elsa/api/workflow-definitions/validation/is-name-unique?name=Elsa%20elsa-named", Ct))!;
        var own = (await owner.GetFromJsonAsync<JsonObject>("/elsa/api/workflow-definitions/validation/is-name-unique?name=Elsa%20elsa-named&definitionId=elsa-named", Ct))!;
        var free = (await owner.GetFromJsonAsync<JsonObject>("/elsa/api/workflow-definitions/validation/is-name-unique?name=Workflow%2042", Ct))!;
        var missing = await owner.GetAsync("/elsa/api/workflow-definitions/validation/is-name-unique", Ct);

        Assert.False(taken["isUnique"]!.GetValue<bool>());
        Assert.True(own["isUnique"]!.GetValue<bool>());
        Assert.True(free["isUnique"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
    }

    [Fact]
    public async Task EditorHelpers_JavaScriptTypings_OutputConverters_AndTheCallStack()
    {
        var owner = await fixture.Host.ClientForAsync("kari.prosesseier");
        var id = await RunSeededAsync(owner);
        var executions = (await owner.GetFromJsonAsync<JsonObject>($"/elsa/api/activity-executions/list?WorkflowInstanceId={id}&ActivityNodeId=Workflow1:p2root:start", Ct))!;
        var executionId = executions["items"]![0]!["id"]!.GetValue<string>();

        var typings = await owner.PostAsync($"/elsa/api/scripting/javascript/type-definitions/{Seeded}",
            Json(new JsonObject { ["workflowDefinitionId"] = Seeded, ["activityTypeName"] = "Elsa.RunJavaScript", ["propertyName"] = "Script" }), Ct);
        var converters = (await owner.GetFromJsonAsync<JsonObject>("/elsa/api/descriptors/output-converters?sourceType=String&destinationType=Object", Ct))!;
        var stack = (await owner.GetFromJsonAsync<JsonObject>($"/elsa/api/activity-executions/{Uri.EscapeDataString(executionId)}/call-stack", Ct))!;
        var unknownStack = await owner.GetAsync("/elsa/api/activity-executions/nope/call-stack", Ct);

        Assert.Contains("declare function getVariable(name: string): any;", await typings.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Empty(converters["items"]!.AsArray());
        Assert.Equal(executionId, Assert.Single(stack["items"]!.AsArray())!["id"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, unknownStack.StatusCode);
    }

    [Fact]
    public async Task ActivityTestTab_RunsOneActivityAlone_ShowsItsOutcomeOrFault_AndStoresNothing()
    {
        var owner = await fixture.Host.ClientForAsync("kari.prosesseier");
        var caseworker = await fixture.Host.ClientForAsync("ola.saksbehandler");
        var model = NewModel("elsa-test-tab");
        model["variables"] = new JsonArray(new JsonObject { ["id"] = "v1", ["name"] = "antall", ["typeName"] = "Int32", ["value"] = "2", ["storageDriverTypeName"] = null });
        model["root"]!["activities"]!.AsArray().Add(new JsonObject
        {
            ["id"] = "sjekk", ["nodeId"] = "Workflow1:root:sjekk", ["name"] = "Sjekk", ["type"] = "Elsa.FlowDecision", ["version"] = 1,
            ["condition"] = new JsonObject { ["typeName"] = "Boolean", ["expression"] = new JsonObject { ["type"] = "JavaScript", ["value"] = "getVariable('antall') > 1" } },
        });
        model["root"]!["activities"]!.AsArray().Add(new JsonObject
        {
            ["id"] = "feil", ["nodeId"] = "Workflow1:root:feil", ["name"] = "Feil", ["type"] = "Elsa.RunJavaScript", ["version"] = 1,
            ["script"] = new JsonObject { ["typeName"] = "String", ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = "throw new Error('nei')" } },
        });
        var saved = await SaveAsync(owner, model, publish: false);
        var versionId = saved["id"]!.GetValue<string>();
        JsonObject Request(string nodeId) => new()
        {
            ["workflowDefinitionHandle"] = new JsonObject { ["definitionVersionId"] = versionId, ["definitionId"] = null },
            ["activityHandle"] = new JsonObject { ["activityNodeId"] = nodeId, ["activityId"] = null },
        };

        var decision = await owner.PostAsync("/elsa/api/tests/activities", Json(Request("Workflow1:root:sjekk")), Ct);
        var fault = (await (await owner.PostAsync("/elsa/api/tests/activities", Json(Request("Workflow1:root:feil")), Ct)).Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        var unknown = await owner.PostAsync("/elsa/api/tests/activities", Json(Request("Workflow1:root:nope")), Ct);
        var empty = await owner.PostAsync("/elsa/api/tests/activities", Json(new JsonObject()), Ct);
        var refused = await caseworker.PostAsync("/elsa/api/tests/activities", Json(Request("Workflow1:root:sjekk")), Ct);
        var instances = (await (await owner.PostAsync("/elsa/api/workflow-instances",
            Json(new JsonObject { ["definitionId"] = "elsa-test-tab" }), Ct)).Content.ReadFromJsonAsync<JsonObject>(Ct))!;

        var passed = (await decision.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        Assert.Equal("Completed", passed["status"]!.GetValue<string>());
        Assert.Equal(["True"], Strings(passed["payload"]!["Outcomes"]));
        Assert.Null(passed["exception"]);
        Assert.Equal("Faulted", fault["status"]!.GetValue<string>());
        Assert.Contains("nei", fault["exception"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.True((await empty.Content.ReadFromJsonAsync<JsonObject>(Ct))!["errors"]!.AsObject().ContainsKey("workflowDefinitionHandle.definitionVersionId"));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(0, instances["totalCount"]!.GetValue<long>());
    }

    private static string[] Strings(JsonNode? array) => [.. array!.AsArray().Select(n => n!.GetValue<string>())];

    private static async Task<string> RunSeededAsync(HttpClient client)
    {
        var run = await client.PostAsync($"/elsa/api/workflow-definitions/{Seeded}/execute",
            Json(new JsonObject { ["versionOptions"] = "Latest", ["input"] = new JsonObject { ["saksId"] = "sak-export" } }), Ct);
        Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        return Assert.Single(run.Headers.GetValues("x-elsa-workflow-instance-id"));
    }

    private static JsonObject NewModel(string definitionId, string description = "Test") => new()
    {
        ["id"] = "ignored", ["definitionId"] = definitionId, ["name"] = $"Elsa {definitionId}", ["description"] = description,
        ["version"] = 1, ["isLatest"] = true, ["isPublished"] = false, ["links"] = null, ["toolVersion"] = "3.8.0.0",
        ["variables"] = new JsonArray(), ["inputs"] = new JsonArray(), ["outputs"] = new JsonArray(), ["outcomes"] = new JsonArray(),
        ["customProperties"] = new JsonObject(), ["options"] = new JsonObject(),
        ["root"] = new JsonObject
        {
            ["id"] = "root", ["nodeId"] = "Workflow1:root", ["type"] = "Elsa.Flowchart", ["version"] = 1,
            ["activities"] = new JsonArray(new JsonObject { ["id"] = "a1", ["nodeId"] = "Workflow1:root:a1", ["name"] = "Start1", ["type"] = "Elsa.Start", ["version"] = 1 }),
            ["connections"] = new JsonArray(),
        },
    };

    private static async Task<JsonObject> SaveAsync(HttpClient client, JsonObject model, bool publish)
    {
        var response = await client.PostAsync("/elsa/api/workflow-definitions", Json(new JsonObject { ["model"] = model, ["publish"] = publish }), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        Assert.Equal(0, body["consumingWorkflowCount"]!.GetValue<int>());
        return body["workflowDefinition"]!.AsObject();
    }

    private static (int Version, bool IsPublished) Version(JsonObject definition) =>
        (definition["version"]!.GetValue<int>(), definition["isPublished"]!.GetValue<bool>());

    private static StringContent Json(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");
}

public sealed class SqliteElsaApiTests(SqliteHostFixture fixture) : ElsaApiTests(fixture), IClassFixture<SqliteHostFixture>;

public sealed class PostgreSqlElsaApiTests(PostgreSqlHostFixture fixture) : ElsaApiTests(fixture), IClassFixture<PostgreSqlHostFixture>;
