namespace Velferd.Workflows.Core.Expressions;

/// <summary>Reads a workflow variable by name.</summary>
public sealed class VariableExpression(string variableName) : CompiledExpression
{
    /// <inheritdoc />
    public override string Syntax => ExpressionSyntax.Variable;

    /// <summary>The variable read.</summary>
    public string VariableName => variableName;

    /// <inheritdoc />
    public override object? Evaluate(IExpressionScope scope, Type targetType) =>
        ValueConverter.Convert(scope.GetVariable(variableName), targetType);
}
