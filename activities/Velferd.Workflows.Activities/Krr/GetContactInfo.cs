using Velferd.Workflows.Activities.Outbox;
using Velferd.Workflows.Core.Activities;
using Velferd.Workflows.Core.Identity;

namespace Velferd.Workflows.Activities.Krr;

/// <summary>Asks KRR whether a person can get digital post (status, reservation, mailbox), through the outbox.</summary>
/// <remarks>
/// Outcomes: <c>Digital</c> (active, not reserved, has a mailbox), <c>IkkeDigital</c> (reserved, no mailbox, not
/// active or unknown: letters go to print, DOMAIN.md R-70), <c>UgyldigFodselsnummer</c>, <c>Feilet</c>. A read, so
/// repeating it is harmless.
/// </remarks>
[Activity("Velferd.Krr.HentKontaktinfo", Category = "Kontakt- og reservasjonsregisteret", DisplayName = "Hent kontaktinformasjon",
    Description = "Sjekker i KRR om personen kan motta digital post eller er reservert.",
    Outcomes = [Digital, NotDigital, InvalidNumber, Failed])]
public sealed class GetContactInfo(IIdentityNumberValidator validator)
    : ServiceCallActivity<GetContactInfoInput, GetContactInfoOutput, GetContactRequest, GetContactReply>
{
    /// <summary>Outcome: digital post is possible.</summary>
    public const string Digital = "Digital";

    /// <summary>Outcome: digital post is not possible.</summary>
    public const string NotDigital = "IkkeDigital";

    /// <summary>Outcome: the number fails the check digits.</summary>
    public const string InvalidNumber = "UgyldigFodselsnummer";

    /// <inheritdoc />
    protected override string InvalidInputOutcome => InvalidNumber;

    /// <inheritdoc />
    protected override GetContactRequest? RequestFor(GetContactInfoInput input) =>
        validator.IsValid(input.IdentityNumber) ? new GetContactRequest(input.IdentityNumber!) : null;

    /// <inheritdoc />
    protected override ValueTask<ActivityResult> Resumed(GetContactReply reply)
    {
        if (reply.Status != GetContactReply.Found)
        {
            return Outcome(Failed);
        }

        var output = new GetContactInfoOutput
        {
            KrrStatus = reply.KrrStatus,
            IsReserved = reply.IsReserved,
            HasDigitalMailbox = reply.HasDigitalMailbox,
        };
        return Outcome(reply.CanReceiveDigitalPost ? Digital : NotDigital, output);
    }
}

/// <summary>Input of <see cref="GetContactInfo"/>.</summary>
public sealed record GetContactInfoInput
{
    /// <summary>The person's fødselsnummer or D-number.</summary>
    [Input(DisplayName = "Fødselsnummer", Description = "Fødselsnummer eller D-nummer (11 siffer).")]
    public string? IdentityNumber { get; init; }
}

/// <summary>Output of <see cref="GetContactInfo"/>.</summary>
public sealed record GetContactInfoOutput
{
    /// <summary><c>Active</c>, <c>Deleted</c>, <c>NotRegistered</c> or <c>Unknown</c>.</summary>
    [Output(DisplayName = "Status i KRR")]
    public string? KrrStatus { get; init; }

    /// <summary>True when the person has reserved against digital communication.</summary>
    [Output(DisplayName = "Reservert")]
    public bool IsReserved { get; init; }

    /// <summary>True when the person has a digital mailbox.</summary>
    [Output(DisplayName = "Har digital postkasse")]
    public bool HasDigitalMailbox { get; init; }
}
