using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Velferd.Workflows.Testing.Host;

namespace Velferd.Workflows.IntegrationTests.Api;

/// <summary>The OpenAPI document and Scalar as a newcomer reads them: summaries, a token Scalar can send, no internet.</summary>
public sealed partial class ApiReferenceTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OpenApiDocument_EveryOperation_HasASummary()
    {
        var document = await DocumentAsync();

        var operations = Operations(document).ToList();
        var missing = operations
            .Where(o => string.IsNullOrWhiteSpace(o.Operation["summary"]?.GetValue<string>()))
            .Select(o => o.Name)
            .ToList();

        Assert.True(operations.Count > 80, $"Only {operations.Count} operations in the document.");
        Assert.True(missing.Count == 0, $"Operations without a summary:{Environment.NewLine}{string.Join(Environment.NewLine, missing)}");
    }

    [Fact]
    public async Task OpenApiDocument_ProtectedOperations_RequireTheBearerScheme_SignInDoesNot()
    {
        var document = await DocumentAsync();

        var scheme = document["components"]!["securitySchemes"]!["Bearer"]!;
        Assert.Equal("http", scheme["type"]!.GetValue<string>());
        Assert.Equal("bearer", scheme["scheme"]!.GetValue<string>());
        Assert.Equal("JWT", scheme["bearerFormat"]!.GetValue<string>());
        Assert.Equal(["Bearer"], SchemesOf(document["paths"]!["/api/tasks/mine"]!["get"]!));
        Assert.Equal(["Bearer"], SchemesOf(document["paths"]!["/elsa/api/workflow-definitions"]!["post"]!));
        Assert.Empty(SchemesOf(document["paths"]!["/api/auth/token"]!["post"]!));
    }

    [Fact]
    public async Task Scalar_Page_LoadsNothingFromAnotherHost()
    {
        var client = fixture.Host.CreateClient();

        var page = await client.GetStringAsync("/scalar/", Ct);

        var external = ExternalReference().Matches(page).Select(m => m.Value).ToList();
        Assert.Empty(external);
        Assert.Contains("\"withDefaultFonts\":false", page, StringComparison.Ordinal);
        Assert.Contains("scalar.js", page, StringComparison.Ordinal);
        Assert.Contains("\"preferredSecurityScheme", page, StringComparison.Ordinal);
    }

    private async Task<JsonObject> DocumentAsync()
    {
        var client = fixture.Host.CreateClient();
        return (await client.GetFromJsonAsync<JsonObject>("/openapi/v1.json", Ct))!;
    }

    private static IEnumerable<(string Name, string Tag, JsonNode Operation)> Operations(JsonObject document) =>
        from path in document["paths"]!.AsObject()
        from operation in path.Value!.AsObject()
        select ($"{operation.Key.ToUpperInvariant()} {path.Key}", operation.Value!["tags"]?[0]?.GetValue<string>() ?? "", operation.Value!);

    private static List<string> SchemesOf(JsonNode operation) =>
        operation["security"] is JsonArray requirements ? [.. requirements.SelectMany(r => r!.AsObject().Select(s => s.Key))] : [];

    // Any absolute or protocol-relative URL (a font, a CDN script, telemetry) in the page.
    [GeneratedRegex(@"(?:https?:)?//[a-z0-9.-]+\.[a-z]{2,}", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}
