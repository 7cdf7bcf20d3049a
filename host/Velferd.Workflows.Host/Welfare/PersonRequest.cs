using Velferd.Workflows.Core;
using Velferd.Workflows.Welfare.Persons;

namespace Velferd.Workflows.Host.Welfare;

/// <summary>A person in a request (DOMAIN-API.md <c>Person</c>): exactly one of <c>fnr</c>, <c>dnr</c>, or <c>unborn</c> with <c>dueDate</c>.</summary>
/// <param name="Fnr">Fødselsnummer.</param>
/// <param name="Dnr">D-number.</param>
/// <param name="Unborn">True for an unborn child.</param>
/// <param name="DueDate">The unborn child's due date, <c>YYYY-MM-DD</c>.</param>
/// <param name="Name">The name.</param>
/// <param name="BirthDate">The Folkeregisteret birth date when the caller has it, <c>YYYY-MM-DD</c> (lets R-75 refuse at once).</param>
public sealed record PersonRequest(string? Fnr, string? Dnr, bool? Unborn, string? DueDate, string? Name, string? BirthDate)
{
    /// <summary>The domain input; unreadable dates become errors under <paramref name="field"/>.</summary>
    public PersonInput ToInput(string field, FieldErrors errors) => new(
        Fnr, Dnr, Unborn, DateField.Read(DueDate, $"{field}.dueDate", errors), Name, DateField.Read(BirthDate, $"{field}.birthDate", errors));
}
