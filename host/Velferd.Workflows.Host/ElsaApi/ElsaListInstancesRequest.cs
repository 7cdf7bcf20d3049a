namespace Velferd.Workflows.Host.ElsaApi;

/// <summary>The instance list's query (Elsa's <c>ListWorkflowInstancesRequest</c>, the fields we filter on).</summary>
public sealed record ElsaListInstancesRequest
{
    /// <summary>Zero-based page.</summary>
    public int? Page { get; init; }

    /// <summary>Page size.</summary>
    public int? PageSize { get; init; }

    /// <summary>Only this definition.</summary>
    public string? DefinitionId { get; init; }

    /// <summary>Only these definitions (one is supported).</summary>
    public IReadOnlyList<string>? DefinitionIds { get; init; }

    /// <summary>Only this case.</summary>
    public string? CorrelationId { get; init; }

    /// <summary>Only these statuses (one is supported).</summary>
    public IReadOnlyList<string>? Statuses { get; init; }

    /// <summary>Only these sub-statuses (one is supported).</summary>
    public IReadOnlyList<string>? SubStatuses { get; init; }
}
