using Velferd.Workflows.Core.Definitions;

namespace Velferd.Workflows.Host.Hosting;

/// <summary>
/// Imports the pathways shipped with the host (embedded <c>Pathways/*.json</c>) on first start, published, so a
/// newcomer sees something real. A pathway that already exists is left as its process owner made it.
/// </summary>
public sealed class PathwaySeeder(WorkflowDefinitionService definitions, IWorkflowDefinitionStore store)
{
    /// <summary>Seeds what is missing; returns how many pathways were added.</summary>
    public async Task<int> SeedAsync(CancellationToken cancellationToken)
    {
        var assembly = typeof(PathwaySeeder).Assembly;
        var seeded = 0;
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.Contains(".Pathways.", StringComparison.Ordinal)).Order())
        {
            await using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            var parsed = WorkflowDefinitionJson.Parse(await reader.ReadToEndAsync(cancellationToken));
            var model = parsed.Model ?? throw new InvalidOperationException($"Seed pathway {resource} is not a valid definition.");
            if (model.DefinitionId is null || await store.FindAsync(model.DefinitionId, VersionOptions.Latest, cancellationToken) is not null)
            {
                continue;
            }

            var change = await definitions.SaveAsync(model, publish: true, cancellationToken);
            if (change.Definition is null)
            {
                throw new InvalidOperationException(
                    $"Seed pathway {resource} does not compile: {string.Join("; ", change.Errors!.ToDictionary().Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"))}");
            }

            seeded++;
        }

        return seeded;
    }
}
