using System.Text.Json.Nodes;
using Velferd.Workflows.Core.Expressions;

namespace Velferd.Workflows.Core.Runtime;

/// <summary>The running burst, as activities and expressions reach it.</summary>
internal interface IBurstScope : IExpressionScope
{
    DateTimeOffset Now { get; }

    string? TestRunBy { get; }

    void SetWorkflowOutput(string name, JsonNode? value);

    string? Team { get; }

    string? InstanceName { get; set; }

    void AddEffect(IBurstEffect effect);

    void AddStimulus(Stimuli.Stimulus stimulus);
}
