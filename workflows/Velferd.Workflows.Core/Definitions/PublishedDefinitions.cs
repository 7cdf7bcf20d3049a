using System.Runtime.CompilerServices;

namespace Velferd.Workflows.Core.Definitions;

/// <summary>
/// The published version of every pathway, read a page at a time: for the readers that look through all of them for
/// the ones a start reaches (outside events, requests under <c>/workflows/</c>, timer triggers) without loading every
/// definition at once.
/// </summary>
public static class PublishedDefinitions
{
    /// <summary>How many versions one read of the store brings.</summary>
    public const int PageSize = 200;

    /// <summary>Every published version, by name.</summary>
    public static async IAsyncEnumerable<WorkflowDefinition> EnumeratePublishedAsync(
        this IWorkflowDefinitionStore store, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var page = 0; ; page++)
        {
            var result = await store.ListAsync(
                new DefinitionQuery { Versions = VersionOptions.Published, OrderBy = DefinitionOrder.Name, Page = page, PageSize = PageSize },
                cancellationToken);
            foreach (var definition in result.Items)
            {
                yield return definition;
            }

            if (result.Items.Count < PageSize)
            {
                yield break;
            }
        }
    }
}
