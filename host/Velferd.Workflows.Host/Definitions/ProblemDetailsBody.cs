namespace Velferd.Workflows.Host.Definitions;

/// <summary>A short problem description for 409 answers.</summary>
public sealed record ProblemDetailsBody(string Detail);
