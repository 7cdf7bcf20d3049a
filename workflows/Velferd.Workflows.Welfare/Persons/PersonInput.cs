namespace Velferd.Workflows.Welfare.Persons;

/// <summary>
/// A person as a caller names one (DOMAIN-API.md <c>Person</c>): exactly one of <see cref="Fnr"/>, <see cref="Dnr"/>,
/// or <see cref="Unborn"/> with <see cref="DueDate"/>.
/// </summary>
/// <param name="Fnr">Fødselsnummer.</param>
/// <param name="Dnr">D-number.</param>
/// <param name="Unborn">True for an unborn child.</param>
/// <param name="DueDate">The unborn child's due date.</param>
/// <param name="Name">The name as the caller knows it (shown to the case's team, never logged).</param>
/// <param name="BirthDate">
/// The birth date as registered in Folkeregisteret, when the caller already has it; lets the target-group rule
/// refuse a case at once. Folkeregisteret's own answer replaces it when it arrives.
/// </param>
public sealed record PersonInput(
    string? Fnr = null,
    string? Dnr = null,
    bool? Unborn = null,
    DateOnly? DueDate = null,
    string? Name = null,
    DateOnly? BirthDate = null);
