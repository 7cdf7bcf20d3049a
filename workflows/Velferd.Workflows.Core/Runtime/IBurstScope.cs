using System.Text.Json.Nodes;
using Velferd.Workflows.Core.Expressions;

namespace Velferd.Workflows.Core.Runtime;

/// <summary>The running burst, as activities and expressions reach it.</summary>
internal interface IBurstScope : IExpressionScope
{
    new string? CorrelationId { get; set; }

    DateTimeOffset Now { get; }

    string? TestRunBy { get; }

    WorkflowBlueprint Blueprint { get; }

    void SetWorkflowOutput(string name, JsonNode? value);

    string? Team { get; }

    void AddEffect(IBurstEffect effect);

    void AddStimulus(Stimuli.Stimulus stimulus);
}
