using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Velferd.Workflows.Core;
using Velferd.Workflows.Core.Deadlines;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Core.Time;
using Velferd.Workflows.Host.Auth;
using Velferd.Workflows.Host.TeamWork;
using Velferd.Workflows.Host.Welfare;
using Velferd.Workflows.Welfare;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Persons;
using Velferd.Workflows.Welfare.Reports;
using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Host.Reports;

/// <summary>
/// Meldinger and investigations (DOMAIN-API.md "Melding and investigation (P3)"). Anyone who works with cases may
/// register a melding about any child; reading, reviewing and concluding need the barnevern case (its team,
/// its members, or an administrator): otherwise 404, as for the case itself.
/// </summary>
public static class ReportEndpoints
{
    /// <summary>Maps <c>/api/reports</c> and <c>/api/investigations</c>.</summary>
    public static IEndpointRouteBuilder MapReportEndpoints(this IEndpointRouteBuilder routes)
    {
        var reports = routes.MapGroup("/api/reports").WithTags("Meldinger").RequireAuthorization(Policies.WorkCases);
        reports.MapPost("/", RegisterAsync).WithSummary("Register a melding to barnevernet: one record per child, never refused over identity or consent");
        reports.MapGet("/{reportId}", GetAsync).WithSummary("Get one melding (the barnevern case's team)");
        reports.MapPost("/{reportId}/review", ReviewAsync).WithSummary("Review a melding: close it, or open an investigation with its 3-month deadline");
        var investigations = routes.MapGroup("/api/investigations").WithTags("Meldinger").RequireAuthorization(Policies.WorkCases);
        investigations.MapGet("/{investigationId}", GetInvestigationAsync).WithSummary("Get one investigation with its deadline, extension and deviation notes");
        investigations.MapPost("/{investigationId}/conclusion", ConcludeAsync).WithSummary("Conclude an investigation with SSB code 1-6 (leader)");
        investigations.MapPost("/{investigationId}/deviation-notes", AddDeviationNoteAsync).WithSummary("Write the deviation note for an investigation past its deadline (leader)");
        return routes;
    }

    private static async Task<Results<Created<RegisteredReports>, ValidationProblem>> RegisterAsync(
        ReportRequest request, ClaimsPrincipal user, CaseAccessGate gate, ReportRegistration registration, TimeProvider clock, CancellationToken cancellationToken)
    {
        var actor = CaseActor.From(user);
        var errors = new FieldErrors();
        var input = request.ToInput(errors);
        switch (await registration.RegisterAsync(input, actor.UserName, clock.GetUtcNow(), errors, cancellationToken))
        {
            case CaseChange<IReadOnlyList<ConcernReport>>.Applied applied:
                var views = new List<RegisteredReportView>();
                foreach (var report in applied.Value)
                {
                    var visible = await gate.FindVisibleAsync(report.CaseId, actor, cancellationToken) is not null;
                    views.Add(RegisteredReportView.Of(report, visible));
                }

                return TypedResults.Created($"/api/reports/{applied.Value[0].Id}", new RegisteredReports(views));
            case CaseChange<IReadOnlyList<ConcernReport>>.Invalid invalid:
                return TypedResults.ValidationProblem(invalid.Errors.ToDictionary());
            default:
                throw new InvalidOperationException("Registration answers applied or invalid.");
        }
    }

    private static async Task<Results<Ok<ReportView>, NotFound>> GetAsync(
        string reportId, ClaimsPrincipal user, IReportStore reports, CaseAccessGate gate, IWorkflowInstanceStore instances, IOptions<WelfareOptions> options,
        CancellationToken cancellationToken) =>
        await FindVisibleAsync(reportId, CaseActor.From(user), reports, gate, cancellationToken) is ({ } report, { } welfareCase)
            ? TypedResults.Ok(ReportView.Of(report, Protection(welfareCase), await ReportOutcome.FindAsync(report.Id, instances, options, cancellationToken)))
            : TypedResults.NotFound();

    private static async Task<Results<Created<InvestigationView>, Ok<ReportView>, ValidationProblem, NotFound, ProblemHttpResult>> ReviewAsync(
        string reportId, ReviewRequest request, ClaimsPrincipal user, IReportStore reports, CaseAccessGate gate, IDeadlineStore deadlines, ReportPathway pathway,
        IBusinessCalendar calendar, TimeProvider clock, CancellationToken cancellationToken)
    {
        var actor = CaseActor.From(user);
        if (await FindVisibleAsync(reportId, actor, reports, gate, cancellationToken) is not ({ } report, { } welfareCase))
        {
            return TypedResults.NotFound();
        }

        var errors = new FieldErrors();
        var decidedAt = InstantField.Read(request.DecidedAt, "decidedAt", errors);
        var open = await reports.FindOpenInvestigationAsync(report.CaseId, cancellationToken);
        var change = ReportRules.Review(
            report, open is not null, request.Outcome, request.Reason, request.ActiveMeasures == true, decidedAt, actor.UserName, clock.GetUtcNow(), calendar, errors);
        switch (change)
        {
            case CaseChange<ReviewDecision>.Invalid invalid:
                return TypedResults.ValidationProblem(invalid.Errors.ToDictionary());
            case CaseChange<ReviewDecision>.Conflict conflict:
                return CaseEndpoints.Conflict(conflict.Detail);
        }

        var applied = (CaseChange<ReviewDecision>.Applied)change;
        ReviewDecision stored;
        try
        {
            // The review and the signal to the melding's P3 instance commit together.
            stored = await pathway.StoreReviewAsync(applied.Value, report.Revision, applied.Events, cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            return CaseEndpoints.Conflict("Meldingen ble behandlet av noen andre samtidig. Hent den på nytt.");
        }

        if (stored.Investigation is { } investigation)
        {
            var deadline = await deadlines.FindAsync(investigation.DeadlineId, cancellationToken);
            return TypedResults.Created($"/api/investigations/{investigation.Id}", InvestigationView.Of(investigation, deadline, Protection(welfareCase)));
        }

        return TypedResults.Ok(ReportView.Of(stored.Report, Protection(welfareCase)));
    }

    private static async Task<Results<Ok<InvestigationView>, NotFound>> GetInvestigationAsync(
        string investigationId, ClaimsPrincipal user, IReportStore reports, CaseAccessGate gate, IDeadlineStore deadlines, CancellationToken cancellationToken) =>
        await FindVisibleInvestigationAsync(investigationId, CaseActor.From(user), reports, gate, cancellationToken) is ({ } investigation, { } welfareCase)
            ? TypedResults.Ok(InvestigationView.Of(investigation, await deadlines.FindAsync(investigation.DeadlineId, cancellationToken), Protection(welfareCase)))
            : TypedResults.NotFound();

    private static async Task<Results<Ok<InvestigationView>, ValidationProblem, NotFound, ForbidHttpResult, ProblemHttpResult>> ConcludeAsync(
        string investigationId, ConclusionRequest request, ClaimsPrincipal user, IReportStore reports, CaseAccessGate gate, IDeadlineStore deadlines,
        InvestigationConclusion conclusion, TimeProvider clock, CancellationToken cancellationToken)
    {
        var actor = CaseActor.From(user);
        if (await FindVisibleInvestigationAsync(investigationId, actor, reports, gate, cancellationToken) is not ({ } investigation, { } welfareCase))
        {
            return TypedResults.NotFound();
        }

        // DOMAIN.md P3 step 8: the leader concludes.
        if (!IsLeader(user))
        {
            return TypedResults.Forbid();
        }

        var change = ReportRules.Conclude(investigation, request.Code, request.Reason, actor.UserName, clock.GetUtcNow());
        // The conclusion, the signal that meets the investigation deadline and the family's letter commit together.
        var result = await StoreAsync(change, conclusion.StoreAsync, cancellationToken);
        if (result.Stored is { } concluded)
        {
            return TypedResults.Ok(InvestigationView.Of(concluded, await deadlines.FindAsync(concluded.DeadlineId, cancellationToken), Protection(welfareCase)));
        }

        return result.Errors is { } errors ? TypedResults.ValidationProblem(errors) : CaseEndpoints.Conflict(result.Conflict!);
    }

    private static async Task<Results<Created<InvestigationView>, ValidationProblem, NotFound, ForbidHttpResult, ProblemHttpResult>> AddDeviationNoteAsync(
        string investigationId, DeviationNoteRequest request, ClaimsPrincipal user, IReportStore reports, CaseAccessGate gate, IDeadlineStore deadlines,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var actor = CaseActor.From(user);
        if (await FindVisibleInvestigationAsync(investigationId, actor, reports, gate, cancellationToken) is not ({ } investigation, { } welfareCase))
        {
            return TypedResults.NotFound();
        }

        // the leader accounts for an overrun.
        if (!IsLeader(user))
        {
            return TypedResults.Forbid();
        }

        var now = clock.GetUtcNow();
        var deadline = await deadlines.FindAsync(investigation.DeadlineId, cancellationToken);
        var passed = deadline is not null && deadline.DueAt <= now && !investigation.Concluded;
        var result = await StoreAsync(ReportRules.AddDeviationNote(investigation, passed, request.Text, actor.UserName, now), reports.UpdateInvestigationAsync, cancellationToken);
        if (result.Stored is { } noted)
        {
            return TypedResults.Created($"/api/investigations/{noted.Id}", InvestigationView.Of(noted, deadline, Protection(welfareCase)));
        }

        return result.Errors is { } errors ? TypedResults.ValidationProblem(errors) : CaseEndpoints.Conflict(result.Conflict!);
    }

    private static async Task<(Investigation? Stored, IDictionary<string, string[]>? Errors, string? Conflict)> StoreAsync(
        CaseChange<Investigation> change, Func<Investigation, IReadOnlyList<CaseEvent>, CancellationToken, Task<Investigation>> save, CancellationToken cancellationToken)
    {
        switch (change)
        {
            case CaseChange<Investigation>.Invalid invalid:
                return (null, invalid.Errors.ToDictionary(), null);
            case CaseChange<Investigation>.Conflict conflict:
                return (null, null, conflict.Detail);
            case CaseChange<Investigation>.Applied applied:
                try
                {
                    return (await save(applied.Value, applied.Events, cancellationToken), null, null);
                }
                catch (ConcurrencyConflictException)
                {
                    return (null, null, "Undersøkelsen ble endret av noen andre samtidig. Hent den på nytt.");
                }

            default:
                throw new InvalidOperationException("Unknown change result.");
        }
    }

    private static bool IsLeader(ClaimsPrincipal user) => user.IsInRole(Roles.Supervisor) || user.IsInRole(Roles.Admin);

    // A case is as protected as its most protected person, as the case stands now (a protection Folkeregisteret reports
    // after the melding was registered acts at once).
    /// <summary>The strictest address protection of the case's persons: what the free text of its meldinger must hide .</summary>
    internal static AddressProtection Protection(WelfareCase welfareCase) => ProtectedAddressText.Of(welfareCase);

    private static async Task<(ConcernReport? Report, WelfareCase? Case)> FindVisibleAsync(
        string reportId, CaseActor actor, IReportStore reports, CaseAccessGate gate, CancellationToken cancellationToken) =>
        await reports.FindAsync(reportId, cancellationToken) is { } report
        && await gate.FindVisibleAsync(report.CaseId, actor, cancellationToken) is { } welfareCase
            ? (report, welfareCase)
            : (null, null);

    private static async Task<(Investigation? Investigation, WelfareCase? Case)> FindVisibleInvestigationAsync(
        string investigationId, CaseActor actor, IReportStore reports, CaseAccessGate gate, CancellationToken cancellationToken) =>
        await reports.FindInvestigationAsync(investigationId, cancellationToken) is { } investigation
        && await gate.FindVisibleAsync(investigation.CaseId, actor, cancellationToken) is { } welfareCase
            ? (investigation, welfareCase)
            : (null, null);
}
