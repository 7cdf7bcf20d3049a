namespace Velferd.Workflows.Host.IndividualPlans;

/// <summary>The body of <c>POST /api/cases/{id}/individual-plan/request</c> (P5 step 1 «Behov»).</summary>
/// <param name="ReceivedOn">The day the request came, <c>YYYY-MM-DD</c> (default today); the deadlines run from it.</param>
/// <param name="Need">The need.</param>
/// <param name="Services">The services involved (<c>helse</c>, <c>ppt</c>, …).</param>
/// <param name="LongTermNeeds">True when the needs are long-term .</param>
public sealed record IndividualPlanRequestBody(string? ReceivedOn, string? Need, List<string>? Services, bool? LongTermNeeds);

/// <summary>The body of <c>POST /api/cases/{id}/individual-plan/right</c> (R-54).</summary>
/// <param name="Granted">True grants the right; false refuses it (an appealable vedtak).</param>
/// <param name="DecidedOn">The decision's date, <c>YYYY-MM-DD</c> (default today).</param>
/// <param name="Reason">The reasons (required for a refusal).</param>
public sealed record RightDecisionBody(bool? Granted, string? DecidedOn, string? Reason);

/// <summary>The body of <c>POST /api/cases/{id}/individual-plan</c> (DOMAIN-API.md).</summary>
/// <param name="Wanted">Whether the person wants an individual plan.</param>
public sealed record WishBody(bool? Wanted);

/// <summary>The body of <c>POST /api/cases/{id}/coordinators</c> (DOMAIN-API.md).</summary>
/// <param name="User">The user name of the koordinator.</param>
/// <param name="Kind"><c>koordinator</c> or <c>barnekoordinator</c>.</param>
public sealed record AppointBody(string? User, string? Kind);

/// <summary>The body of <c>POST /api/coordinators/{id}/leave</c>.</summary>
/// <param name="Reason">Why the koordinator leaves.</param>
public sealed record LeaveBody(string? Reason);
