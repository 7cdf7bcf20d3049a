using Velferd.Workflows.Core.Activities;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Welfare.Cases;

namespace Velferd.Workflows.Activities.Cases;

/// <summary>The case an activity works on: its «Saks-id» input, or else the instance's correlation id, which is the case id.</summary>
internal static class CaseReference
{
    /// <summary>The fault message when neither names a case.</summary>
    public const string Missing = "Input 'CaseId': saks-id mangler, og instansen har ingen korrelasjons-id / no case id and no correlation id.";

    /// <summary>
    /// What a case activity says in a test run (see <c>TestRuns</c>), where it reads the case but never changes it and
    /// carries on as if the change were made.
    /// </summary>
    public const string LeftAlone = "Testkjøring: saken er ikke endret.";

    /// <summary>The case id, or null when neither the input nor the correlation id names one.</summary>
    public static string? Resolve(string? input, ActivityContext context)
    {
        // A test run's correlation id is kept apart from the case's; the case it names is the same.
        var correlated = context.CorrelationId is { } id && id.StartsWith(TestRuns.CorrelationPrefix, StringComparison.Ordinal)
            ? id[TestRuns.CorrelationPrefix.Length..]
            : context.CorrelationId;
        var caseId = string.IsNullOrWhiteSpace(input) ? correlated : input.Trim();
        return string.IsNullOrEmpty(caseId) ? null : caseId;
    }

    /// <summary>True when the activity may change the case: never in a test run, which then notes <see cref="LeftAlone"/>.</summary>
    public static bool MayChange(ActivityContext context)
    {
        if (context.TestRunBy is null)
        {
            return true;
        }

        context.Message = LeftAlone;
        return false;
    }

    /// <summary>
    /// Notes what the activity did; in a test run, where <see cref="MayChange"/> kept the case as it was, after
    /// <see cref="LeftAlone"/>, so the journal never reads as if the case had changed.
    /// </summary>
    public static void Note(ActivityContext context, string message) =>
        context.Message = context.TestRunBy is null ? message : $"{LeftAlone} {message}";

    /// <summary>The fault message when the case does not exist.</summary>
    public static string NotFound(string caseId) => $"Input 'CaseId': saken {caseId} finnes ikke / the case does not exist.";

    /// <summary>The case the activity works on, or the fault to answer when none is named or it does not exist.</summary>
    public static async Task<(WelfareCase? Case, ActivityResult? Fault)> LoadAsync(
        string? input, ActivityContext context, ICaseStore cases, CancellationToken cancellationToken)
    {
        if (Resolve(input, context) is not { } caseId)
        {
            return (null, ActivityResult.Fault(Missing));
        }

        return await cases.FindAsync(caseId, cancellationToken) is { } found ? (found, null) : (null, ActivityResult.Fault(NotFound(caseId)));
    }
}
