using Velferd.Workflows.Host.Welfare;

namespace Velferd.Workflows.Host.Enquiries;

/// <summary>The answer of <c>POST /api/enquiries</c>: the level-0 case and its P1 instance (null when P1 is not published).</summary>
/// <param name="CaseId">The case the henvendelse is registered as.</param>
/// <param name="InstanceId">The P1 «Én dør inn» instance.</param>
/// <param name="Case">The case as <c>GET /api/cases/{id}</c> shows it.</param>
public sealed record RegisteredEnquiry(string CaseId, string? InstanceId, CaseView Case);
