using Velferd.Workflows.Core.Runtime;

namespace Velferd.Workflows.Core.Definitions;

/// <summary>
/// Something that acts on a pathway's published version (its timer triggers): checks each version that is saved, and
/// is told when the published version changes (published, retracted, deleted).
/// </summary>
public interface IPublicationListener
{
    /// <summary>Adds what it cannot accept in <paramref name="blueprint"/> to <paramref name="errors"/>; nothing is stored then.</summary>
    void Check(WorkflowBlueprint blueprint, FieldErrors errors);

    /// <summary>The definition's published version changed (or it has none now).</summary>
    Task PublishedVersionChangedAsync(string definitionId, CancellationToken cancellationToken);
}
