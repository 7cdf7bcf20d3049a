namespace Velferd.Workflows.Host.Definitions;

/// <summary>A page of definition summaries.</summary>
public sealed record DefinitionList(IReadOnlyList<DefinitionSummary> Items, long TotalCount);
