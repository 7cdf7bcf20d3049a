namespace Velferd.Workflows.Studio.HostApi;

/// <summary>The host's development clock (<c>GET /api/dev/clock</c>): its time and how far it is from the wall clock.</summary>
public sealed record ClockAnswer(DateTimeOffset Now, TimeSpan Offset);

/// <summary>What a move of the host's clock did (<c>POST /api/dev/clock</c>).</summary>
public sealed record ClockMoveAnswer(DateTimeOffset From, DateTimeOffset Now, TimeSpan Offset, int FiredSteps, bool Settled);
