using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Core.Identity;
using Velferd.Workflows.Host.Access;
using Velferd.Workflows.Simulator;
using Velferd.Workflows.Testing.Host;

namespace Velferd.Workflows.IntegrationTests.Api;

/// <summary>
/// The instance views outside the case view (<c>/api/instances</c> and the designer's <c>/elsa/api</c> instance,
/// variables and journal) show a child's fødselsnummer masked, keeping its last five digits.
/// </summary>
public sealed class IdentityNumberMaskingTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task InstanceViews_InstanceWithAChildsNumber_ShowItMasked()
    {
        var owner = await fixture.Host.ClientForAsync("kari.prosesseier");
        var started = await owner.PostAsJsonAsync(
            "/api/instances", new { definitionId = "p2-tidlig-innsatsteam", input = new { saksId = "sak-maskert", barn = TestPersons.Child } }, Ct);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var id = (await started.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!.GetValue<string>();
        await fixture.Host.WaitUntilIdleAsync(TimeSpan.FromSeconds(30));

        var answers = new Dictionary<string, string>
        {
            ["api instance"] = await owner.GetStringAsync($"/api/instances/{id}", Ct),
            ["api list"] = await owner.GetStringAsync("/api/instances?pageSize=100", Ct),
            ["elsa instance"] = await owner.GetStringAsync($"/elsa/api/workflow-instances/{id}", Ct),
            ["variables"] = await owner.GetStringAsync($"/elsa/api/workflow-instances/{id}/variables", Ct),
            ["journal"] = await (await owner.PostAsJsonAsync($"/elsa/api/workflow-instances/{id}/journal", new { }, Ct)).Content.ReadAsStringAsync(Ct),
        };

        Assert.All(answers, answer => Assert.DoesNotContain(TestPersons.Child, answer.Value, StringComparison.Ordinal));
        Assert.Contains("******50010", answers["api instance"], StringComparison.Ordinal);
        Assert.Contains("******50010", answers["elsa instance"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("barn 14831650010, sak 12345678901", "barn ******50010, sak 12345678901")]
    [InlineData("{\"ticks\":638712345678901234}", "{\"ticks\":638712345678901234}")]
    [InlineData("10858540068/20819042013", "******40068/******42013")]
    public void Mask_OnlyValidIdentityNumbers_KeepTheirLastFiveDigits(string text, string expected)
    {
        var validator = fixture.Host.Services.GetRequiredService<IIdentityNumberValidator>();

        Assert.Equal(expected, IdentityNumberMasking.Mask(text, validator));
    }
}
