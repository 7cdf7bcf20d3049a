namespace Velferd.Workflows.Welfare.IndividualPlans;

/// <summary>A request for an IP and koordinator as <c>POST /api/cases/{id}/individual-plan/request</c> writes it.</summary>
/// <param name="ReceivedOn">The day it was received (default today).</param>
/// <param name="Need">The need.</param>
/// <param name="Services">The services involved.</param>
/// <param name="LongTermNeeds">True when the needs are long-term.</param>
public sealed record RequestInput(DateOnly? ReceivedOn, string? Need, IReadOnlyList<string>? Services, bool? LongTermNeeds);
