namespace Velferd.Workflows.Core.Expressions;

/// <summary>An expression from a definition, parsed once when the definition is compiled.</summary>
public abstract class CompiledExpression
{
    /// <summary>The expression's syntax name (<c>Literal</c>, <c>Variable</c>, <c>JavaScript</c>, <c>Object</c>).</summary>
    public abstract string Syntax { get; }

    /// <summary>Evaluates the expression and converts the value to <paramref name="targetType"/>.</summary>
    /// <exception cref="ExpressionEvaluationException">The expression failed or its value does not fit the type.</exception>
    public abstract object? Evaluate(IExpressionScope scope, Type targetType);
}
