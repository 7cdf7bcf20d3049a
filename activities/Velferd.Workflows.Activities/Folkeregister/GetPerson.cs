using Velferd.Workflows.Activities.Outbox;
using Velferd.Workflows.Core.Activities;
using Velferd.Workflows.Core.Identity;

namespace Velferd.Workflows.Activities.Folkeregister;

/// <summary>
/// Looks a person up in Folkeregisteret (birth date, address protection, death) through the outbox, and waits for
/// the reply.
/// </summary>
/// <remarks>
/// Outcomes: <c>Funnet</c>; <c>IkkeFunnet</c> (HTTP 404: manual check, DOMAIN.md R-58); <c>UgyldigFodselsnummer</c>
/// (fails the R-57 check, nothing is sent); <c>Feilet</c> (the call became an incident and an operator gave it up).
/// A read, so repeating the call is harmless.
/// </remarks>
[Activity("Velferd.Folkeregister.HentPerson", Category = "Folkeregisteret", DisplayName = "Hent person",
    Description = "Henter fødselsdato, adressebeskyttelse og dødsfall fra Folkeregisteret.",
    Outcomes = [Found, NotFound, InvalidNumber, Failed])]
public sealed class GetPerson(IIdentityNumberValidator validator)
    : ServiceCallActivity<GetPersonInput, GetPersonOutput, GetPersonRequest, GetPersonReply>
{
    /// <summary>Outcome: the person was found.</summary>
    public const string Found = "Funnet";

    /// <summary>Outcome: Folkeregisteret does not know the number.</summary>
    public const string NotFound = "IkkeFunnet";

    /// <summary>Outcome: the number fails the check digits.</summary>
    public const string InvalidNumber = "UgyldigFodselsnummer";

    /// <inheritdoc />
    protected override string InvalidInputOutcome => InvalidNumber;

    /// <inheritdoc />
    protected override GetPersonRequest? RequestFor(GetPersonInput input) =>
        validator.IsValid(input.IdentityNumber) ? new GetPersonRequest(input.IdentityNumber!) : null;

    /// <inheritdoc />
    protected override ValueTask<ActivityResult> Resumed(GetPersonReply reply) => reply.Status switch
    {
        GetPersonReply.Found => Outcome(Found, new GetPersonOutput
        {
            BirthDate = reply.BirthDate,
            AddressProtection = reply.AddressProtection,
            IsDeceased = reply.IsDeceased,
        }),
        GetPersonReply.NotFound => Outcome(NotFound),
        _ => Outcome(Failed),
    };
}

/// <summary>Input of <see cref="GetPerson"/>.</summary>
public sealed record GetPersonInput
{
    /// <summary>The person's fødselsnummer or D-number.</summary>
    [Input(DisplayName = "Fødselsnummer", Description = "Fødselsnummer eller D-nummer (11 siffer).")]
    public string? IdentityNumber { get; init; }
}

/// <summary>Output of <see cref="GetPerson"/>.</summary>
public sealed record GetPersonOutput
{
    /// <summary>Birth date, <c>yyyy-MM-dd</c>.</summary>
    [Output(DisplayName = "Fødselsdato")]
    public string? BirthDate { get; init; }

    /// <summary><c>None</c>, <c>Confidential</c> or <c>StrictlyConfidential</c>.</summary>
    [Output(DisplayName = "Adressebeskyttelse")]
    public string? AddressProtection { get; init; }

    /// <summary>True when a death is registered.</summary>
    [Output(DisplayName = "Død")]
    public bool IsDeceased { get; init; }
}
