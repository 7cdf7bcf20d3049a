namespace Velferd.Workflows.Host.Definitions;

/// <summary>The answer of a validation that found nothing wrong.</summary>
public sealed record ValidationResult(bool Valid);
