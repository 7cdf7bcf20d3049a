using Velferd.Workflows.Core.Expressions;

namespace Velferd.Workflows.Tests.Runtime;

/// <summary>The JavaScript helpers get the names Elsa gives them, and never hide a fixed function.</summary>
public sealed class ScriptHelpersTests
{
    [Theory]
    [InlineData("teller", "getTeller", "setTeller")]
    [InlineData("min tekst", "getMinTekst", "setMinTekst")]
    [InlineData("saks_id", "getSaksId", "setSaksId")]
    [InlineData("Beløp", "getBeløp", "setBeløp")]
    public void GetterAndSetter_VariableName_AreElsasNames(string name, string getter, string setter) =>
        Assert.Equal((getter, setter), (ScriptHelpers.Getter(name), ScriptHelpers.Setter(name)));

    [Fact]
    public void OutputGetter_OutputOfANamedActivity_IsGetOutputFromActivity() =>
        Assert.Equal("getResultFromBeregnSum", ScriptHelpers.OutputGetter("Result", "beregn sum"));

    [Theory]
    [InlineData("getVariable", false)]
    [InlineData("getInput", false)]
    [InlineData("setCorrelationId", false)]
    [InlineData("get", false)]
    [InlineData("getA.b", false)]
    [InlineData("getTeller", true)]
    public void MayGenerate_FixedOrInvalidNames_AreRefused(string function, bool allowed) =>
        Assert.Equal(allowed, ScriptHelpers.MayGenerate(function));
}
