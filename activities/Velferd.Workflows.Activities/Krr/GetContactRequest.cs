using Velferd.Workflows.Core.Outbox;

namespace Velferd.Workflows.Activities.Krr;

/// <summary>KRR <c>HentKontaktinfo</c>: whether a person can get digital post.</summary>
/// <param name="IdentityNumber">The person's fødselsnummer or D-number (checked by R-57 before it is stored).</param>
public sealed record GetContactRequest(string IdentityNumber) : IOutboxRequest<GetContactReply>
{
    /// <inheritdoc />
    public static string Service => KrrHttpClient.ServiceName;

    /// <inheritdoc />
    public static string Operation => "HentKontaktinfo";
}
