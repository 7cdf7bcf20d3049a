namespace Velferd.Workflows.Core.Definitions;

/// <summary>Definition versions.</summary>
public interface IWorkflowDefinitionStore
{
    /// <summary>The highest version of a definition that satisfies <paramref name="options"/>, or null.</summary>
    Task<WorkflowDefinition?> FindAsync(string definitionId, VersionOptions options, CancellationToken cancellationToken);

    /// <summary>A version by its own id, or null.</summary>
    Task<WorkflowDefinition?> FindByVersionIdAsync(string id, CancellationToken cancellationToken);

    /// <summary>Every version of a definition, newest first.</summary>
    Task<IReadOnlyList<WorkflowDefinition>> ListVersionsAsync(string definitionId, CancellationToken cancellationToken);

    /// <summary>One page of definition versions that satisfy the query.</summary>
    Task<DefinitionPage> ListAsync(DefinitionQuery query, CancellationToken cancellationToken);

    /// <summary>Inserts or updates versions in one transaction (a publish changes two rows at once).</summary>
    Task SaveAsync(IReadOnlyList<WorkflowDefinition> versions, CancellationToken cancellationToken);

    /// <summary>Deletes every version of a definition; returns how many.</summary>
    Task<int> DeleteAsync(string definitionId, CancellationToken cancellationToken);

    /// <summary>Deletes one version; returns whether it existed.</summary>
    Task<bool> DeleteVersionAsync(string id, CancellationToken cancellationToken);

    /// <summary>True when another definition already has this name.</summary>
    Task<bool> IsNameTakenAsync(string name, string? exceptDefinitionId, CancellationToken cancellationToken);
}

/// <summary>Filters and paging for listing definitions.</summary>
public sealed record DefinitionQuery
{
    /// <summary>Which versions.</summary>
    public VersionOptions Versions { get; init; } = VersionOptions.Latest;

    /// <summary>Only these definitions.</summary>
    public IReadOnlyList<string>? DefinitionIds { get; init; }

    /// <summary>Only names containing this text.</summary>
    public string? SearchTerm { get; init; }

    /// <summary>Sort key.</summary>
    public DefinitionOrder OrderBy { get; init; } = DefinitionOrder.Name;

    /// <summary>Sort direction.</summary>
    public bool Descending { get; init; }

    /// <summary>Zero-based page.</summary>
    public int Page { get; init; }

    /// <summary>Page size.</summary>
    public int PageSize { get; init; } = 50;
}

/// <summary>Sort keys for definitions.</summary>
public enum DefinitionOrder
{
    /// <summary>By name.</summary>
    Name,

    /// <summary>By creation time.</summary>
    Created,

    /// <summary>By version.</summary>
    Version,
}

/// <summary>A page of definition versions.</summary>
/// <param name="Items">The versions.</param>
/// <param name="TotalCount">How many match.</param>
public sealed record DefinitionPage(IReadOnlyList<WorkflowDefinition> Items, long TotalCount);
