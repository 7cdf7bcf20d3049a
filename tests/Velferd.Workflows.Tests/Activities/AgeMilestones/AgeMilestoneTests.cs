using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Activities;
using Velferd.Workflows.Core;
using Velferd.Workflows.Core.Activities;
using Velferd.Workflows.Scheduling;
using Velferd.Workflows.Testing;
using Velferd.Workflows.Testing.Builders;

namespace Velferd.Workflows.Tests.Activities.AgeMilestones;

/// <summary>What <c>Velferd.AgeMilestone</c> stores so the housekeeping scan can re-plan it (DOMAIN.md R-40).</summary>
public sealed class AgeMilestoneTests
{
    private const string Person = "14831650010";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Execute_WithIdentityNumber_RowKeepsPersonAgeAndLeadTime()
    {
        await using var host = WorkflowTestHost.Create();

        await StartAsync(host, Person);

        var milestone = Assert.Single(await host.DeadlinesAsync(cancellationToken: Ct));
        Assert.Equal((Person, "18 år", "3 måneder", "R-40"), (milestone.PersonIdentityNumber, milestone.MilestoneAge, milestone.MilestoneLeadTime, milestone.SourceRule));
        Assert.Equal(new DateTimeOffset(2026, 2, 10, 0, 0, 0, TimeSpan.FromHours(1)), milestone.DueAt);
    }

    [Fact]
    public async Task Execute_WithoutIdentityNumber_PlansAsBefore_WithNoPersonToRecheck()
    {
        await using var host = WorkflowTestHost.Create();

        await StartAsync(host, identityNumber: "");

        var milestone = Assert.Single(await host.DeadlinesAsync(cancellationToken: Ct));
        Assert.Null(milestone.PersonIdentityNumber);
        Assert.Equal(new DateTimeOffset(2026, 2, 10, 0, 0, 0, TimeSpan.FromHours(1)), milestone.DueAt);
    }

    [Theory]
    [InlineData("1483165001")]
    [InlineData("1483165001x")]
    [InlineData("148316500100")]
    public async Task Execute_MalformedIdentityNumber_FaultsNamingTheInput_AndPlansNothing(string identityNumber)
    {
        await using var host = WorkflowTestHost.Create();

        var id = await StartAsync(host, identityNumber);

        var incident = Assert.Single((await host.GetInstanceAsync(id, Ct)).State.Incidents);
        Assert.Contains("Input 'IdentityNumber'", incident.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(identityNumber, incident.Message, StringComparison.Ordinal);
        Assert.Empty(await host.DeadlinesAsync(cancellationToken: Ct));
    }

    [Fact]
    public void Descriptor_OffersTheIdentityNumberInNorwegian()
    {
        using var services = new ServiceCollection().AddWorkflowCore().AddWorkflowDeadlines().AddDeadlineActivities().BuildServiceProvider();

        var descriptor = services.GetRequiredService<ActivityRegistry>().All.Select(t => t.Descriptor).Single(d => d.TypeName == "Velferd.AgeMilestone");

        var input = Assert.Single(descriptor.Inputs, i => string.Equals(i.Name, "identityNumber", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("Fødselsnummer", input.DisplayName);
        Assert.Contains("Folkeregisteret", input.Description, StringComparison.Ordinal);
    }

    private static async Task<string> StartAsync(WorkflowTestHost host, string identityNumber)
    {
        var definition = await host.PublishAsync(new FlowchartBuilder("Overgang")
            .Activity("start", "Elsa.Start")
            .Activity("plan", "Velferd.AgeMilestone",
                ("birthDate", Expr.Literal("2008-05-10")), ("age", Expr.Literal("18 år")), ("leadTime", Expr.Literal("3 måneder")),
                ("identityNumber", Expr.Literal(identityNumber)))
            .Connect("start", "plan")
            .Build(), Ct);
        return await host.StartAsync(definition.DefinitionId, correlationId: "sak-overgang", cancellationToken: Ct);
    }
}
