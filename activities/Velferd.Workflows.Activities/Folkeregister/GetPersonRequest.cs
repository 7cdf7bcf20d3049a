using Velferd.Workflows.Core.Outbox;

namespace Velferd.Workflows.Activities.Folkeregister;

/// <summary>Folkeregisteret <c>HentPerson</c>: birth date, address protection and death of one person.</summary>
/// <param name="IdentityNumber">The person's fødselsnummer or D-number (checked by R-57 before it is stored).</param>
public sealed record GetPersonRequest(string IdentityNumber) : IOutboxRequest<GetPersonReply>
{
    /// <inheritdoc />
    public static string Service => FolkeregisterHttpClient.ServiceName;

    /// <inheritdoc />
    public static string Operation => "HentPerson";
}
