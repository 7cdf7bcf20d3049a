using Velferd.Workflows.Core;
using Velferd.Workflows.Welfare.Meetings;

namespace Velferd.Workflows.Host.TeamWork;

/// <summary>The body of <c>POST /api/cases/{id}/meetings</c> (R-27, R-75).</summary>
/// <param name="At">When it starts: an ISO 8601 instant with offset, in the future.</param>
/// <param name="Services">The services present.</param>
/// <param name="Categories">The information categories discussed.</param>
/// <param name="Participants">The invitees, each for a service.</param>
public sealed record MeetingRequest(
    string? At,
    IReadOnlyList<string?>? Services,
    IReadOnlyList<string?>? Categories,
    IReadOnlyList<ParticipantInput?>? Participants)
{
    /// <summary>The domain input; an unreadable time becomes an error on <c>meeting.at</c>.</summary>
    public MeetingInput ToInput(FieldErrors errors) => new(InstantField.Read(At, "meeting.at", errors), Services, Categories, Participants);
}
