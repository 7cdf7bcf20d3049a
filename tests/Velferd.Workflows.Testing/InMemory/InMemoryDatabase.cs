using System.Text.Json;
using Velferd.Workflows.Core;
using Velferd.Workflows.Core.Definitions;
using Velferd.Workflows.Core.HumanTasks;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Core.Stimuli;

namespace Velferd.Workflows.Testing.InMemory;

/// <summary>
/// The in-memory stand-in for the database: rows copied in and out (never shared), and one lock so every commit is
/// atomic. The stores over it behave like the EF stores, which the same contract tests check.
/// </summary>
public sealed class InMemoryDatabase
{
    internal object Gate { get; } = new();

    internal Dictionary<string, WorkflowDefinition> Definitions { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, StoredInstance> Instances { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, (string InstanceId, Bookmark Bookmark)> Bookmarks { get; } = new(StringComparer.Ordinal);

    internal List<ActivityExecutionRecord> ExecutionLog { get; } = [];

    internal Dictionary<string, StoredStimulus> Stimuli { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, HumanTask> HumanTasks { get; } = new(StringComparer.Ordinal);

    internal List<HumanTaskHistoryEntry> HumanTaskHistory { get; } = [];

    internal static WorkflowInstance Copy(WorkflowInstance instance, long revision) => new()
    {
        Id = instance.Id,
        DefinitionId = instance.DefinitionId,
        DefinitionVersionId = instance.DefinitionVersionId,
        DefinitionVersion = instance.DefinitionVersion,
        Name = instance.Name,
        CorrelationId = instance.CorrelationId,
        Team = instance.Team,
        Status = instance.Status,
        SubStatus = instance.SubStatus,
        CreatedAt = instance.CreatedAt,
        UpdatedAt = instance.UpdatedAt,
        FinishedAt = instance.FinishedAt,
        Revision = revision,
        State = JsonSerializer.Deserialize<WorkflowState>(JsonSerializer.Serialize(instance.State, WorkflowJson.Options), WorkflowJson.Options)!,
    };

    internal static WorkflowDefinition Copy(WorkflowDefinition definition) =>
        definition with { Document = (System.Text.Json.Nodes.JsonObject)definition.Document.DeepClone() };

    internal sealed record StoredInstance(WorkflowInstance Instance);

    internal sealed record StoredStimulus(Stimulus Stimulus, string? Owner, string? ClaimToken, DateTimeOffset? LeaseExpiresAt);
}
