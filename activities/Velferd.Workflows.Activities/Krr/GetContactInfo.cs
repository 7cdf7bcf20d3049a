using System.Text.Json.Nodes;
using Velferd.Workflows.Core.Identity;
using Velferd.Workflows.Core.Activities;
using Velferd.Workflows.Core.Outbox;

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
public sealed class GetContactInfo(IIdentityNumberValidator validator) : Activity<GetContactInfoInput, GetContactInfoOutput>
{
    /// <summary>Outcome: digital post is possible.</summary>
    public const string Digital = "Digital";

    /// <summary>Outcome: digital post is not possible.</summary>
    public const string NotDigital = "IkkeDigital";

    /// <summary>Outcome: the number fails the check digits.</summary>
    public const string InvalidNumber = "UgyldigFodselsnummer";

    /// <summary>Outcome: the call was given up after an incident.</summary>
    public const string Failed = "Feilet";

    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ExecuteAsync(GetContactInfoInput input, ActivityContext context, CancellationToken cancellationToken)
    {
        if (!validator.IsValid(input.IdentityNumber))
        {
            return Outcome(InvalidNumber);
        }

        var payload = new JsonObject { ["identityNumber"] = input.IdentityNumber };
        return ValueTask.FromResult(OutboxCalls.Call(context, KrrHttpClient.ServiceName, KrrOutboxHandler.GetContactOperation, payload));
    }

    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ResumeAsync(GetContactInfoInput input, ActivityContext context, CancellationToken cancellationToken)
    {
        var reply = context.ResumePayload;
        if (OutboxReplies.StatusOf(reply) != "found")
        {
            return Outcome(Failed);
        }

        var output = new GetContactInfoOutput
        {
            KrrStatus = reply?["krrStatus"]?.GetValue<string>(),
            IsReserved = reply?["isReserved"]?.GetValue<bool>() ?? false,
            HasDigitalMailbox = reply?["hasDigitalMailbox"]?.GetValue<bool>() ?? false,
        };
        return Outcome(reply?["canReceiveDigitalPost"]?.GetValue<bool>() == true ? Digital : NotDigital, output);
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
