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
        var owner = await fixture.Host.ClientForAsync("kari.prosesseier");
        var definition = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "ElsaCompatibility", "Definitions", "59-javascript-variable-helpers.json")))!.AsObject();
        definition["definitionId"] = "typings-hjelpere";
        definition["inputs"] = new JsonArray(new JsonObject { ["name"] = "navn", ["type"] = "String" });
        var imported = await owner.PostAsync("/elsa/api/workflow-definitions/import", new StringContent(definition.ToJsonString(), Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);

        var typings = await (await owner.PostAsJsonAsync("/elsa/api/scripting/javascript/type-definitions/typings-hjelpere",
            new { workflowDefinitionId = "typings-hjelpere", activityTypeName = "Elsa.RunJavaScript", propertyName = "Script" }, Ct)).Content.ReadAsStringAsync(Ct);

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
        var owner = await fixture.Host.ClientForAsync("kari.prosesseier");
        var definition = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "ElsaCompatibility", "Definitions", "70-for-each.json")))!.AsObject();
        definition["definitionId"] = "typings-lokke";
        var imported = await owner.PostAsync("/elsa/api/workflow-definitions/import", new StringContent(definition.ToJsonString(), Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);

        var typings = await (await owner.PostAsJsonAsync("/elsa/api/scripting/javascript/type-definitions/typings-lokke",
            new { workflowDefinitionId = "typings-lokke", activityTypeName = "Elsa.WriteLine", propertyName = "Text" }, Ct)).Content.ReadAsStringAsync(Ct);

        Assert.Contains("declare function getCurrentValue(): any;", typings, StringComparison.Ordinal);
        Assert.Contains("declare function getCurrentIndex(): number;", typings, StringComparison.Ordinal);
    }
}

/// <summary>The typings on SQLite.</summary>
public sealed class SqliteJavaScriptHelperTypingsTests(SqliteHostFixture fixture) : JavaScriptHelperTypingsTests(fixture), IClassFixture<SqliteHostFixture>;
