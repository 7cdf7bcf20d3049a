using System.Net;
using Bunit;
using Velferd.Workflows.Studio.Overview;

namespace Velferd.Workflows.Tests.Studio.Components;

public sealed class ReassignCellTests : StudioComponentContext
{
    [Fact]
    public void Reassign_NoUserNameTyped_SaysSoUnderTheFieldAndAsksTheHostNothing()
    {
        var reassigned = 0;
        var cell = Render<ReassignCell>(p => p.Add(c => c.TaskId, "t1").Add(c => c.User, Supervisor).Add(c => c.Reassigned, () => reassigned++));

        cell.Find("button").Click();

        Assert.Contains("Skriv brukernavnet oppgaven skal gis til.", cell.Markup, StringComparison.Ordinal);
        Assert.Empty(Requests);
        Assert.Equal(0, reassigned);
    }

    [Fact]
    public async Task Reassign_HostRefusesTheUser_ShowsItsFieldErrorAndTellsThePageNothing()
    {
        HostAnswers(HttpStatusCode.BadRequest, """{"title":"Ugyldig","status":400,"errors":{"userId":["Brukeren finnes ikke i oppgavens team."]}}""");
        var reassigned = 0;
        var cell = Render<ReassignCell>(p => p.Add(c => c.TaskId, "t 1").Add(c => c.User, Supervisor).Add(c => c.Reassigned, () => reassigned++));

        cell.Find("input").Change("  per.ukjent ");
        await cell.Find("button").ClickAsync(new());

        var request = Assert.Single(Requests);
        Assert.Equal(("POST", "/api/tasks/t%201/reassign"), (request.Method, request.Path));
        Assert.Equal("""{"userId":"per.ukjent"}""", request.Body);
        cell.WaitForAssertion(() => Assert.Contains("Brukeren finnes ikke i oppgavens team.", cell.Markup, StringComparison.Ordinal));
        Assert.Equal(0, reassigned);
    }

    [Fact]
    public async Task Reassign_HostAgrees_TellsThePageAndEmptiesTheField()
    {
        HostAnswers(HttpStatusCode.OK, "{}");
        var reassigned = 0;
        var cell = Render<ReassignCell>(p => p.Add(c => c.TaskId, "t1").Add(c => c.User, Supervisor).Add(c => c.Reassigned, () => reassigned++));

        cell.Find("input").Change("ola.saksbehandler");
        await cell.Find("button").ClickAsync(new());

        cell.WaitForAssertion(() => Assert.Equal(1, reassigned));
        Assert.Equal("", cell.Find("input").GetAttribute("value") ?? "");
    }
}
