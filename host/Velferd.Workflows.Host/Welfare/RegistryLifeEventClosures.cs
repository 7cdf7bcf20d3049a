using Velferd.Workflows.Activities.Folkeregister;
using Velferd.Workflows.Welfare.Cases;

namespace Velferd.Workflows.Host.Welfare;

/// <summary>
/// A Folkeregisteret event «moved» or «died» closes the child's open cases (R-60, <see cref="RegistryLifeEvents"/>);
/// each closing stores the resume of the pathways waiting for it in its own transaction (CaseClosing), as a closing
/// through the API does, so a running helsestasjon programme ends <c>FLYTTET</c> or <c>DØDSFALL</c>. Here in the host
/// because it alone sees both the feed's handlers (Activities) and the welfare domain.
/// </summary>
public sealed class RegistryLifeEventClosures(RegistryLifeEvents lifeEvents) : IFolkeregisterEventHandler
{
    /// <inheritdoc />
    public Task HandleAsync(FolkeregisterEvent folkeregisterEvent, CancellationToken cancellationToken) =>
        lifeEvents.HandleAsync(folkeregisterEvent.EventType, folkeregisterEvent.IdentityNumber, folkeregisterEvent.EventId, cancellationToken);
}
