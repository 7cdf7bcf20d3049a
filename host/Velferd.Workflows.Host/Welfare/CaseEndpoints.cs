using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Velferd.Workflows.Core;
using Velferd.Workflows.Core.Access;
using Velferd.Workflows.Core.Deadlines;
using Velferd.Workflows.Core.Identity;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Host.Access;
using Velferd.Workflows.Host.Auth;
using Velferd.Workflows.Host.Deadlines;
using Velferd.Workflows.Host.Instances;
using Velferd.Workflows.Host.Reports;
using Velferd.Workflows.Welfare;
using Velferd.Workflows.Welfare.Access;
using Velferd.Workflows.Welfare.Batons;
using Velferd.Workflows.Welfare.CaseLog;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Consents;
using Velferd.Workflows.Welfare.Persons;
using Velferd.Workflows.Welfare.Policies;
using Velferd.Workflows.Welfare.Reports;
using Velferd.Workflows.Welfare.Transitions;

namespace Velferd.Workflows.Host.Welfare;

/// <summary>
/// Cases (DOMAIN-API.md "Cases and persons"): register, read, timeline, team members, close. A case the caller may not
/// see is 404, as if it did not exist; bad input is a 400 with every field's errors and stores nothing.
/// </summary>
public static class CaseEndpoints
{
    /// <summary>Maps <c>/api/cases</c>.</summary>
    public static RouteGroupBuilder MapCaseEndpoints(this IEndpointRouteBuilder routes)
    {
        var cases = routes.MapGroup("/api/cases").WithTags("Saker").RequireAuthorization(Policies.WorkCases);
        cases.MapGet("/", ListAsync).WithSummary("Find cases: the caller's teams' and those they were added to, by case id, name or number");
        cases.MapPost("/", CreateAsync).WithSummary("Register a case with its child and guardians (R-56, R-57, R-75)");
        cases.MapGet("/{caseId}", GetAsync).WithSummary("Get a case: persons, consent status, stafettholder, open deadlines and running pathways");
        cases.MapGet("/{caseId}/timeline", TimelineAsync).WithSummary("Everything that happened on a case, oldest first");
        cases.MapPost("/{caseId}/members", AddMemberAsync).WithSummary("Add a user and service to the team working on a case");
        cases.MapPost("/{caseId}/close", CloseAsync).WithSummary("Close a case with an end code");
        return cases;
    }

    /// <summary>The 409 answer with a Norwegian detail.</summary>
    internal static ProblemHttpResult Conflict(string detail) => TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Konflikt");

    /// <summary>The case's view, with its consent status now.</summary>
    internal static async Task<CaseView> ViewAsync(
        WelfareCase subject, IConsentStore consents, IHandoverStore handovers, PolicyReader policies, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var report = ConsentStatusRules.Compute(
            subject, await consents.ListForCaseAsync(subject.Id, cancellationToken), await policies.CurrentAsync(cancellationToken), OsloDate.Of(now));
        return CaseView.Of(subject, report, now, BatonRules.HolderOf(subject, await handovers.ListForCaseAsync(subject.Id, cancellationToken)));
    }

    private static async Task<Results<Ok<CaseListView>, ValidationProblem>> ListAsync(
        ClaimsPrincipal user, RequestCaseScope scope, ICaseStore store, string? q, string? status, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        CaseStatus? wanted = null;
        if (status is { Length: > 0 })
        {
            if (Enum.TryParse<CaseStatus>(status, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed))
            {
                wanted = parsed;
            }
            else
            {
                errors.Add("status", "Bruk Open eller Closed.");
            }
        }

        if (page is < 0)
        {
            errors.Add("page", "Siden må være 0 eller mer.");
        }

        if (pageSize is < 1 or > 200)
        {
            errors.Add("pageSize", "Sidestørrelsen må være mellom 1 og 200.");
        }

        if (q is { Length: > 100 })
        {
            errors.Add("q", "Søket kan være høyst 100 tegn.");
        }

        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var actor = CaseActor.From(user);
        var found = await store.ListAsync(
            new CaseQuery
            {
                Teams = actor.IsAdmin ? null : actor.Teams,
                Member = actor.UserName,
                RelatedCases = scope.Value.RelatedCases,
                HiddenKinds = NeedToKnow.KindsHiddenFrom(actor.User),
                Status = wanted,
                Search = q,
                Page = page ?? 0,
                PageSize = pageSize ?? 50,
            },
            cancellationToken);

        // The store lists the cases need to know lets the user see (his teams', those he is related to, never another
        // service's own material), as the case's own endpoints answer 404 for the others.
        return TypedResults.Ok(new CaseListView([.. found.Items.Select(CaseSummaryView.Of)], found.TotalCount));
    }

    private static async Task<Results<Created<CaseView>, ValidationProblem, ForbidHttpResult>> CreateAsync(
        CreateCaseRequest request, ClaimsPrincipal user, IConsentStore consents, IHandoverStore handovers, PolicyReader policies,
        RegistryLookup registry, IIdentityNumberValidator validator, TimeProvider clock, CancellationToken cancellationToken)
    {
        var actor = CaseActor.From(user);
        var errors = new FieldErrors();
        var input = request.ToInput(errors);
        var change = CaseRules.Open(input, policies.Municipality, actor.UserName, clock.GetUtcNow(), validator, errors, registry.Enabled);
        if (change is not CaseChange<WelfareCase>.Applied applied)
        {
            return TypedResults.ValidationProblem(((CaseChange<WelfareCase>.Invalid)change).Errors.ToDictionary());
        }

        if (!actor.CanRegisterFor(applied.Value.Team))
        {
            return TypedResults.Forbid();
        }

        var stored = await registry.AddAsync(applied.Value, applied.Events, [], cancellationToken);
        return TypedResults.Created($"/api/cases/{stored.Id}", await ViewAsync(stored, consents, handovers, policies, clock, cancellationToken));
    }

    private static async Task<Results<Ok<CaseView>, NotFound>> GetAsync(
        string caseId, ClaimsPrincipal user, CaseAccessGate gate, IConsentStore consents, IHandoverStore handovers, PolicyReader policies,
        IWorkflowInstanceStore instances, IDeadlineStore deadlines, IReportStore reports, TimeProvider clock, CancellationToken cancellationToken)
    {
        var actor = CaseActor.From(user);
        if (await gate.FindVisibleAsync(caseId, actor, cancellationToken) is not { } found)
        {
            return TypedResults.NotFound();
        }

        // Decided: the next query carries the read's audit row.
        AuditedRequest.Allowed();
        var teams = actor.WorkTeamsOn(found);
        var open = await deadlines.ListAsync(new DeadlineQuery
        {
            CorrelationId = found.Id,
            VisibleToTeams = teams,
            Statuses = [DeadlineStatus.Pending, DeadlineStatus.Reminded, DeadlineStatus.Extended, DeadlineStatus.Overdue],
        }, cancellationToken);
        var running = await instances.ListAsync(new InstanceQuery { CorrelationId = found.Id, Teams = teams, Status = WorkflowStatus.Running }, cancellationToken);
        return TypedResults.Ok(await ViewAsync(found, consents, handovers, policies, clock, cancellationToken) with
        {
            OpenDeadlines = [.. open.Items.Select(DeadlineView.From)],
            Instances = [.. running.Items.Select(InstanceSummary.From)],
            OpenInvestigation = await OpenInvestigationAsync(found, reports, deadlines, cancellationToken),
        });
    }

    // Only a barnevern case has investigations: other kinds are read without the extra queries.
    private static async Task<InvestigationView?> OpenInvestigationAsync(
        WelfareCase found, IReportStore reports, IDeadlineStore deadlines, CancellationToken cancellationToken) =>
        found.Kind == CaseKind.Barnevern && await reports.FindOpenInvestigationAsync(found.Id, cancellationToken) is { } investigation
            ? InvestigationView.Of(investigation, await deadlines.FindAsync(investigation.DeadlineId, cancellationToken), ReportEndpoints.Protection(found))
            : null;

    private static async Task<Results<Ok<List<TimelineEntryView>>, NotFound>> TimelineAsync(
        string caseId, ClaimsPrincipal user, CaseAccessGate gate, ICaseStore store, CancellationToken cancellationToken)
    {
        if (await gate.FindVisibleAsync(caseId, CaseActor.From(user), cancellationToken) is not { } found)
        {
            return TypedResults.NotFound();
        }

        AuditedRequest.Allowed();
        var timeline = await store.TimelineAsync(caseId, cancellationToken);
        var protection = ProtectedAddressText.Of(found);
        return TypedResults.Ok(timeline.Select(e => new TimelineEntryView(e.Id, e.At, e.Kind, e.By, ProtectedAddressText.Redact(e.Detail, protection))).ToList());
    }

    private static Task<Results<Ok<CaseView>, ValidationProblem, NotFound, ProblemHttpResult>> AddMemberAsync(
        string caseId, AddMemberRequest request, ClaimsPrincipal user, CaseAccessGate gate, CaseClosing closing, IConsentStore consents, IHandoverStore handovers, PolicyReader policies,
        TimeProvider clock, CancellationToken cancellationToken) =>
        ChangeAsync(caseId, user, gate, closing, consents, handovers, policies, clock, (current, by, now) => CaseRules.AddMember(current, request.User, request.Service, by, now), cancellationToken);

    // A pathway of the case that waits beside its main branch (Velferd.CaseClosed) ends with the case's end code: the
    // closing stores its resume in the case's own transaction (CaseClosing).
    private static async Task<Results<Ok<CaseView>, ValidationProblem, NotFound, ProblemHttpResult>> CloseAsync(
        string caseId, CloseCaseRequest request, ClaimsPrincipal user, CaseAccessGate gate, CaseClosing closing, IConsentStore consents, IHandoverStore handovers, PolicyReader policies,
        TransitionGate transitions, TimeProvider clock, CancellationToken cancellationToken)
    {
        // from 18, a barnevern case with an active measure and no transition decision cannot close.
        if (await gate.FindVisibleAsync(caseId, CaseActor.From(user), cancellationToken) is { } current
            && await transitions.BlocksClosingAsync(current, OsloDate.Of(clock.GetUtcNow()), cancellationToken) is { } blocked)
        {
            return Conflict(blocked);
        }

        return await ChangeAsync(
            caseId, user, gate, closing, consents, handovers, policies, clock, (current, by, now) => CaseRules.Close(current, request.EndCode, request.Reason, by, now), cancellationToken);
    }

    private static async Task<Results<Ok<CaseView>, ValidationProblem, NotFound, ProblemHttpResult>> ChangeAsync(
        string caseId, ClaimsPrincipal user, CaseAccessGate gate, CaseClosing closing, IConsentStore consents, IHandoverStore handovers, PolicyReader policies, TimeProvider clock,
        Func<WelfareCase, string, DateTimeOffset, CaseChange<WelfareCase>> change, CancellationToken cancellationToken)
    {
        var actor = CaseActor.From(user);
        if (await gate.FindVisibleAsync(caseId, actor, cancellationToken) is not { } current)
        {
            return TypedResults.NotFound();
        }

        switch (change(current, actor.UserName, clock.GetUtcNow()))
        {
            case CaseChange<WelfareCase>.Invalid invalid:
                return TypedResults.ValidationProblem(invalid.Errors.ToDictionary());
            case CaseChange<WelfareCase>.Conflict conflict:
                return Conflict(conflict.Detail);
            case CaseChange<WelfareCase>.Applied applied:
                try
                {
                    var stored = await closing.UpdateAsync(current, applied.Value, applied.Events, fromActivity: false, cancellationToken);
                    return TypedResults.Ok(await ViewAsync(stored, consents, handovers, policies, clock, cancellationToken));
                }
                catch (ConcurrencyConflictException)
                {
                    return Conflict("Saken ble endret av noen andre samtidig. Hent den på nytt og prøv igjen.");
                }

            default:
                throw new InvalidOperationException("Unknown change result.");
        }
    }
}
