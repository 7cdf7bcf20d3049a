namespace Velferd.Workflows.Welfare.Meetings;

/// <summary>An invitee of a team meeting: a user, for the service they represent (R-27: only consented services).</summary>
/// <param name="User">The user name.</param>
/// <param name="Service">The service (<see cref="Consents.ConsentServices"/>).</param>
public sealed record MeetingParticipant(string User, string Service);
