using System.Text.Json;
using System.Text.Json.Serialization;

namespace Velferd.Workflows.Core;

/// <summary>
/// The JSON settings of Elsa's contract, used for definitions and instance state: camelCase names and enums as
/// PascalCase strings (Elsa Studio reads property names case-sensitively).
/// </summary>
public static class WorkflowJson
{
    /// <summary>Shared, read-only serializer options.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
