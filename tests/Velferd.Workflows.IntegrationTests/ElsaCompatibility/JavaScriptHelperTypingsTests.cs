using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Velferd.Workflows.Testing.Host;

namespace Velferd.Workflows.IntegrationTests.ElsaCompatibility;

/// <summary>The designer's JavaScript editor is told about the helpers Elsa generates for the definition it edits.</summary>
public abstract class JavaScriptHelperTypingsTests(HostFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TypeDefinitions_DefinitionWithVariablesInputsAndOutputs_DeclareTheirHelpers()
    {
        var definition = Case("59-javascript-variable-helpers", "typings-hjelpere");
        definition["inputs"] = new JsonArray(new JsonObject { ["name"] = "navn", ["type"] = "String" });

        var typings = await ImportAndGetTypingsAsync(definition, "Elsa.RunJavaScript", "Script");

        Assert.Contains("declare function getTeller(): any;", typings, StringComparison.Ordinal);
        Assert.Contains("declare function setTeller(value: any): void;", typings, StringComparison.Ordinal);
        Assert.Contains("declare function setMinTekst(value: any): void;", typings, StringComparison.Ordinal);
        Assert.Contains("declare function getNavn(): any;", typings, StringComparison.Ordinal);
        Assert.Contains("declare function getResultFromRunJavaScript1(): any;", typings, StringComparison.Ordinal);
        Assert.Contains("declare function setCorrelationId(value: string | null): void;", typings, StringComparison.Ordinal);
        Assert.DoesNotContain("declare function getVariable(): any;", typings, StringComparison.Ordinal);
        Assert.DoesNotContain("getCurrentValue", typings, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TypeDefinitions_DefinitionWithALoop_DeclareTheLoopBodysHelpers()
    {
        var typings = await ImportAndGetTypingsAsync(Case("70-for-each", "typings-lokke"), "Elsa.WriteLine", "Text");

        Assert.Contains("declare function getCurrentValue(): any;", typings, StringComparison.Ordinal);
        Assert.Contains("declare function getCurrentIndex(): number;", typings, StringComparison.Ordinal);
    }

    // A suite case under another definition id, so the typings tests own their definitions.
    private static JsonObject Case(string name, string definitionId)
    {
        var definition = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "ElsaCompatibility", "Definitions", name + ".json")))!.AsObject();
        definition["definitionId"] = definitionId;
        return definition;
    }

    private async Task<string> ImportAndGetTypingsAsync(JsonObject definition, string activityTypeName, string propertyName)
    {
        var owner = await fixture.Host.ClientForAsync("kari.prosesseier");
        var imported = await owner.PostAsync("/elsa/api/workflow-definitions/import", new StringContent(definition.ToJsonString(), Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        var definitionId = definition["definitionId"]!.GetValue<string>();
        var answer = await owner.PostAsJsonAsync($"/elsa/api/scripting/javascript/type-definitions/{definitionId}",
            new { workflowDefinitionId = definitionId, activityTypeName, propertyName }, Ct);
        return await answer.Content.ReadAsStringAsync(Ct);
    }
}

/// <summary>The typings on SQLite.</summary>
public sealed class SqliteJavaScriptHelperTypingsTests(SqliteHostFixture fixture) : JavaScriptHelperTypingsTests(fixture), IClassFixture<SqliteHostFixture>;
