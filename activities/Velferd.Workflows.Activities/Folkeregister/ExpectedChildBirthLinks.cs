using Velferd.Workflows.Welfare.Cases;

namespace Velferd.Workflows.Activities.Folkeregister;

/// <summary>
/// on Folkeregisteret's birth event the newborn's birth date, address protection, parents and holders of
/// parental responsibility are read from the register (the event names only the child), and every open case of an
/// expected child of those parents whose due date fits the birth is linked to the child's number
/// (<see cref="ExpectedChildBirths"/>), before any pathway bound to the event starts.
/// </summary>
/// <remarks>
/// The register is asked with keys made of the event's id, the same on every reading; a replayed event finds the cases
/// linked already and changes nothing. A newborn the register does not know (yet) links nothing.
/// </remarks>
public sealed class ExpectedChildBirthLinks(IFolkeregisterClient folkeregister, ExpectedChildBirths births) : IFolkeregisterEventHandler
{
    /// <summary>The event type Folkeregisteret uses for a birth in Norway.</summary>
    public const string EventType = "Foedsel";

    private static readonly string[] ParentRoles = ["mor", "far", "medmor"];

    /// <inheritdoc />
    public async Task HandleAsync(FolkeregisterEvent folkeregisterEvent, CancellationToken cancellationToken)
    {
        if (folkeregisterEvent.EventType != EventType)
        {
            return;
        }

        var number = folkeregisterEvent.IdentityNumber;
        var key = $"freg-hendelse/{folkeregisterEvent.EventId}";
        if (await folkeregister.FindPersonAsync(number, key, cancellationToken) is not { BirthDate: not null } child
            || await folkeregister.FindRelationsAsync(number, $"{key}/relasjoner", cancellationToken) is not { } relations)
        {
            return;
        }

        var holders = relations.ParentalResponsibility.Select(r => r.IdentityNumber).Distinct(StringComparer.Ordinal).ToList();
        var parents = relations.Relations.Where(r => ParentRoles.Contains(r.Role, StringComparer.Ordinal)).Select(r => r.IdentityNumber)
            .Concat(holders).ToHashSet(StringComparer.Ordinal);
        var born = new RegistryAnswer.Found(child.BirthDate, AddressProtectionMapping.ToWelfare(child.AddressProtection), holders);
        await births.LinkAsync(number, born, parents, folkeregisterEvent.EventId, cancellationToken);
    }
}
