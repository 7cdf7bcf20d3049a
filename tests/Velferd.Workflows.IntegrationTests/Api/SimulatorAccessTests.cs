using System.Net;
using Velferd.Workflows.Testing.Host;

namespace Velferd.Workflows.IntegrationTests.Api;

/// <summary>The simulator under <c>/simulator</c> (Development): never without a token, and only for a process owner or an admin.</summary>
public sealed class SimulatorAccessTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SimulatorRoutes_WithoutTokenOrAsCaseworker_AreRefused_AdminReadsThem()
    {
        var anonymous = fixture.Host.CreateClient();
        var ola = await fixture.Host.ClientForAsync("ola.saksbehandler");
        var admin = await fixture.Host.ClientForAsync("admin");

        var anonymousEffects = await anonymous.GetAsync("/simulator/control/effects", Ct);
        var anonymousFault = await anonymous.PostAsync("/simulator/control/reset", null, Ct);
        var anonymousPerson = await anonymous.GetAsync("/simulator/folkeregisteret/api/v1/personer/01010100050", Ct);
        var caseworker = await ola.GetAsync("/simulator/control/effects", Ct);
        var byAdmin = await admin.GetAsync("/simulator/control/effects", Ct);

        Assert.Equal(
            [HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.OK],
            [anonymousEffects.StatusCode, anonymousFault.StatusCode, anonymousPerson.StatusCode, caseworker.StatusCode, byAdmin.StatusCode]);
    }
}
