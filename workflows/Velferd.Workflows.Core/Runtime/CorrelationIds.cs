namespace Velferd.Workflows.Core.Runtime;

/// <summary>
/// The one limit on a correlation id (normally a case id), wherever it enters: the start and signal APIs, the
/// designer's run, and an activity that sets it from an input or expression. Every table keeps it in 200 characters.
/// </summary>
public static class CorrelationIds
{
    /// <summary>The longest correlation id the product stores.</summary>
    public const int MaxLength = 200;

    /// <summary>The error a too long correlation id gets.</summary>
    public const string TooLong = "The correlation id can be at most 200 characters long.";

    /// <summary>Adds <see cref="TooLong"/> to <paramref name="errors"/> under <paramref name="field"/> when <paramref name="correlationId"/> is too long.</summary>
    public static void Check(string? correlationId, string field, FieldErrors errors)
    {
        if (correlationId is { Length: > MaxLength })
        {
            errors.Add(field, TooLong);
        }
    }

    /// <summary>
    /// <paramref name="correlationId"/>, or an <see cref="ArgumentException"/> when it is too long: an activity that sets
    /// one then faults (an incident naming it) instead of storing it.
    /// </summary>
    public static string? Admit(string? correlationId) =>
        correlationId is { Length: > MaxLength } ? throw new ArgumentException(TooLong, nameof(correlationId)) : correlationId;
}
