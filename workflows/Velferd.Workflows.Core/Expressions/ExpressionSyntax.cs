namespace Velferd.Workflows.Core.Expressions;

/// <summary>The expression syntaxes the engine evaluates, under Elsa's names.</summary>
public static class ExpressionSyntax
{
    /// <summary>A constant, written as text.</summary>
    public const string Literal = "Literal";

    /// <summary>A constant JSON value.</summary>
    public const string Object = "Object";

    /// <summary>A workflow variable.</summary>
    public const string Variable = "Variable";

    /// <summary>A JavaScript expression run by Jint.</summary>
    public const string JavaScript = "JavaScript";

    /// <summary>Every syntax, in the order the designer lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [Literal, Object, Variable, JavaScript];
}
