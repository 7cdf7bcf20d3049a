using System.Text.Json.Nodes;

namespace Velferd.Workflows.Testing.Builders;

/// <summary>Input values in Elsa's wrapper shape, for definitions built in tests.</summary>
public static class Expr
{
    /// <summary>A literal (written as text, as the designer does).</summary>
    public static JsonObject Literal(object? value, string typeName = "String") =>
        Wrap(typeName, "Literal", value is null ? null : JsonValue.Create(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>A JavaScript expression.</summary>
    public static JsonObject JavaScript(string script, string typeName = "Object") => Wrap(typeName, "JavaScript", JsonValue.Create(script));

    /// <summary>A variable reference.</summary>
    public static JsonObject Variable(string name, string typeName = "Object") => Wrap(typeName, "Variable", JsonValue.Create(name));

    /// <summary>An expression of any syntax.</summary>
    public static JsonObject Wrap(string typeName, string syntax, JsonNode? value) => new()
    {
        ["typeName"] = typeName,
        ["expression"] = new JsonObject { ["type"] = syntax, ["value"] = value },
    };
}
