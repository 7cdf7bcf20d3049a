using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Velferd.Workflows.Activities.Consents;
using Velferd.Workflows.Core;
using Velferd.Workflows.Core.Activities;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Testing;
using Velferd.Workflows.Testing.Builders;
using Velferd.Workflows.Testing.Welfare;
using Velferd.Workflows.Welfare;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Consents;
using Velferd.Workflows.Welfare.Policies;

namespace Velferd.Workflows.Tests.Activities.Consents;

public sealed class ConsentGateTests
{
    private static readonly string[] Ports = [ConsentGate.ValidOutcome, ConsentGate.PartialOutcome, ConsentGate.MissingOutcome];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ConsentGate_R28_BothHoldersSignedUnderBegge_TakesGyldig()
    {
        await using var host = CreateHost();
        var subject = await AddCaseAsync(host, c => c.SignedByGuardians(0, 1));

        var id = await RunGateAsync(host, subject.Id, services: "[\"ppt\"]");

        Assert.Equal("Gyldig", await PortOfGateAsync(host, id));
        Assert.Equal("GYLDIG", (await OutputOfGateAsync(host, id))?["Status"]?.GetValue<string>());
    }

    [Fact]
    public async Task ConsentGate_R28_OneOfTwoHoldersSignedUnderBegge_TakesDelvis()
    {
        await using var host = CreateHost();
        var subject = await AddCaseAsync(host, c => c.SignedByGuardians(0));

        var id = await RunGateAsync(host, subject.Id, services: "[\"ppt\"]");

        Assert.Equal("Delvis", await PortOfGateAsync(host, id));
        var output = await OutputOfGateAsync(host, id);
        Assert.Equal("DELVIS", output?["Status"]?.GetValue<string>());
        Assert.Contains("1 av 2", output?["Missing"]?.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConsentGate_R28_OneHolderSignedUnderEn_TakesGyldig()
    {
        await using var host = CreateHost();
        await AddPolicyAsync(host, WelfarePolicy.Defaults("3201") with { ConsentPolicy = ConsentPolicy.One, Version = 1 });
        var subject = await AddCaseAsync(host, c => c.SignedByGuardians(0));

        var id = await RunGateAsync(host, subject.Id, services: "[\"ppt\"]");

        Assert.Equal("Gyldig", await PortOfGateAsync(host, id));
    }

    [Fact]
    public async Task ConsentGate_R27_ServiceNoConsentNames_TakesMangler()
    {
        await using var host = CreateHost();
        var subject = await AddCaseAsync(host, c => c.SignedByGuardians(0, 1));

        var id = await RunGateAsync(host, subject.Id, services: "[\"barnevern\"]");

        Assert.Equal("Mangler", await PortOfGateAsync(host, id));
        Assert.Equal("MANGLER", (await OutputOfGateAsync(host, id))?["Status"]?.GetValue<string>());
    }

    [Fact]
    public async Task ConsentGate_R32_ConsentExpiredByTheBurstsClock_TakesManglerWithUtlopt()
    {
        await using var host = CreateHost();
        var subject = await AddCaseAsync(host, c => c.SignedByGuardians(0, 1).Valid(new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 10)));
        host.Clock.SetUtcNow(new DateTimeOffset(2024, 3, 11, 8, 0, 0, TimeSpan.Zero));

        var id = await RunGateAsync(host, subject.Id, services: "[\"ppt\"]");

        Assert.Equal("Mangler", await PortOfGateAsync(host, id));
        Assert.Equal("UTLØPT", (await OutputOfGateAsync(host, id))?["Status"]?.GetValue<string>());
    }

    [Fact]
    public async Task ConsentGate_R31_ConsentWithdrawn_TakesManglerWithTrukket()
    {
        await using var host = CreateHost();
        var subject = await AddCaseAsync(host, c => c.SignedByGuardians(0, 1).With(consent => consent with
        {
            Withdrawals = [new ConsentWithdrawal("w1", WelfareCaseBuilder.DefaultNow, [], [], WithdrawalChannel.Written, "saksbehandler")],
        }));

        var id = await RunGateAsync(host, subject.Id, services: "[\"ppt\"]");

        Assert.Equal("Mangler", await PortOfGateAsync(host, id));
        Assert.Equal("TRUKKET", (await OutputOfGateAsync(host, id))?["Status"]?.GetValue<string>());
    }

    [Fact]
    public async Task ConsentGate_R28_HealthCategoryOfASixteenYearOldWithoutOwnConsent_TakesMangler()
    {
        await using var host = CreateHost();
        var subject = await AddCaseAsync(
            host, c => c.SignedByGuardians(0, 1).Covering(["ppt"], ["helse", "skole"]), b => b.ChildBornOn(new DateOnly(2008, 1, 1)));

        var school = await RunGateAsync(host, subject.Id, services: "[\"ppt\"]", categories: "[\"skole\"]");
        var health = await RunGateAsync(host, subject.Id, services: "[\"ppt\"]", categories: "[\"helse\"]");

        Assert.Equal("Delvis", await PortOfGateAsync(host, school));
        Assert.Equal("Mangler", await PortOfGateAsync(host, health));
    }

    [Fact]
    public async Task ConsentGate_NoCaseId_ReadsTheCorrelationIdAndIsSafeToRunAgain()
    {
        await using var host = CreateHost();
        var subject = await AddCaseAsync(host, c => c.SignedByGuardians(0, 1));

        var first = await RunGateAsync(host, subject.Id, services: "[\"ppt\"]", caseIdInput: false);
        var second = await RunGateAsync(host, subject.Id, services: "[\"ppt\"]", caseIdInput: false);

        Assert.Equal("Gyldig", await PortOfGateAsync(host, first));
        Assert.Equal("Gyldig", await PortOfGateAsync(host, second));
    }

    [Fact]
    public async Task ConsentGate_UnknownCase_Faults()
    {
        await using var host = CreateHost();

        var id = await RunGateAsync(host, "finnes-ikke", services: "[\"ppt\"]");

        Assert.Equal(WorkflowSubStatus.Faulted, (await host.GetInstanceAsync(id, Ct)).SubStatus);
    }

    [Fact]
    public void Descriptor_HasTheThreePorts_AndNorwegianDescriptionsOnEveryInput()
    {
        using var services = new ServiceCollection().AddWorkflowCore().AddActivity<ConsentGate>().BuildServiceProvider();

        var descriptor = services.GetRequiredService<ActivityRegistry>().All.Select(t => t.Descriptor).Single(d => d.TypeName == "Velferd.ConsentGate");

        Assert.Equal("Samtykkeport", descriptor.DisplayName);
        Assert.Equal("Samtykke", descriptor.Category);
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Description));
        Assert.Equal(Ports, descriptor.Ports.Select(p => p.Name).Where(Ports.Contains));
        Assert.Equal(["Saks-id", "Tjenester", "Kategorier"], descriptor.Inputs.Select(i => i.DisplayName));
        Assert.All(descriptor.Inputs, input => Assert.False(string.IsNullOrWhiteSpace(input.Description)));
        Assert.Contains("korrelasjons-id", descriptor.Inputs[0].Description, StringComparison.Ordinal);
    }

    private static WorkflowTestHost CreateHost() => WorkflowTestHost.Create(services =>
    {
        services.AddSingleton(Options.Create(new WelfareOptions()));
        services.AddScoped<PolicyReader>();
        services.AddActivity<ConsentGate>();
    });

    private static async Task<WelfareCase> AddCaseAsync(
        WorkflowTestHost host, Func<ConsentBuilder, ConsentBuilder> consent, Func<WelfareCaseBuilder, WelfareCaseBuilder>? subject = null)
    {
        var created = (subject ?? (b => b))(WelfareCaseBuilder.Open()).Build();
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ICaseStore>().AddAsync(created, [], Ct);
        await scope.ServiceProvider.GetRequiredService<IConsentStore>().AddAsync(consent(ConsentBuilder.For(created)).Build(), [], Ct);
        return created;
    }

    private static async Task AddPolicyAsync(WorkflowTestHost host, WelfarePolicy policy)
    {
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IPolicyStore>().AddAsync(policy, Ct);
    }

    private static async Task<string> RunGateAsync(WorkflowTestHost host, string caseId, string services, string? categories = null, bool caseIdInput = true)
    {
        var inputs = new List<(string, System.Text.Json.Nodes.JsonNode?)> { ("services", Expr.Literal(services, "Object")) };
        if (categories is not null)
        {
            inputs.Add(("categories", Expr.Literal(categories, "Object")));
        }

        if (caseIdInput)
        {
            inputs.Add(("caseId", Expr.Literal(caseId)));
        }

        var builder = new FlowchartBuilder("Samtykke").Activity("start", "Elsa.Start").Activity("gate", "Velferd.ConsentGate", [.. inputs]).Activity("end", "Elsa.End")
            .Connect("start", "gate");
        foreach (var port in Ports)
        {
            builder.Connect("gate", "end", port);
        }

        var definition = await host.PublishAsync(builder.Build(), Ct);
        return await host.StartAsync(definition.DefinitionId, correlationId: caseId, cancellationToken: Ct);
    }

    private static async Task<string?> PortOfGateAsync(WorkflowTestHost host, string instanceId) =>
        (await host.GetLogAsync(instanceId, Ct)).LastOrDefault(r => r.ActivityId == "gate" && r.Status == ActivityExecutionStatus.Completed)?.Outcomes.Single();

    private static async Task<System.Text.Json.Nodes.JsonNode?> OutputOfGateAsync(WorkflowTestHost host, string instanceId) =>
        (await host.GetLogAsync(instanceId, Ct)).Last(r => r.ActivityId == "gate" && r.Status == ActivityExecutionStatus.Completed).Output;
}
