using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Velferd.Workflows.Activities.Folkeregister;
using Velferd.Workflows.Activities.Outbox;
using Velferd.Workflows.Core.Deadlines;
using Velferd.Workflows.Core.Housekeeping;
using Velferd.Workflows.Core.Time;

namespace Velferd.Workflows.Activities.AgeMilestones;

/// <summary>
/// Re-plans age milestones when Folkeregisteret's birth date differs from the one they were planned on (DOMAIN.md
/// every pending, unclaimed <c>Velferd.AgeMilestone</c> that knows its person and is due within the look-ahead
/// window is checked, page by page; a changed birth date moves the milestone to the date <see cref="AgeMilestonePlan"/>
/// gives, with the same calendar arithmetic the activity used.
/// </summary>
/// <remarks>
/// The move is a conditional write that holds only while the row is still pending and unclaimed, so a milestone the
/// pump claimed or fired meanwhile is left alone and fires exactly once. A new date already passed fires at the next
/// pump (late rather than never, R-07). A person Folkeregisteret does not know (404), or a failing service, leaves the
/// row for the next run. Reads only from Folkeregisteret, so running again is harmless. Logs carry ids, never the
/// identity number or a date.
/// </remarks>
public sealed partial class AgeMilestoneScan(
    IDeadlineStore deadlines,
    IFolkeregisterClient folkeregister,
    IBusinessCalendar calendar,
    TimeProvider clock,
    IOptions<AgeMilestoneScanOptions> options,
    ILogger<AgeMilestoneScan> logger) : IHousekeepingTask
{
    /// <inheritdoc />
    public static string Name => "age-milestone-scan";

    /// <inheritdoc />
    public async Task<HousekeepingResult> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var dueBefore = now + options.Value.LookAhead;
        var take = options.Value.PageSize;

        // One lookup per person per run: a young person's 17, 17½ and 18 milestones share one birth date.
        var birthDates = new Dictionary<string, DateOnly?>(StringComparer.Ordinal);
        var (examined, changed, deferred) = (0, 0, 0);
        string? after = null;
        while (true)
        {
            var page = await deadlines.ListPendingAgeMilestonesAsync(new AgeMilestoneQuery(dueBefore, after, take), cancellationToken);
            foreach (var milestone in page)
            {
                examined++;
                var person = milestone.PersonIdentityNumber!;
                if (!birthDates.TryGetValue(person, out var birthDate))
                {
                    birthDate = await FindBirthDateAsync(milestone, cancellationToken);
                    birthDates[person] = birthDate;
                }

                switch (await ReplanAsync(milestone, birthDate, now, cancellationToken))
                {
                    case Outcome.Moved:
                        changed++;
                        break;
                    case Outcome.Deferred:
                        deferred++;
                        break;
                }
            }

            if (page.Count < take)
            {
                return new HousekeepingResult(examined, changed, deferred);
            }

            after = page[^1].Id;
        }
    }

    private async Task<Outcome> ReplanAsync(Deadline milestone, DateOnly? birthDate, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (birthDate is not { } born)
        {
            return Outcome.Deferred;
        }

        if (born == AgeMilestonePlan.PlannedBirthDate(calendar, milestone))
        {
            return Outcome.Unchanged;
        }

        if (AgeMilestonePlan.Replan(calendar, milestone, born, now) is not { } replanned)
        {
            LogUnreadableAge(milestone.Id, milestone.WorkflowInstanceId);
            return Outcome.Deferred;
        }

        if (!await deadlines.UpdateAsync(milestone, replanned, cancellationToken))
        {
            // The pump claimed or fired it, or its instance ended it, since the page was read: leave it as it is.
            return Outcome.Unchanged;
        }

        LogReplanned(milestone.Id, milestone.WorkflowInstanceId);
        return Outcome.Moved;
    }

    /// <summary>The current birth date, or null when it cannot be had this run (the failure is logged without personal data).</summary>
    private async Task<DateOnly?> FindBirthDateAsync(Deadline milestone, CancellationToken cancellationToken)
    {
        try
        {
            var person = await folkeregister.FindPersonAsync(milestone.PersonIdentityNumber!, idempotencyKey: null, cancellationToken);
            if (person?.BirthDate is null)
            {
                LogPersonNotFound(milestone.Id, milestone.WorkflowInstanceId);
            }

            return person?.BirthDate;
        }
        catch (RemoteServiceException e)
        {
            LogServiceFailed(milestone.Id, milestone.WorkflowInstanceId, e.StatusCode is { } status ? (int)status : null);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Age milestone {DeadlineId} of instance {WorkflowInstanceId} re-planned: the birth date in Folkeregisteret changed")]
    private partial void LogReplanned(string deadlineId, string workflowInstanceId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Age milestone {DeadlineId} of instance {WorkflowInstanceId}: Folkeregisteret has no birth date for the person; left as planned, checked again next run")]
    private partial void LogPersonNotFound(string deadlineId, string workflowInstanceId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Age milestone {DeadlineId} of instance {WorkflowInstanceId}: Folkeregisteret failed (HTTP {StatusCode}); left as planned, checked again next run")]
    private partial void LogServiceFailed(string deadlineId, string workflowInstanceId, int? statusCode);

    [LoggerMessage(Level = LogLevel.Error, Message = "Age milestone {DeadlineId} of instance {WorkflowInstanceId} holds an age or lead time that cannot be read; left as planned")]
    private partial void LogUnreadableAge(string deadlineId, string workflowInstanceId);

    private enum Outcome
    {
        Unchanged,
        Moved,
        Deferred,
    }
}
