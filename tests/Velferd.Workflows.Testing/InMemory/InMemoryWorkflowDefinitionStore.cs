using Velferd.Workflows.Core.Definitions;

namespace Velferd.Workflows.Testing.InMemory;

/// <summary>Definition versions in memory.</summary>
public sealed class InMemoryWorkflowDefinitionStore(InMemoryDatabase db) : IWorkflowDefinitionStore
{
    /// <inheritdoc />
    public Task<WorkflowDefinition?> FindAsync(string definitionId, VersionOptions options, CancellationToken cancellationToken)
    {
        lock (db.Gate)
        {
            var match = db.Definitions.Values
                .Where(d => d.DefinitionId == definitionId && options.Matches(d))
                .MaxBy(d => d.Version);
            return Task.FromResult(match is null ? null : InMemoryDatabase.Copy(match));
        }
    }

    /// <inheritdoc />
    public Task<WorkflowDefinition?> FindByVersionIdAsync(string id, CancellationToken cancellationToken)
    {
        lock (db.Gate)
        {
            return Task.FromResult(db.Definitions.TryGetValue(id, out var d) ? InMemoryDatabase.Copy(d) : null);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<WorkflowDefinition>> ListVersionsAsync(string definitionId, CancellationToken cancellationToken)
    {
        lock (db.Gate)
        {
            IReadOnlyList<WorkflowDefinition> versions = [.. db.Definitions.Values
                .Where(d => d.DefinitionId == definitionId).OrderByDescending(d => d.Version).Select(InMemoryDatabase.Copy)];
            return Task.FromResult(versions);
        }
    }

    /// <inheritdoc />
    public Task<DefinitionPage> ListAsync(DefinitionQuery query, CancellationToken cancellationToken)
    {
        lock (db.Gate)
        {
            var matches = db.Definitions.Values.Where(query.Versions.Matches);
            if (query.DefinitionIds is { Count: > 0 } ids)
            {
                matches = matches.Where(d => ids.Contains(d.DefinitionId));
            }

            if (!string.IsNullOrWhiteSpace(query.SearchTerm))
            {
                matches = matches.Where(d => d.Name.Contains(query.SearchTerm, StringComparison.OrdinalIgnoreCase));
            }

            var list = matches.ToList();
            Func<WorkflowDefinition, object> key = query.OrderBy switch
            {
                DefinitionOrder.Created => d => d.CreatedAt,
                DefinitionOrder.Version => d => d.Version,
                _ => d => d.Name,
            };
            var ordered = query.Descending ? list.OrderByDescending(key) : list.OrderBy(key);
            IReadOnlyList<WorkflowDefinition> page = [.. ordered.ThenBy(d => d.Id).Skip(query.Page * query.PageSize).Take(query.PageSize).Select(InMemoryDatabase.Copy)];
            return Task.FromResult(new DefinitionPage(page, list.Count));
        }
    }

    /// <inheritdoc />
    public Task SaveAsync(IReadOnlyList<WorkflowDefinition> versions, CancellationToken cancellationToken)
    {
        lock (db.Gate)
        {
            foreach (var version in versions)
            {
                db.Definitions[version.Id] = InMemoryDatabase.Copy(version);
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<int> DeleteAsync(string definitionId, CancellationToken cancellationToken)
    {
        lock (db.Gate)
        {
            var ids = db.Definitions.Values.Where(d => d.DefinitionId == definitionId).Select(d => d.Id).ToList();
            ids.ForEach(id => db.Definitions.Remove(id));
            return Task.FromResult(ids.Count);
        }
    }

    /// <inheritdoc />
    public Task<bool> DeleteVersionAsync(string id, CancellationToken cancellationToken)
    {
        lock (db.Gate)
        {
            return Task.FromResult(db.Definitions.Remove(id));
        }
    }

    /// <inheritdoc />
    public Task<bool> IsNameTakenAsync(string name, string? exceptDefinitionId, CancellationToken cancellationToken)
    {
        lock (db.Gate)
        {
            return Task.FromResult(db.Definitions.Values.Any(d =>
                d.DefinitionId != exceptDefinitionId && string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase)));
        }
    }
}
