using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Core.Definitions;
using Velferd.Workflows.Testing;
using Velferd.Workflows.Testing.Builders;

namespace Velferd.Workflows.Tests.Definitions;

public sealed class WorkflowBlueprintCompilerTests
{
    private static IDictionary<string, string[]> Validate(FlowchartBuilder builder)
    {
        using var scope = WorkflowTestHost.Create().Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<WorkflowDefinitionService>().Validate(builder.Build()).ToDictionary();
    }

    [Fact]
    public void Validate_UnknownActivityType_NamesTheTypeAndWhereItIs()
    {
        var errors = Validate(new FlowchartBuilder("x").Activity("start", "Elsa.Start").Activity("mail", "Acme.SendEmail"));

        Assert.Equal(["Unknown activity type 'Acme.SendEmail' (activity 'mail')."], errors["root.activities[1].type"]);
    }

    [Fact]
    public void Validate_DanglingConnection_PointsAtTheConnection()
    {
        var errors = Validate(new FlowchartBuilder("x").Activity("start", "Elsa.Start").Connect("start", "nowhere"));

        Assert.Equal(["The connection points to 'nowhere', but no activity has that id."], errors["root.connections[0].target.activity"]);
    }

    [Fact]
    public void Validate_DuplicateActivityIds_AreRefused()
    {
        var errors = Validate(new FlowchartBuilder("x").Activity("a", "Elsa.Start").Activity("a", "Elsa.End"));

        Assert.Equal(["Activity id 'a' is used more than once."], errors["root.activities[1].id"]);
    }

    [Fact]
    public void Validate_RequiredInputMissing_NamesTheActivityAndTheInput()
    {
        var errors = Validate(new FlowchartBuilder("x").Activity("start", "Elsa.Start").Activity("vent", "Elsa.Event"));

        Assert.Equal(["Aktiviteten «vent» (Vent på hendelse): «Hendelsesnavn» må fylles ut."], errors["root.activities[1].eventName"]);
    }

    [Fact]
    public void Validate_RequiredInputBlankLiteral_IsRefused()
    {
        var errors = Validate(new FlowchartBuilder("x").Activity("vent", "Elsa.Event", ("eventName", Expr.Literal("  "))));

        Assert.Single(errors["root.activities[0].eventName"]);
    }

    [Fact]
    public void Validate_RequiredInputAsAnExpression_IsAccepted()
    {
        var errors = Validate(new FlowchartBuilder("x").Activity("d", "Elsa.FlowDecision", ("condition", Expr.JavaScript("true", "Boolean"))));

        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_JavaScriptSyntaxError_IsReportedOnTheInput()
    {
        var errors = Validate(new FlowchartBuilder("x")
            .Activity("d", "Elsa.FlowDecision", ("condition", Expr.JavaScript("1 +* 2", "Boolean"))));

        Assert.StartsWith("JavaScript syntax error:", Assert.Single(errors["root.activities[0].condition.expression.value"]), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_LiteralOfTheWrongType_IsReportedOnTheInput()
    {
        var errors = Validate(new FlowchartBuilder("x")
            .Activity("d", "Elsa.FlowDecision", ("condition", Expr.Literal("kanskje", "Boolean"))));

        Assert.Contains("'\"kanskje\"' is not a valid value", Assert.Single(errors["root.activities[0].condition"]), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnknownVariableAndExpressionType_AreBothReported()
    {
        var errors = Validate(new FlowchartBuilder("x")
            .Activity("log", "Elsa.WriteLine", ("text", Expr.Variable("Missing")))
            .Activity("log2", "Elsa.WriteLine", ("text", Expr.Wrap("String", "Liquid", JsonValue.Create("{{ x }}")))));

        Assert.Equal(["No variable named 'Missing'."], errors["root.activities[0].text.expression.value"]);
        Assert.StartsWith("Unknown expression type 'Liquid'", errors["root.activities[1].text.expression.type"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RootThatIsNotAFlowchart_IsRefused()
    {
        var json = new FlowchartBuilder("x").BuildJson();
        json["root"]!["type"] = "Elsa.Sequence";

        using var scope = WorkflowTestHost.Create().Services.CreateScope();
        var errors = scope.ServiceProvider.GetRequiredService<WorkflowDefinitionService>()
            .Validate(WorkflowDefinitionJson.FromJson(json).Model!).ToDictionary();

        Assert.Equal(["The root activity must be of type 'Elsa.Flowchart', not 'Elsa.Sequence'."], errors["root.type"]);
    }

    [Fact]
    public void Validate_NewlyDroppedActivityWithoutInputs_IsValid()
    {
        var errors = Validate(new FlowchartBuilder("x").Activity("start", "Elsa.Start").Activity("log", "Elsa.WriteLine").Chain("start", "log"));

        Assert.Empty(errors);
    }
}
