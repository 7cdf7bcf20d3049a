using Velferd.Workflows.Activities.Outbox;
using Velferd.Workflows.Core.Identity;
using Velferd.Workflows.Core.Activities;

namespace Velferd.Workflows.Activities.Folkeregister;

/// <summary>
/// Looks up a person's family relations and who holds parental responsibility for them (Folkeregisteret
/// <c>relasjon-utvidet</c>) through the outbox, and waits for the reply. Used to find consent holders (DOMAIN.md
/// a child's consent is given by those with parental responsibility) and the parents to inform.
/// </summary>
/// <remarks>
/// Outcomes: <c>Funnet</c>; <c>IkkeFunnet</c> (HTTP 404); <c>UgyldigFodselsnummer</c> (fails the R-57 check, nothing
/// is sent); <c>Feilet</c> (the call became an incident and an operator gave it up). A read, so repeating the call is
/// harmless.
/// </remarks>
[Activity("Velferd.Folkeregister.HentRelasjoner", Category = "Folkeregisteret", DisplayName = "Hent relasjoner",
    Description = "Henter foreldre, barn og hvem som har foreldreansvar fra Folkeregisteret.",
    Outcomes = [Found, NotFound, InvalidNumber, Failed])]
public sealed class GetRelations(IIdentityNumberValidator validator)
    : ServiceCallActivity<GetRelationsInput, GetRelationsOutput, GetRelationsRequest, GetRelationsReply>
{
    /// <summary>Outcome: the person was found.</summary>
    public const string Found = "Funnet";

    /// <summary>Outcome: Folkeregisteret does not know the number.</summary>
    public const string NotFound = "IkkeFunnet";

    /// <summary>Outcome: the number fails the check digits.</summary>
    public const string InvalidNumber = "UgyldigFodselsnummer";

    private static readonly string[] ParentRoles = ["mor", "far", "medmor"];

    /// <inheritdoc />
    protected override string InvalidInputOutcome => InvalidNumber;

    /// <inheritdoc />
    protected override GetRelationsRequest? RequestFor(GetRelationsInput input) =>
        validator.IsValid(input.IdentityNumber) ? new GetRelationsRequest(input.IdentityNumber!) : null;

    /// <inheritdoc />
    protected override ValueTask<ActivityResult> Resumed(GetRelationsReply reply)
    {
        switch (reply.Status)
        {
            case GetPersonReply.Found:
                var relations = reply.Relations ?? [];
                var holders = reply.ParentalResponsibility ?? [];
                return Outcome(Found, new GetRelationsOutput
                {
                    Parents = [.. relations.Where(r => ParentRoles.Contains(r.Role)).Select(r => new RelatedParent(
                        r.IdentityNumber, r.Role, holders.Any(h => h.IdentityNumber == r.IdentityNumber)))],
                    Children = [.. relations.Where(r => r.Role == "barn").Select(r => r.IdentityNumber)],
                    ParentalResponsibilityHolders = [.. holders.Select(h => h.IdentityNumber).Distinct(StringComparer.Ordinal)],
                    ParentalResponsibility = holders.Select(h => h.Kind).Distinct(StringComparer.Ordinal).FirstOrDefault(),
                });
            case GetPersonReply.NotFound:
                return Outcome(NotFound);
            default:
                return Outcome(Failed);
        }
    }
}

/// <summary>Input of <see cref="GetRelations"/>.</summary>
public sealed record GetRelationsInput
{
    /// <summary>The person's fødselsnummer or D-number (usually a child's).</summary>
    [Input(DisplayName = "Fødselsnummer", Description = "Fødselsnummer eller D-nummer (11 siffer), som regel barnets.")]
    public string? IdentityNumber { get; init; }
}

/// <summary>Output of <see cref="GetRelations"/>.</summary>
public sealed record GetRelationsOutput
{
    /// <summary>The person's parents, each with whether they hold parental responsibility.</summary>
    [Output(DisplayName = "Foreldre")]
    public IReadOnlyList<RelatedParent> Parents { get; init; } = [];

    /// <summary>The person's children's numbers.</summary>
    [Output(DisplayName = "Barn")]
    public IReadOnlyList<string> Children { get; init; } = [];

    /// <summary>Numbers of those holding parental responsibility (the consent holders for a child, R-26).</summary>
    [Output(DisplayName = "Foreldreansvarlige")]
    public IReadOnlyList<string> ParentalResponsibilityHolders { get; init; } = [];

    /// <summary>Folkeregisteret's kind of responsibility (<c>felles</c>, <c>mor</c>, …), or null when nobody holds it.</summary>
    [Output(DisplayName = "Foreldreansvar")]
    public string? ParentalResponsibility { get; init; }
}

/// <summary>A parent in <see cref="GetRelationsOutput"/>.</summary>
/// <param name="IdentityNumber">The parent's number.</param>
/// <param name="Role"><c>mor</c>, <c>far</c> or <c>medmor</c>.</param>
/// <param name="HasParentalResponsibility">True when the parent holds parental responsibility.</param>
public sealed record RelatedParent(string IdentityNumber, string Role, bool HasParentalResponsibility);
