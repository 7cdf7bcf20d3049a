using Velferd.Workflows.Core.Outbox;

namespace Velferd.Workflows.Activities.Folkeregister;

/// <summary>Folkeregisteret <c>HentRelasjoner</c>: a person's family relations and parental responsibility.</summary>
/// <param name="IdentityNumber">The person's fødselsnummer or D-number (checked by R-57 before it is stored).</param>
public sealed record GetRelationsRequest(string IdentityNumber) : IOutboxRequest<GetRelationsReply>
{
    /// <inheritdoc />
    public static string Service => FolkeregisterHttpClient.ServiceName;

    /// <inheritdoc />
    public static string Operation => "HentRelasjoner";
}
