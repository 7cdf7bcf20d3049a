using System.Text.Json.Nodes;

namespace Velferd.Workflows.Core.Expressions;

/// <summary>A constant. Its converted value is cached per target type, so evaluating it costs nothing.</summary>
public sealed class LiteralExpression(JsonNode? value, string syntax = ExpressionSyntax.Literal) : CompiledExpression
{
    private (Type Type, object? Value)? _cache;

    /// <inheritdoc />
    public override string Syntax => syntax;

    /// <summary>The constant as written in the definition.</summary>
    public JsonNode? Value => value;

    /// <inheritdoc />
    public override object? Evaluate(IExpressionScope scope, Type targetType)
    {
        // JSON nodes are mutable, so callers always get their own copy.
        if (typeof(JsonNode).IsAssignableFrom(targetType))
        {
            return value?.DeepClone();
        }

        var cached = _cache;
        if (cached is { } hit && hit.Type == targetType)
        {
            return hit.Value;
        }

        var converted = ValueConverter.Convert(value, targetType);
        _cache = (targetType, converted);
        return converted;
    }
}
