using Velferd.Workflows.Activities.Cases;
using Velferd.Workflows.Core.Activities;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Consents;
using Velferd.Workflows.Welfare.Letters;
using Velferd.Workflows.Welfare.Meetings;
using Velferd.Workflows.Welfare.Persons;
using Velferd.Workflows.Welfare.Policies;
using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Activities.Consents;

/// <summary>
/// Re-checks the case's consent status after a change of who must consent (R-29: Folkeregisteret changed parental
/// responsibility), with the municipality's policy in force, and acts on it as a withdrawal or narrowing does
/// the planned meetings the consents no longer cover are cancelled and their invitees told «avlyst» with no
/// case details. Writes the status before and after on the case's timeline.
/// </summary>
/// <remarks>
/// The meetings and letters are stored before the burst commits, their letter starts left to the dispatcher; a burst
/// run again finds nothing left to cancel and writes a second, harmless timeline entry at most.
/// </remarks>
[Activity(
    "Velferd.ConsentRecheck",
    Category = "Samtykke",
    DisplayName = "Vurder samtykket på nytt",
    Description = "Regner ut sakens samtykkestatus på nytt etter endret foreldreansvar (R-29) og avlyser møter som samtykket ikke lenger dekker, som ved tilbaketrekking (R-31).",
    Kind = ActivityKind.Task)]
public sealed class ConsentRecheck(
    ICaseStore cases, IConsentStore consents, PolicyReader policies, IMeetingStore meetings, CaseLetters letters, ILetterStore letterStore)
    : Activity<ConsentRecheckInput, ConsentRecheckOutput>
{
    /// <inheritdoc />
    protected override async ValueTask<ActivityResult> ExecuteAsync(ConsentRecheckInput input, ActivityContext context, CancellationToken cancellationToken)
    {
        var (subject, fault) = await CaseReference.LoadAsync(input.CaseId, context, cases, cancellationToken);
        if (subject is null)
        {
            return fault!;
        }

        var report = ConsentStatusRules.Compute(subject, await consents.ListForCaseAsync(subject.Id, cancellationToken),
            await policies.CurrentAsync(cancellationToken), OsloDate.Of(context.Now));
        var before = ConsentStatusCodes.Parse(input.StatusBefore);
        var weakened = before is { } was && ConsentStatusCodes.Covers(was) > ConsentStatusCodes.Covers(report.Status);
        var code = ConsentStatusCodes.Of(report.Status);
        var change = before is { } old ? $"{ConsentStatusCodes.Of(old)} → {code}" : code;
        // A test run computes the status but cancels nothing and writes nothing to the case.
        if (CaseReference.MayChange(context))
        {
            if (subject.Status == CaseStatus.Open)
            {
                await UncoveredMeetings.CancelAsync(subject, ConsentEnd.HoldersChanged, CaseEventKinds.SystemUser, context.Now, meetings, consents, policies,
                    letters, letterStore, fromActivity: true, cancellationToken);
            }

            await cases.AppendAsync([CaseRules.Event(subject, context.Now, CaseEventKinds.ConsentRecheck, CaseEventKinds.SystemUser,
                $"Samtykket er vurdert på nytt etter endret foreldreansvar: {change} (R-29).")], cancellationToken);
            context.Message = $"Samtykke {change}";
        }

        return ActivityResult.Done(new ConsentRecheckOutput
        {
            StatusBefore = before is { } given ? ConsentStatusCodes.Of(given) : null,
            Status = code,
            Weakened = weakened,
            Missing = [.. report.Missing],
        });
    }
}
