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
