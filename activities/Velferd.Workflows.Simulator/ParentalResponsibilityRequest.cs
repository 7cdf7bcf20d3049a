namespace Velferd.Workflows.Simulator;

/// <summary>A request to change who holds parental responsibility for a child (appends a <c>Foreldreansvar</c> feed event).</summary>
/// <param name="Folkeregisteridentifikator">The child's number.</param>
/// <param name="Foreldreansvarlige">The numbers of the holders from now on.</param>
public sealed record ParentalResponsibilityRequest(string Folkeregisteridentifikator, IReadOnlyList<string> Foreldreansvarlige);
