using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Velferd.Workflows.Testing.Host;

namespace Velferd.Workflows.IntegrationTests.Api;

/// <summary>An id enters through many doors; each refuses what could not be stored or found again, on the field.</summary>
public sealed class IdLimitTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Signal_CorrelationIdOver200Characters_Is400OnTheField()
    {
        var ola = await fixture.Host.ClientForAsync("ola.saksbehandler");

        var response = await ola.PostAsJsonAsync("/api/signals/Oppfolging", new { correlationId = new string('s', 201) }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(Ct);
        Assert.Equal(["The correlation id can be at most 200 characters long."], problem!.Errors["correlationId"]);
    }

    [Fact]
    public async Task Import_DefinitionIdWithASlash_Is400OnTheFieldAndStoresNothing()
    {
        var owner = await fixture.Host.ClientForAsync("kari.prosesseier");

        var response = await owner.PostAsJsonAsync("/api/definitions/import", new { definitionId = "p1/kopi", name = "Kopi med skråstrek" }, Ct);
        var list = await owner.GetStringAsync("/api/definitions", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(Ct);
        Assert.Contains("only letters, digits", Assert.Single(problem!.Errors["definitionId"]), StringComparison.Ordinal);
        Assert.DoesNotContain("Kopi med skråstrek", list, StringComparison.Ordinal);
    }
}
