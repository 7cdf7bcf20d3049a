using System.Text.Json.Nodes;
using Velferd.Workflows.Core.Definitions;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Core.Stimuli;

namespace Velferd.Workflows.Testing.Contracts;

/// <summary>Rows for the store contracts: valid by default, with the detail a test cares about passed in.</summary>
public static class StoreData
{
    /// <summary>The instant the contract tests treat as now (whole seconds: every provider keeps them exactly).</summary>
    public static DateTimeOffset Now { get; } = new(2024, 3, 1, 15, 0, 0, TimeSpan.Zero);

    /// <summary>A time-ordered id stamped <paramref name="secondsAfterNow"/> seconds after <see cref="Now"/>.</summary>
    public static string IdAt(int secondsAfterNow) => Ids.New(Now.AddSeconds(secondsAfterNow));

    /// <summary>A definition version.</summary>
    public static WorkflowDefinition Definition(
        string definitionId, int version, bool isLatest = false, bool isPublished = false, string? name = null) => new()
        {
            Id = $"{definitionId}-v{version}",
            DefinitionId = definitionId,
            Version = version,
            IsLatest = isLatest,
            IsPublished = isPublished,
            Name = name ?? $"Forløp {definitionId}",
            Description = "Til kontraktstestene",
            CreatedAt = Now.AddMinutes(version),
            UpdatedAt = Now.AddMinutes(version).AddSeconds(30),
            Document = new JsonObject
            {
                ["variables"] = new JsonArray(new JsonObject { ["name"] = "sak", ["typeName"] = "String" }),
                ["root"] = new JsonObject { ["type"] = "Elsa.Flowchart", ["activities"] = new JsonArray() },
            },
        };

    /// <summary>A running instance that has never been saved.</summary>
    public static WorkflowInstance Instance(
        string? id = null, string definitionId = "bekymring", string? correlationId = null,
        WorkflowStatus status = WorkflowStatus.Running, WorkflowSubStatus subStatus = WorkflowSubStatus.Suspended, string? team = null, int version = 1) => new()
        {
            Id = id ?? IdAt(0),
            DefinitionId = definitionId,
            DefinitionVersionId = $"{definitionId}-v{version}",
            DefinitionVersion = version,
            Name = "Bekymring",
            CorrelationId = correlationId,
            Team = team,
            Status = status,
            SubStatus = subStatus,
            CreatedAt = Now,
            UpdatedAt = Now,
            State = new WorkflowState
            {
                Variables = { ["sak"] = JsonValue.Create("sak-17"), ["antall"] = JsonValue.Create(3) },
                Input = { ["kilde"] = JsonValue.Create("skole") },
                Incidents = { new Incident { Id = "incident-1", ActivityId = "hent", Message = "Tidsavbrudd", Timestamp = Now } },
                ExecutionSequence = 2,
            },
        };

    /// <summary>A bookmark on an event.</summary>
    public static Bookmark Bookmark(string? key = "Samtykke", string? correlationId = null, string name = "Elsa.Event", string? id = null) => new()
    {
        Id = id ?? Guid.NewGuid().ToString("N"),
        ActivityId = "vent",
        Name = name,
        Key = key,
        CorrelationId = correlationId,
        Payload = new JsonObject { ["frist"] = "2024-03-08" },
        CreatedAt = Now,
    };

    /// <summary>An execution-log entry.</summary>
    public static ActivityExecutionRecord LogEntry(string instanceId, long sequence) => new()
    {
        Id = Guid.NewGuid().ToString("N"),
        WorkflowInstanceId = instanceId,
        Sequence = sequence,
        ActivityId = $"steg-{sequence}",
        ActivityNodeId = $"flowchart:steg-{sequence}",
        ActivityType = "Elsa.WriteLine",
        ActivityName = $"Steg {sequence}",
        Status = ActivityExecutionStatus.Completed,
        Resumed = sequence > 1,
        Outcomes = ["Done"],
        Message = "Hei",
        Output = new JsonObject { ["tekst"] = "Hei" },
        StartedAt = Now.AddSeconds(sequence),
        CompletedAt = Now.AddSeconds(sequence + 1),
    };

    /// <summary>A pending stimulus to resume an instance.</summary>
    public static Stimulus Stimulus(string? idempotencyKey = null, DateTimeOffset? availableAt = null, string? id = null) => new()
    {
        Id = id ?? Guid.NewGuid().ToString("N"),
        Kind = StimulusKind.Resume,
        IdempotencyKey = idempotencyKey ?? Guid.NewGuid().ToString("N"),
        WorkflowInstanceId = "instans-1",
        BookmarkId = "bokmerke-1",
        CorrelationId = "sak-17",
        Payload = new JsonObject { ["utfall"] = "Godkjent" },
        CreatedAt = Now,
        AvailableAt = availableAt ?? Now,
    };
}
