namespace Velferd.Workflows.Studio.Cases;

/// <summary>A stafettlogg entry as the case page lists it.</summary>
/// <param name="Kind">«Mål», «Tiltak», «Møte» or «Evaluering».</param>
/// <param name="Text">What was written.</param>
/// <param name="Detail">A measure's responsible service, due date and status; an evaluation's goal attainment.</param>
/// <param name="At">When, Oslo time.</param>
/// <param name="By">Who wrote it.</param>
public sealed record CaseLogRow(string Kind, string Text, string Detail, string At, string By);
