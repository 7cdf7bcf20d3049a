using Velferd.Workflows.Core.Outbox;

namespace Velferd.Workflows.Activities.DigitalPost;

/// <summary>Digital post <c>SendBrev</c>: one letter to one person, by the channel chosen just before sending.</summary>
/// <param name="IdentityNumber">The recipient's fødselsnummer or D-number (checked by R-57 before it is stored).</param>
/// <param name="Title">The letter's title.</param>
/// <param name="DocumentReference">The document to send.</param>
public sealed record SendLetterRequest(string IdentityNumber, string Title, string DocumentReference) : IOutboxRequest<SendLetterReply>
{
    /// <inheritdoc />
    public static string Service => DigitalPostHttpClient.ServiceName;

    /// <inheritdoc />
    public static string Operation => "SendBrev";
}
