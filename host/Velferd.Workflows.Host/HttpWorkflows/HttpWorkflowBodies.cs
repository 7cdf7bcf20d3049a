using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Velferd.Workflows.Host.HttpWorkflows;

/// <summary>
/// Reads a request body for an HTTP workflow as Elsa's endpoint parses it: JSON as JSON, form fields as an object, any
/// other text as a string. The host's request size limit applies before this.
/// </summary>
public static class HttpWorkflowBodies
{
    /// <summary>The parsed body (null when there is none), or why it cannot be read.</summary>
    public static async Task<(JsonNode? Body, string? Error)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            return (new JsonObject(form.Select(f => KeyValuePair.Create(f.Key, (JsonNode?)f.Value.ToString()))), null);
        }

        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync(cancellationToken);
        if (text.Length == 0)
        {
            return (null, null);
        }

        if (request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) != true)
        {
            return (text, null);
        }

        try
        {
            return (JsonNode.Parse(text), null);
        }
        catch (JsonException)
        {
            return (null, "Innholdet er ikke gyldig JSON.");
        }
    }
}
