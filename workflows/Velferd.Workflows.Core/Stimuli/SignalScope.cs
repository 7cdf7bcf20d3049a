namespace Velferd.Workflows.Core.Stimuli;

/// <summary>
/// Whom a signal sent by a user may resume (DOMAIN.md R-64): only instances the sender may act on, and, when the signal
/// names no case, only events the process owner marked as broadcast in the definition.
/// </summary>
/// <param name="Teams">Only instances owned by these teams; null when the sender may act on every team's instances.</param>
public sealed record SignalScope(IReadOnlyList<string>? Teams);
