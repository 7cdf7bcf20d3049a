namespace Velferd.Workflows.Studio.HostApi;

/// <summary>The answer of <c>POST /api/enquiries</c>: the level-0 case and its P1 instance (null when P1 is not published).</summary>
public sealed record RegisteredEnquiryAnswer(string CaseId, string? InstanceId);
