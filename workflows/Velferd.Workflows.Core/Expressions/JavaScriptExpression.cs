using Acornima.Ast;
using Jint;

namespace Velferd.Workflows.Core.Expressions;

/// <summary>A JavaScript expression or script run by Jint under the limits in <see cref="JavaScriptOptions"/>.</summary>
public sealed class JavaScriptExpression(string source, Prepared<Script> script) : CompiledExpression
{
    /// <inheritdoc />
    public override string Syntax => ExpressionSyntax.JavaScript;

    /// <summary>The script as written.</summary>
    public string Source => source;

    /// <inheritdoc />
    public override object? Evaluate(IExpressionScope scope, Type targetType) =>
        ValueConverter.Convert(scope.JavaScript.Evaluate(script), targetType);
}
