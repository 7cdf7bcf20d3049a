namespace Velferd.Workflows.Activities.Folkeregister;

/// <summary>What the engine needs of Folkeregisteret's <c>person-basis</c>: birth date, protection and death. No name or address.</summary>
/// <param name="BirthDate">The birth date (age milestones, DOMAIN.md §3.5).</param>
/// <param name="AddressProtection">The address protection .</param>
/// <param name="IsDeceased">True when a death is registered (R-60: close, stop letters).</param>
public sealed record FolkeregisterPerson(DateOnly? BirthDate, AddressProtection AddressProtection, bool IsDeceased);
