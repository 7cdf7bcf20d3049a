using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Velferd.Workflows.Core;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Host.Auth;
using Velferd.Workflows.Host.Welfare;
using Velferd.Workflows.Welfare;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Consents;
using Velferd.Workflows.Welfare.Letters;
using Velferd.Workflows.Welfare.Meetings;
using Velferd.Workflows.Welfare.Persons;
using Velferd.Workflows.Welfare.Policies;
using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Host.TeamWork;

/// <summary>
/// Team meetings (DOMAIN-API.md "Team work"): schedule, record, cancel. A meeting the written consent does
/// not cover is a 409 «skriftlig samtykke mangler» that offers an anonymous discussion and names what is
/// missing; a case or meeting the caller may not see is 404. The family is invited, and told «avlyst», by letter
/// (<see cref="CaseLetters"/>), in the meeting's own transaction.
/// </summary>
public static class MeetingEndpoints
{
    /// <summary>Maps <c>/api/cases/{id}/meetings</c> and <c>/api/meetings</c>.</summary>
    public static IEndpointRouteBuilder MapMeetingEndpoints(this IEndpointRouteBuilder routes)
    {
        var cases = routes.MapGroup("/api/cases/{caseId}/meetings").WithTags("Møter").RequireAuthorization(Policies.WorkCases);
        cases.MapPost("/", ScheduleAsync).WithSummary("Plan a team meeting; refused without written consent covering every service present (R-27)");
        cases.MapGet("/", ListAsync).WithSummary("A case's meetings");
        var meetings = routes.MapGroup("/api/meetings").WithTags("Møter").RequireAuthorization(Policies.WorkCases);
        meetings.MapGet("/{meetingId}", GetAsync).WithSummary("Get a meeting");
        meetings.MapPost("/{meetingId}/record", RecordAsync).WithSummary("Record a held meeting with the child's view (R-30)");
        meetings.MapPost("/{meetingId}/cancel", CancelAsync).WithSummary("Cancel a planned meeting; invitees are told «avlyst»");
        return routes;
    }

    private static async Task<Results<Created<MeetingView>, ValidationProblem, NotFound, ProblemHttpResult>> ScheduleAsync(
        string caseId, MeetingRequest request, ClaimsPrincipal user, CaseAccessGate gate, ICaseStore cases, IConsentStore consents, IMeetingStore meetings,
        CaseLetters letters, PolicyReader policies, TimeProvider clock, CancellationToken cancellationToken)
    {
        var actor = CaseActor.From(user);
        if (await gate.FindVisibleAsync(caseId, actor, cancellationToken) is not { } subject)
        {
            return TypedResults.NotFound();
        }

        var now = clock.GetUtcNow();
        var errors = new FieldErrors();
        var input = request.ToInput(errors);
        var caseConsents = await consents.ListForCaseAsync(caseId, cancellationToken);
        var policy = await policies.CurrentAsync(cancellationToken);
        switch (MeetingRules.Schedule(subject, input, caseConsents, policy, actor.UserName, now, errors))
        {
            case CaseChange<Meeting>.Invalid invalid:
                return TypedResults.ValidationProblem(invalid.Errors.ToDictionary());
            case CaseChange<Meeting>.Conflict { Detail: MeetingRules.ConsentMissing }:
                var present = input.Services!.Concat(input.Participants?.Select(p => p?.Service) ?? []).OfType<string>();
                var coverage = ConsentCoverage.Check(subject, caseConsents, policy, present, input.Categories!.OfType<string>(), OsloDate.Of(now));
                await cases.AppendAsync([CaseRules.Event(subject, now, TeamWorkEventKinds.MeetingRefused, actor.UserName,
                    "Møtet ble avvist: skriftlig samtykke mangler (R-27). Anonym drøfting er tilbudt.")], cancellationToken);
                return TypedResults.Problem(MeetingRules.ConsentMissing, statusCode: StatusCodes.Status409Conflict, title: "Konflikt",
                    extensions: new Dictionary<string, object?> { ["anonymousDiscussionOffered"] = true, ["missing"] = coverage.Missing });
            case CaseChange<Meeting>.Conflict conflict:
                return CaseEndpoints.Conflict(conflict.Detail);
            case CaseChange<Meeting>.Applied applied:
                // The family's invitations go by letter (KRR → digital post or print), stored with the meeting.
                var (invitations, letterEvents) = LetterRules.Invitations(subject, applied.Value, actor.UserName, now);
                await letters.CommitAsync(subject, invitations, letterEvents, ct => meetings.AddAsync(applied.Value, applied.Events, ct), fromActivity: false, cancellationToken);
                return TypedResults.Created($"/api/meetings/{applied.Value.Id}", MeetingView.Of(applied.Value));
            default:
                throw new InvalidOperationException("Unknown change result.");
        }
    }

    private static async Task<Results<Ok<List<MeetingView>>, NotFound>> ListAsync(
        string caseId, ClaimsPrincipal user, CaseAccessGate gate, IMeetingStore meetings, CancellationToken cancellationToken) =>
        await gate.FindVisibleAsync(caseId, CaseActor.From(user), cancellationToken) is null
            ? TypedResults.NotFound()
            : TypedResults.Ok((await meetings.ListForCaseAsync(caseId, cancellationToken)).Select(MeetingView.Of).ToList());

    private static async Task<Results<Ok<MeetingView>, NotFound>> GetAsync(
        string meetingId, ClaimsPrincipal user, CaseAccessGate gate, IMeetingStore meetings, CancellationToken cancellationToken) =>
        await FindVisibleAsync(meetingId, CaseActor.From(user), gate, meetings, cancellationToken) is { } found
            ? TypedResults.Ok(MeetingView.Of(found.Meeting))
            : TypedResults.NotFound();

    private static async Task<Results<Ok<MeetingView>, ValidationProblem, NotFound, ProblemHttpResult>> RecordAsync(
        string meetingId, MeetingRecordInput request, ClaimsPrincipal user, CaseAccessGate gate, IMeetingStore meetings, MeetingRecords records,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var actor = CaseActor.From(user);
        if (await FindVisibleAsync(meetingId, actor, gate, meetings, cancellationToken) is not { } found)
        {
            return TypedResults.NotFound();
        }

        var (meeting, subject) = found;

        switch (MeetingRules.Record(subject, meeting, request, actor.UserName, clock.GetUtcNow()))
        {
            case CaseChange<Meeting>.Invalid invalid:
                return TypedResults.ValidationProblem(invalid.Errors.ToDictionary());
            case CaseChange<Meeting>.Conflict conflict:
                return CaseEndpoints.Conflict(conflict.Detail);
            case CaseChange<Meeting>.Applied applied:
                try
                {
                    // The record, the resume of the pathways waiting for it and its N journalpost's archive start
                    // commit together.
                    await records.StoreAsync(subject, applied.Value, applied.Events, cancellationToken);
                }
                catch (ConcurrencyConflictException)
                {
                    return ChangedMeanwhile();
                }

                return TypedResults.Ok(MeetingView.Of(applied.Value));
            default:
                throw new InvalidOperationException("Unknown change result.");
        }
    }

    private static async Task<Results<Ok<MeetingView>, ValidationProblem, NotFound, ProblemHttpResult>> CancelAsync(
        string meetingId, CancelMeetingRequest? request, ClaimsPrincipal user, CaseAccessGate gate, IMeetingStore meetings, CaseLetters letters,
        ILetterStore letterStore, TimeProvider clock, CancellationToken cancellationToken)
    {
        var actor = CaseActor.From(user);
        if (await FindVisibleAsync(meetingId, actor, gate, meetings, cancellationToken) is not { } found)
        {
            return TypedResults.NotFound();
        }

        var (meeting, subject) = found;

        var now = clock.GetUtcNow();
        switch (MeetingRules.Cancel(subject, meeting, request?.Reason, actor.UserName, now))
        {
            case CaseChange<MeetingUpdate>.Invalid invalid:
                return TypedResults.ValidationProblem(invalid.Errors.ToDictionary());
            case CaseChange<MeetingUpdate>.Conflict conflict:
                return CaseEndpoints.Conflict(conflict.Detail);
            case CaseChange<MeetingUpdate>.Applied applied:
                try
                {
                    await MeetingCancellations.StoreAsync(subject, applied.Value, applied.Events, actor.UserName, now, meetings, letters, letterStore, fromActivity: false, cancellationToken);
                    return TypedResults.Ok(MeetingView.Of(applied.Value.Meetings[0]));
                }
                catch (ConcurrencyConflictException)
                {
                    return ChangedMeanwhile();
                }

            default:
                throw new InvalidOperationException("Unknown change result.");
        }
    }

    private static ProblemHttpResult ChangedMeanwhile() => CaseEndpoints.Conflict("Møtet ble endret av noen andre samtidig. Hent det på nytt.");

    private static async Task<(Meeting Meeting, WelfareCase Case)?> FindVisibleAsync(
        string meetingId, CaseActor actor, CaseAccessGate gate, IMeetingStore meetings, CancellationToken cancellationToken) =>
        await meetings.FindAsync(meetingId, cancellationToken) is { } meeting
        && await gate.FindVisibleAsync(meeting.CaseId, actor, cancellationToken) is { } subject
            ? (meeting, subject)
            : null;
}
