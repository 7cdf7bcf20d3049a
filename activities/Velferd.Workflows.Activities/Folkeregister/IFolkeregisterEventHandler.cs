namespace Velferd.Workflows.Activities.Folkeregister;

/// <summary>
/// Something the engine itself does with a Folkeregisteret event before the pathways bound to it start (keeping what
/// is stored about a person in step with the register). Must be idempotent: an event may be read more than once.
/// </summary>
public interface IFolkeregisterEventHandler
{
    /// <summary>Acts on the event; an exception leaves it to be read again.</summary>
    Task HandleAsync(FolkeregisterEvent folkeregisterEvent, CancellationToken cancellationToken);
}
