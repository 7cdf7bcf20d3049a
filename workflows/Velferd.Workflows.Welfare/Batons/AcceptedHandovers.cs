namespace Velferd.Workflows.Welfare.Batons;

/// <summary>
/// Which hand-over a pathway waiting for a new stafettholder counts (R-36: only an accepted offer moves the baton):
/// the first offer of the case accepted at or after the wait began.
/// </summary>
public static class AcceptedHandovers
{
    /// <summary>The first hand-over of <paramref name="caseId"/> accepted at or after <paramref name="since"/>, if any.</summary>
    public static Handover? FirstAcceptedSince(IReadOnlyList<Handover> handovers, string caseId, DateTimeOffset since) =>
        handovers
            .Where(h => h.CaseId == caseId && h.Status == HandoverStatus.Accepted && h.DecidedAt >= since)
            .OrderBy(h => h.DecidedAt)
            .FirstOrDefault();
}
