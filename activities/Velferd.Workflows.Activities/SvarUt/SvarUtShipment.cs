namespace Velferd.Workflows.Activities.SvarUt;

/// <summary>A shipment (forsendelse) to an organisation through SvarUt.</summary>
/// <param name="OrganisationNumber">The recipient's organisation number (9 digits).</param>
/// <param name="Title">The shipment's title (screened: no names).</param>
/// <param name="DocumentReference">The document to send.</param>
/// <param name="DigitalOnly">True forbids SvarUt's print fallback (<c>kunDigitalLevering</c>).</param>
public sealed record SvarUtShipment(string OrganisationNumber, string Title, string DocumentReference, bool DigitalOnly);
