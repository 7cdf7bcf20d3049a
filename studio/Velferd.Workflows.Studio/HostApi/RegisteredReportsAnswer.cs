namespace Velferd.Workflows.Studio.HostApi;

/// <summary>The answer of <c>POST /api/reports</c>: one record per child .</summary>
public sealed record RegisteredReportsAnswer(IReadOnlyList<RegisteredReportAnswer> Reports);

/// <summary>One child's record of a melding; a registrant who may not see the case is told only «MOTTATT».</summary>
public sealed record RegisteredReportAnswer(string Id, int ChildIndex, string Status, int? SsbCode, string CaseId, string ChildIdentityStatus);
