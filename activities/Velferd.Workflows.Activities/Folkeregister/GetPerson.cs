using System.Globalization;
using System.Text.Json.Nodes;
using Velferd.Workflows.Core.Identity;
using Velferd.Workflows.Core.Activities;
using Velferd.Workflows.Core.Outbox;

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
public sealed class GetPerson(IIdentityNumberValidator validator) : Activity<GetPersonInput, GetPersonOutput>
{
    /// <summary>Outcome: the person was found.</summary>
    public const string Found = "Funnet";

    /// <summary>Outcome: Folkeregisteret does not know the number.</summary>
    public const string NotFound = "IkkeFunnet";

    /// <summary>Outcome: the number fails the check digits.</summary>
    public const string InvalidNumber = "UgyldigFodselsnummer";

    /// <summary>Outcome: the call was given up after an incident.</summary>
    public const string Failed = "Feilet";

    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ExecuteAsync(GetPersonInput input, ActivityContext context, CancellationToken cancellationToken)
    {
        if (!validator.IsValid(input.IdentityNumber))
        {
            return Outcome(InvalidNumber);
        }

        var payload = new JsonObject { ["identityNumber"] = input.IdentityNumber };
        return ValueTask.FromResult(OutboxCalls.Call(context, FolkeregisterHttpClient.ServiceName, FolkeregisterOutboxHandler.GetPersonOperation, payload));
    }

    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ResumeAsync(GetPersonInput input, ActivityContext context, CancellationToken cancellationToken)
    {
        var reply = context.ResumePayload;
        return OutboxReplies.StatusOf(reply) switch
        {
            "found" => Outcome(Found, new GetPersonOutput
            {
                BirthDate = reply?["birthDate"]?.GetValue<string>(),
                AddressProtection = reply?["addressProtection"]?.GetValue<string>(),
                IsDeceased = reply?["isDeceased"]?.GetValue<bool>() ?? false,
            }),
            "notFound" => Outcome(NotFound),
            _ => Outcome(Failed),
        };
    }

    /// <summary>The reply the outbox handler resumes the activity with.</summary>
    internal static JsonObject Reply(FolkeregisterPerson? person) => person is null
        ? new JsonObject { [OutboxCalls.StatusProperty] = "notFound" }
        : new JsonObject
        {
            [OutboxCalls.StatusProperty] = "found",
            ["birthDate"] = person.BirthDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["addressProtection"] = person.AddressProtection.ToString(),
            ["isDeceased"] = person.IsDeceased,
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
