namespace Velferd.Workflows.Welfare.Reports;

/// <summary>A reviewed melding and, for «undersok», the investigation it opens.</summary>
/// <param name="Report">The melding after review.</param>
/// <param name="Investigation">The new investigation, or null when closed.</param>
public sealed record ReviewDecision(ConcernReport Report, Investigation? Investigation);
