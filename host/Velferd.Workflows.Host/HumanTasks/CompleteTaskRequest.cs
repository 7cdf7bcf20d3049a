using System.Text.Json.Nodes;

namespace Velferd.Workflows.Host.HumanTasks;

/// <summary>Completes a task: the chosen outcome and the form data by field key.</summary>
public sealed record CompleteTaskRequest(string? Outcome, JsonObject? Form);
