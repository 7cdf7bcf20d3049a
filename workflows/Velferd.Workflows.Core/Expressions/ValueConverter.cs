using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Velferd.Workflows.Core.Expressions;

/// <summary>
/// Converts expression values to the type an input declares. Literals arrive as text (<c>"true"</c>, <c>"5"</c>,
/// <c>"[\"a\"]"</c>), variables as JSON and scripts as plain values; all end up as the declared type.
/// </summary>
public static class ValueConverter
{
    /// <summary>Converts <paramref name="value"/> to <paramref name="targetType"/>.</summary>
    /// <exception cref="ExpressionEvaluationException">The value cannot be read as that type.</exception>
    public static object? Convert(object? value, Type targetType)
    {
        var underlying = Nullable.GetUnderlyingType(targetType) ?? targetType;
        if (value is JsonValue jsonValue && underlying != typeof(JsonNode) && underlying != typeof(JsonValue))
        {
            value = JsonValues.ToPlain(jsonValue);
        }

        if (value is null || (value is string { Length: 0 } && underlying != typeof(string)))
        {
            return targetType.IsValueType && Nullable.GetUnderlyingType(targetType) is null
                ? Activator.CreateInstance(targetType)
                : null;
        }

        if (underlying.IsInstanceOfType(value))
        {
            return value;
        }

        try
        {
            return ConvertNonNull(value, underlying);
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or JsonException or OverflowException or ArgumentException)
        {
            throw new ExpressionEvaluationException($"The value cannot be read as {underlying.Name}.", e);
        }
    }

    private static object? ConvertNonNull(object value, Type type)
    {
        if (type == typeof(object))
        {
            return value is JsonNode node ? JsonValues.ToPlain(node) : value;
        }

        if (type == typeof(string))
        {
            return value switch
            {
                JsonNode node => node.ToJsonString(),
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                bool b => b ? "true" : "false",
                _ => value.ToString(),
            };
        }

        if (typeof(JsonNode).IsAssignableFrom(type))
        {
            return value is string text && LooksLikeJson(text) ? JsonNode.Parse(text) : JsonValues.FromPlain(value);
        }

        if (value is string s)
        {
            return FromText(s.Trim(), type);
        }

        if (type.IsEnum)
        {
            return Enum.Parse(type, System.Convert.ToString(value, CultureInfo.InvariantCulture)!, ignoreCase: true);
        }

        if (value is IConvertible && typeof(IConvertible).IsAssignableFrom(type) && type != typeof(DateTimeOffset))
        {
            return System.Convert.ChangeType(value, type, CultureInfo.InvariantCulture);
        }

        var json = value as JsonNode ?? JsonValues.FromPlain(value);
        return json.Deserialize(type, WorkflowJson.Options);
    }

    private static object? FromText(string text, Type type)
    {
        if (type == typeof(bool))
        {
            return bool.Parse(text);
        }

        if (type.IsEnum)
        {
            return Enum.Parse(type, text, ignoreCase: true);
        }

        if (type == typeof(DateTimeOffset))
        {
            return DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        }

        if (type == typeof(TimeSpan))
        {
            return text.StartsWith('P') ? System.Xml.XmlConvert.ToTimeSpan(text) : TimeSpan.Parse(text, CultureInfo.InvariantCulture);
        }

        if (type == typeof(Guid))
        {
            return Guid.Parse(text);
        }

        if (typeof(IConvertible).IsAssignableFrom(type))
        {
            return System.Convert.ChangeType(text, type, CultureInfo.InvariantCulture);
        }

        // Collections and records are written as JSON text in literals.
        return JsonSerializer.Deserialize(text, type, WorkflowJson.Options);
    }

    private static bool LooksLikeJson(string text)
    {
        var trimmed = text.TrimStart();
        return trimmed.StartsWith('{') || trimmed.StartsWith('[');
    }
}
