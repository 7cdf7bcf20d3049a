namespace Velferd.Workflows.Activities.Folkeregister;

/// <summary>One family relation (familierelasjon).</summary>
/// <param name="IdentityNumber">The related person's number.</param>
/// <param name="Role">The related person's role: <c>mor</c>, <c>far</c>, <c>medmor</c>, <c>barn</c>, <c>ektefelle</c>, …</param>
public sealed record FamilyRelation(string IdentityNumber, string Role);
