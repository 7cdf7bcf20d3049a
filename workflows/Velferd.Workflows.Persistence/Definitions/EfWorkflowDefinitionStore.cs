using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Velferd.Workflows.Core.Definitions;

namespace Velferd.Workflows.Persistence.Definitions;

/// <summary>Definition versions in the database.</summary>
public sealed class EfWorkflowDefinitionStore(WorkflowsDbContext db) : IWorkflowDefinitionStore
{
    /// <inheritdoc />
    public async Task<WorkflowDefinition?> FindAsync(string definitionId, VersionOptions options, CancellationToken cancellationToken)
    {
        var row = await Matching(db.Definitions.AsNoTracking().Where(d => d.DefinitionId == definitionId), options)
            .OrderByDescending(d => d.Version)
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : ToModel(row);
    }

    /// <inheritdoc />
    public async Task<WorkflowDefinition?> FindByVersionIdAsync(string id, CancellationToken cancellationToken)
    {
        var row = await db.Definitions.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        return row is null ? null : ToModel(row);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<WorkflowDefinition>> ListVersionsAsync(string definitionId, CancellationToken cancellationToken)
    {
        var rows = await db.Definitions.AsNoTracking().Where(d => d.DefinitionId == definitionId)
            .OrderByDescending(d => d.Version).ToListAsync(cancellationToken);
        return [.. rows.Select(ToModel)];
    }

    /// <inheritdoc />
    public async Task<DefinitionPage> ListAsync(DefinitionQuery query, CancellationToken cancellationToken)
    {
        var rows = Matching(db.Definitions.AsNoTracking(), query.Versions);
        if (query.DefinitionIds is { Count: > 0 } ids)
        {
            rows = rows.Where(d => ids.Contains(d.DefinitionId));
        }

        if (!string.IsNullOrWhiteSpace(query.SearchTerm))
        {
            // The search text is literal: % and _ are escaped, not wildcards.
            var escaped = query.SearchTerm.Trim().ToLowerInvariant().Replace("\\", "\\\\", StringComparison.Ordinal)
                .Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
            var term = $"%{escaped}%";
            rows = rows.Where(d => EF.Functions.Like(d.Name.ToLower(), term, "\\"));
        }

        var total = await rows.LongCountAsync(cancellationToken);
        rows = (query.OrderBy, query.Descending) switch
        {
            (DefinitionOrder.Created, false) => rows.OrderBy(d => d.CreatedAt).ThenBy(d => d.Id),
            (DefinitionOrder.Created, true) => rows.OrderByDescending(d => d.CreatedAt).ThenBy(d => d.Id),
            (DefinitionOrder.Version, false) => rows.OrderBy(d => d.Version).ThenBy(d => d.Id),
            (DefinitionOrder.Version, true) => rows.OrderByDescending(d => d.Version).ThenBy(d => d.Id),
            (_, false) => rows.OrderBy(d => d.Name).ThenBy(d => d.Id),
            (_, true) => rows.OrderByDescending(d => d.Name).ThenBy(d => d.Id),
        };
        var page = await rows.Skip(query.Page * query.PageSize).Take(query.PageSize).ToListAsync(cancellationToken);
        return new DefinitionPage([.. page.Select(ToModel)], total);
    }

    /// <inheritdoc />
    public async Task SaveAsync(IReadOnlyList<WorkflowDefinition> versions, CancellationToken cancellationToken)
    {
        var ids = versions.Select(v => v.Id).ToList();
        var existing = await db.Definitions.Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, cancellationToken);
        foreach (var version in versions)
        {
            if (existing.TryGetValue(version.Id, out var row))
            {
                Copy(version, row);
            }
            else
            {
                var added = new WorkflowDefinitionRow { Id = version.Id, DefinitionId = version.DefinitionId, Name = version.Name, DocumentJson = "" };
                Copy(version, added);
                db.Definitions.Add(added);
            }
        }

        // Publishing changes two rows (the new published version and the old one); both or neither.
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <inheritdoc />
    public Task<int> DeleteAsync(string definitionId, CancellationToken cancellationToken) =>
        db.Definitions.Where(d => d.DefinitionId == definitionId).ExecuteDeleteAsync(cancellationToken);

    /// <inheritdoc />
    public async Task<bool> DeleteVersionAsync(string id, CancellationToken cancellationToken) =>
        await db.Definitions.Where(d => d.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;

    /// <inheritdoc />
    public Task<bool> IsNameTakenAsync(string name, string? exceptDefinitionId, CancellationToken cancellationToken)
    {
        var lower = name.Trim().ToLowerInvariant();
        return db.Definitions.AnyAsync(d => d.Name.ToLower() == lower && d.DefinitionId != exceptDefinitionId, cancellationToken);
    }

    private static IQueryable<WorkflowDefinitionRow> Matching(IQueryable<WorkflowDefinitionRow> rows, VersionOptions options) => options.Name switch
    {
        "Latest" => rows.Where(d => d.IsLatest),
        "Published" => rows.Where(d => d.IsPublished),
        "LatestOrPublished" => rows.Where(d => d.IsLatest || d.IsPublished),
        "LatestAndPublished" => rows.Where(d => d.IsLatest && d.IsPublished),
        "Draft" => rows.Where(d => !d.IsPublished),
        "AllVersions" => rows,
        _ => rows.Where(d => d.Version == options.Version),
    };

    private static void Copy(WorkflowDefinition from, WorkflowDefinitionRow to)
    {
        to.DefinitionId = from.DefinitionId;
        to.Version = from.Version;
        to.IsLatest = from.IsLatest;
        to.IsPublished = from.IsPublished;
        to.Name = from.Name;
        to.Description = from.Description;
        to.CreatedAt = from.CreatedAt;
        to.UpdatedAt = from.UpdatedAt;
        to.DocumentJson = from.Document.ToJsonString();
    }

    private static WorkflowDefinition ToModel(WorkflowDefinitionRow row) => new()
    {
        Id = row.Id,
        DefinitionId = row.DefinitionId,
        Version = row.Version,
        IsLatest = row.IsLatest,
        IsPublished = row.IsPublished,
        Name = row.Name,
        Description = row.Description,
        CreatedAt = row.CreatedAt,
        UpdatedAt = row.UpdatedAt,
        Document = JsonNode.Parse(row.DocumentJson) as JsonObject ?? [],
    };
}
