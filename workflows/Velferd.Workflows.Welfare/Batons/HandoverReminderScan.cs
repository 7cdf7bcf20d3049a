using Microsoft.Extensions.Logging;
using Velferd.Workflows.Core.Housekeeping;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Welfare.Cases;

namespace Velferd.Workflows.Welfare.Batons;

/// <summary>
/// Reminds of hand-overs left unanswered: every offer whose reminder time (10 working days after the offer) has
/// passed gets the old holder's reminder and the team coordinator's alert, once. Run by the scheduler as a housekeeping
/// task; the Development clock runs it when time is moved past its schedule.
/// </summary>
/// <remarks>
/// Safe to repeat and to cut short: an offer is marked reminded in the same write as its notifications, and that write
/// matches only an offer still unanswered and unreminded, so a run racing an acceptance changes nothing.
/// </remarks>
public sealed partial class HandoverReminderScan(
    IHandoverStore handovers, ICaseStore cases, TimeProvider clock, ILogger<HandoverReminderScan> logger) : IHousekeepingTask
{
    /// <summary>The most offers reminded in one run; the rest wait for the next.</summary>
    public const int BatchSize = 500;

    /// <inheritdoc />
    public static string Name => "handover-reminder-scan";

    /// <inheritdoc />
    public async Task<HousekeepingResult> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = await handovers.ListDueRemindersAsync(now, BatchSize, cancellationToken);
        var (changed, deferred) = (0, 0);
        foreach (var offer in due)
        {
            if (await cases.FindAsync(offer.CaseId, cancellationToken) is not { } subject || BatonRules.Remind(subject, offer, now) is not { } reminder)
            {
                deferred++;
                continue;
            }

            try
            {
                await handovers.UpdateAsync(offer, reminder.Value.Handover, reminder.Events, reminder.Value.Notifications, cancellationToken);
                changed++;
                LogReminded(logger, offer.Id, offer.CaseId);
            }
            catch (ConcurrencyConflictException)
            {
                // Answered (or reminded by another node) since it was read: nothing is due any more.
            }
        }

        return new HousekeepingResult(due.Count, changed, deferred);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Hand-over {HandoverId} on case {CaseId} unanswered after the limit: old holder reminded, coordinator alerted")]
    private static partial void LogReminded(ILogger logger, string handoverId, string caseId);
}
