using Microsoft.Extensions.Logging;
using Velferd.Workflows.Core.Housekeeping;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Core.Stimuli;
using Velferd.Workflows.Welfare.Batons;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Letters;
using Velferd.Workflows.Welfare.Meetings;
using Velferd.Workflows.Welfare.Persons;
using Velferd.Workflows.Welfare.Policies;
using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Welfare.Consents;

/// <summary>
/// The consent-expiry housekeeping task: asks for each consent's renewal when its renewal day has come, and
/// after its last day pauses the team work resting on it (meetings nothing covers any more are cancelled, the
/// stafettholder and the team's coordinators are told). Run daily by the scheduler; the Development clock runs it
/// when time is moved past its schedule, so a renewal and an expiry can be tried in a minute.
/// </summary>
/// <remarks>
/// Safe to repeat and to cut short: a consent is marked in the same write as its events, notifications and, for a
/// renewal, the signal to the case's pathway (<see cref="DomainCommits"/>), and that write matches only the consent as
/// it was read; meetings are cancelled before the mark, and cancelling again finds nothing left to cancel.
/// </remarks>
public sealed partial class ConsentExpiryScan(
    IConsentStore consents, ICaseStore cases, IHandoverStore handovers, IMeetingStore meetings, PolicyReader policies, WorkflowEngine engine,
    DomainCommits commits, CaseLetters letters, ILetterStore letterStore,
    TimeProvider clock, ILogger<ConsentExpiryScan> logger) : IHousekeepingTask
{
    /// <summary>
    /// The event a case's pathway receives when a consent's renewal is due (P2 turns it into the coordinator's renewal
    /// task in <c>/api/tasks</c>); the notification to the stafettholder stays as well.
    /// </summary>
    public const string RenewalDueEvent = "samtykke-fornyes";

    /// <summary>The most consents followed up in one run; the rest wait for the next.</summary>
    public const int BatchSize = 500;

    /// <inheritdoc />
    public static string Name => "consent-expiry-scan";

    /// <inheritdoc />
    public async Task<HousekeepingResult> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var policy = await policies.CurrentAsync(cancellationToken);
        var due = await consents.ListFollowUpsDueAsync(OsloDate.Of(now), policy.ConsentRenewalDays, BatchSize, cancellationToken);
        var (changed, deferred) = (0, 0);
        foreach (var consent in due)
        {
            if (await cases.FindAsync(consent.CaseId, cancellationToken) is not { } subject)
            {
                deferred++;
                continue;
            }

            var caseConsents = await consents.ListForCaseAsync(subject.Id, cancellationToken);
            var holder = BatonRules.HolderOf(subject, await handovers.ListForCaseAsync(subject.Id, cancellationToken));
            if (ConsentExpiryRules.FollowUp(subject, consent, caseConsents, holder, policy, now) is not { } followUp)
            {
                deferred++;
                continue;
            }

            if (followUp.CancelsMeetings)
            {
                await UncoveredMeetings.CancelAsync(subject, ConsentEnd.Expired, CaseEventKinds.SystemUser, now, meetings, consents, policies, letters, letterStore, fromActivity: false, cancellationToken);
            }

            try
            {
                // A renewal tells the case's pathway in the mark's own transaction, keyed per consent.
                IReadOnlyList<Stimulus> signals = followUp.Consent.ExpiryHandledAt is null
                    ? [engine.PrepareSignal(new NamedSignal(RenewalDueEvent, consent.CaseId, null, $"consent/{consent.Id}/renewal"))]
                    : [];
                await commits.CommitAsync(signals, ct => consents.MarkFollowedUpAsync(consent, followUp, ct), cancellationToken);
                changed++;

                LogFollowedUp(logger, consent.Id, consent.CaseId, followUp.Consent.ExpiryHandledAt is null ? "renewal" : "expiry", followUp.Notifications.Count);
            }
            catch (ConcurrencyConflictException)
            {
                // Followed up by another node since it was read: nothing is due any more.
            }
        }

        return new HousekeepingResult(due.Count, changed, deferred);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Consent {ConsentId} on case {CaseId}: {Step} followed up, {Told} notified")]
    private static partial void LogFollowedUp(ILogger logger, string consentId, string caseId, string step, int told);
}
