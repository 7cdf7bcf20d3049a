namespace Velferd.Workflows.Activities.Folkeregister;

/// <summary>
/// What the engine needs of Folkeregisteret's <c>relasjon-utvidet</c>: who is related to the person and who holds
/// parental responsibility (foreldreansvar) for them. Numbers only: no names or addresses.
/// </summary>
/// <param name="Relations">Family relations (parents, children, spouse).</param>
/// <param name="ParentalResponsibility">Who holds parental responsibility for the person (a child).</param>
public sealed record FolkeregisterRelations(
    IReadOnlyList<FamilyRelation> Relations,
    IReadOnlyList<ParentalResponsibility> ParentalResponsibility);

/// <summary>One family relation (familierelasjon).</summary>
/// <param name="IdentityNumber">The related person's number.</param>
/// <param name="Role">The related person's role: <c>mor</c>, <c>far</c>, <c>medmor</c>, <c>barn</c>, <c>ektefelle</c>, …</param>
public sealed record FamilyRelation(string IdentityNumber, string Role);

/// <summary>One holder of parental responsibility (foreldreansvar) for the person.</summary>
/// <param name="IdentityNumber">The holder's number.</param>
/// <param name="Kind">Folkeregisteret's <c>ansvar</c>: <c>felles</c>, <c>mor</c>, <c>far</c>, <c>medmor</c>, <c>andre</c>, …</param>
public sealed record ParentalResponsibility(string IdentityNumber, string Kind);
