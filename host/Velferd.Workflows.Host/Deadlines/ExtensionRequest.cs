namespace Velferd.Workflows.Host.Deadlines;

/// <summary>A request to extend a deadline: a new due instant or an amount, and a written reason.</summary>
public sealed record ExtensionRequest(DateTimeOffset? NewDueAt, string? ExtendBy, string? Reason);
