namespace Velferd.Workflows.Welfare.Letters;

/// <summary>A letter as <c>POST /api/cases/{id}/letters</c> writes it.</summary>
/// <param name="PersonId">The recipient, one of the case's persons.</param>
/// <param name="Kind"><c>vedtak</c> or <c>informasjon</c>.</param>
/// <param name="Title">The title (no names or numbers).</param>
/// <param name="Body">The text.</param>
/// <param name="Reasons">A decision's reasons (required for <c>vedtak</c>, R-70).</param>
/// <param name="AppealInformation">A decision's appeal information (required for <c>vedtak</c>, R-70).</param>
public sealed record LetterInput(string? PersonId, string? Kind, string? Title, string? Body, string? Reasons, string? AppealInformation);
