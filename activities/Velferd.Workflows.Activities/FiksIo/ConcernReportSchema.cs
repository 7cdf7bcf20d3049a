using NJsonSchema;

namespace Velferd.Workflows.Activities.FiksIo;

/// <summary>
/// Validates a bekymringsmelding against our JSON Schema (<c>bekymringsmelding.schema.json</c>, embedded). Errors
/// name the path and the rule broken, never the value, so they may go into a failure receipt and a log.
/// </summary>
public sealed class ConcernReportSchema
{
    private readonly Lazy<Task<JsonSchema>> _schema = new(LoadAsync);

    /// <summary>The errors in <paramref name="json"/>, or none when it is valid; unreadable JSON is one error.</summary>
    public async Task<IReadOnlyList<string>> ValidateAsync(string json, CancellationToken cancellationToken)
    {
        var schema = await _schema.Value.WaitAsync(cancellationToken);
        try
        {
            return [.. schema.Validate(json).Select(e => $"{(string.IsNullOrEmpty(e.Path) ? "#" : e.Path)}: {e.Kind}").Distinct(StringComparer.Ordinal)];
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return ["#: InvalidJson"];
        }
    }

    private static async Task<JsonSchema> LoadAsync()
    {
        await using var stream = typeof(ConcernReportSchema).Assembly.GetManifestResourceStream(typeof(ConcernReportSchema), "bekymringsmelding.schema.json")
            ?? throw new InvalidOperationException("The bekymringsmelding schema is not embedded.");
        using var reader = new StreamReader(stream);
        return await JsonSchema.FromJsonAsync(await reader.ReadToEndAsync());
    }
}
