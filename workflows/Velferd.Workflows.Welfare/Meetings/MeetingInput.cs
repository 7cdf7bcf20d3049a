namespace Velferd.Workflows.Welfare.Meetings;

/// <summary>A meeting as <c>POST /api/cases/{id}/meetings</c> schedules it.</summary>
/// <param name="At">When it starts; must be in the future .</param>
/// <param name="Services">The services present (<see cref="Consents.ConsentServices"/>).</param>
/// <param name="Categories">The information categories discussed (<see cref="Consents.ConsentCategories"/>).</param>
/// <param name="Participants">The invitees; their services count as present.</param>
public sealed record MeetingInput(
    DateTimeOffset? At,
    IReadOnlyList<string?>? Services,
    IReadOnlyList<string?>? Categories,
    IReadOnlyList<ParticipantInput?>? Participants);

/// <summary>One invitee of a <see cref="MeetingInput"/>.</summary>
/// <param name="User">The user name.</param>
/// <param name="Service">The service they represent.</param>
public sealed record ParticipantInput(string? User, string? Service);
