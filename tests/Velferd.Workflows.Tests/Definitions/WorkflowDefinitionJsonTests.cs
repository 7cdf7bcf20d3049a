using System.Text.Json.Nodes;
using Velferd.Workflows.Core.Definitions;
using Velferd.Workflows.Testing.Builders;

namespace Velferd.Workflows.Tests.Definitions;

public sealed class WorkflowDefinitionJsonTests
{
    [Fact]
    public void ToJson_AfterParse_KeepsUnknownPropertiesAndDesignerMetadata()
    {
        var json = new FlowchartBuilder("Bekymring")
            .Activity("start", "Elsa.Start")
            .Activity("log", "Elsa.WriteLine", ("text", Expr.Literal("Hei")))
            .Chain("start", "log")
            .BuildJson();
        json["futureProperty"] = new JsonObject { ["nested"] = new JsonArray(1, 2, 3) };
        json["root"]!["activities"]![1]!["metadata"]!["designer"]!["size"] = new JsonObject { ["width"] = 180, ["height"] = 54.5 };
        json["root"]!["activities"]![1]!["customProperties"] = new JsonObject { ["canStartWorkflow"] = false, ["x-velferd"] = "beholdes" };

        var model = WorkflowDefinitionJson.Parse(json.ToJsonString()).Model!;
        var written = WorkflowDefinitionJson.ToJson(new WorkflowDefinition
        {
            Id = "v1", DefinitionId = "d1", Version = 1, IsLatest = true, Name = model.Name, Description = model.Description, Document = model.Document,
        });

        foreach (var (key, value) in json)
        {
            Assert.True(JsonNode.DeepEquals(value, written[key]), $"Property '{key}' changed in the round trip.");
        }
    }

    [Fact]
    public void Parse_BadJson_ReportsAFieldErrorWithThePosition()
    {
        var result = WorkflowDefinitionJson.Parse("{\"name\": \"x\", \"root\": [}");

        Assert.Null(result.Model);
        var error = Assert.Single(result.Errors!.ToDictionary());
        Assert.Equal("$", error.Key);
        Assert.Contains("not valid JSON at line 1", error.Value[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MissingName_ReportsTheNameField()
    {
        var result = WorkflowDefinitionJson.Parse("{\"root\": null}");

        Assert.Equal(["A definition needs a name."], result.Errors!.ToDictionary()["name"]);
    }

    [Theory]
    [InlineData("p1/bekymring")]
    [InlineData("p1?versjon=2")]
    [InlineData("p1#start")]
    [InlineData("p1 bekymring")]
    [InlineData("..")]
    [InlineData("p1%2Fbekymring")]
    public void Parse_DefinitionIdThatCannotBeAUrlSegment_IsRefusedOnTheField(string definitionId)
    {
        var result = WorkflowDefinitionJson.FromJson(new JsonObject { ["definitionId"] = definitionId, ["name"] = "Bekymring" });

        Assert.Null(result.Model);
        Assert.Contains("only letters, digits", Assert.Single(result.Errors!.ToDictionary()["definitionId"]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("p2-tidlig-innsatsteam")]
    [InlineData("bærum_p1.v2")]
    [InlineData("3f2a9c0e4b1d4e7a9c0e4b1d4e7a9c0e")]
    public void Parse_DefinitionIdOfLettersDigitsDashesAndDots_IsKept(string definitionId)
    {
        var result = WorkflowDefinitionJson.FromJson(new JsonObject { ["definitionId"] = definitionId, ["name"] = "Bekymring" });

        Assert.Equal(definitionId, result.Model!.DefinitionId);
    }

    [Theory]
    [InlineData("Latest", true, false, true)]
    [InlineData("Published", false, true, true)]
    [InlineData("Published", true, false, false)]
    [InlineData("Draft", true, false, true)]
    [InlineData("3", false, false, true)]
    [InlineData("4", false, false, false)]
    public void VersionOptions_Matches_FollowsElsasMeaning(string option, bool isLatest, bool isPublished, bool expected)
    {
        Assert.True(VersionOptions.TryParse(option, out var options));
        var definition = new WorkflowDefinition
        {
            Id = "x", DefinitionId = "d", Version = 3, IsLatest = isLatest, IsPublished = isPublished, Name = "n", Document = [],
        };

        Assert.Equal(expected, options.Matches(definition));
    }

    [Fact]
    public void VersionOptions_TryParse_RefusesUnknownNames()
    {
        Assert.False(VersionOptions.TryParse("Newest", out _));
    }
}
