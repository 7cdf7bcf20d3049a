namespace Velferd.Workflows.Activities.DigitalPost;

/// <summary>
/// A letter to send. The recipient is named by identity number only: the print provider looks the postal address
/// up itself, so no address passes through the engine.
/// </summary>
/// <param name="IdentityNumber">The recipient.</param>
/// <param name="Channel">Digital or print.</param>
/// <param name="Title">The letter's title.</param>
/// <param name="DocumentReference">The document in the case archive to send.</param>
public sealed record LetterShipment(string IdentityNumber, LetterChannel Channel, string Title, string DocumentReference);
