namespace Velferd.Workflows.Core.Expressions;

/// <summary>
/// An expression could not be evaluated: a script error, a broken limit or a value of the wrong type. The runner
/// faults only the instance that evaluated it and records the message as an incident.
/// </summary>
public sealed class ExpressionEvaluationException(string message, Exception? innerException = null)
    : Exception(message, innerException);
