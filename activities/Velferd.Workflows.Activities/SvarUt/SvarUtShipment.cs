using Velferd.Workflows.Core.Outbox;

namespace Velferd.Workflows.Activities.SvarUt;

/// <summary>A shipment (forsendelse) to an organisation through SvarUt: the request of <c>SendForsendelse</c>.</summary>
/// <param name="OrganisationNumber">The recipient's organisation number (9 digits).</param>
/// <param name="Title">The shipment's title (screened: no names).</param>
/// <param name="DocumentReference">The document to send.</param>
/// <param name="DigitalOnly">True forbids SvarUt's print fallback (<c>kunDigitalLevering</c>).</param>
public sealed record SvarUtShipment(string OrganisationNumber, string Title, string DocumentReference, bool DigitalOnly) : IOutboxRequest<SvarUtShipmentReply>
{
    /// <inheritdoc />
    public static string Service => SvarUtHttpClient.ServiceName;

    /// <inheritdoc />
    public static string Operation => "SendForsendelse";
}
