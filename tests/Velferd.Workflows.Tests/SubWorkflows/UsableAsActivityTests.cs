using System.Text.Json.Nodes;
using Velferd.Workflows.Core.SubWorkflows;

namespace Velferd.Workflows.Tests.SubWorkflows;

/// <summary>A definition used as an activity gets the type name Elsa gives it, and its options are read as Elsa writes them.</summary>
public sealed class UsableAsActivityTests
{
    [Theory]
    [InlineData("Vurder søknad", "VurderSøknad")]
    [InlineData("vurder_søknad om-hjelp", "VurderSøknadOmHjelp")]
    [InlineData("Kartlegging", "Kartlegging")]
    [InlineData("  to  mellomrom ", "ToMellomrom")]
    [InlineData("P3 melding", "P3Melding")]
    public void TypeNameOf_DefinitionName_IsItsWordsInPascalCase(string name, string typeName) =>
        Assert.Equal(typeName, UsableAsActivity.TypeNameOf(name));

    [Fact]
    public void Options_AsElsaWritesThem_AreRead()
    {
        var document = JsonNode.Parse("""
            {"options": {"usableAsActivity": true, "autoUpdateConsumingWorkflows": true, "activityCategory": "Vurderinger"},
             "inputs": [{"name": "Belop", "type": "Int32"}, {"type": "String"}], "outputs": [{"name": "Vedtak"}], "outcomes": ["Innvilget", "Avslått"]}
            """)!.AsObject();

        Assert.True(UsableAsActivity.IsUsable(document));
        Assert.True(UsableAsActivity.FollowsPublished(document));
        Assert.Equal("Vurderinger", UsableAsActivity.Category(document));
        Assert.Equal(["Belop"], UsableAsActivity.InputNames(document));
        Assert.Equal(["Innvilget", "Avslått"], UsableAsActivity.Outcomes(document));
    }

    [Theory]
    [InlineData("""{}""")]
    [InlineData("""{"options": null}""")]
    [InlineData("""{"options": []}""")]
    [InlineData("""{"options": {"usableAsActivity": "ja"}}""")]
    public void IsUsable_OptionsMissingOrMalformed_IsFalse(string json) =>
        Assert.False(UsableAsActivity.IsUsable(JsonNode.Parse(json)!.AsObject()));
}
