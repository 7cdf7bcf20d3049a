using Velferd.Workflows.Welfare.Reports;

namespace Velferd.Workflows.Host.Reports;

/// <summary>One child's record in the answer of <c>POST /api/reports</c>.</summary>
public sealed record RegisteredReportView(string Id, int ChildIndex, string Status, int? SsbCode, string CaseId, string ChildIdentityStatus)
{
    /// <summary>
    /// The view for a registrant who may see the case; others (a teacher reporting, R-11) learn only that it was
    /// received, since «attached to an investigation» would tell them the child is under investigation.
    /// </summary>
    public static RegisteredReportView Of(ConcernReport report, bool maySeeCase) => maySeeCase
        ? new(report.Id, report.ChildIndex, report.Status, report.SsbCode, report.CaseId, report.ChildIdentityStatus)
        : new(report.Id, report.ChildIndex, ReportStatuses.Received, null, report.CaseId, report.ChildIdentityStatus);
}
