namespace Velferd.Workflows.Activities.Folkeregister;

/// <summary>One holder of parental responsibility (foreldreansvar) for the person.</summary>
/// <param name="IdentityNumber">The holder's number.</param>
/// <param name="Kind">Folkeregisteret's <c>ansvar</c>: <c>felles</c>, <c>mor</c>, <c>far</c>, <c>medmor</c>, <c>andre</c>, …</param>
public sealed record ParentalResponsibility(string IdentityNumber, string Kind);
