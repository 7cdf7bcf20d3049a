using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Moq;
using Velferd.Workflows.Activities;
using Velferd.Workflows.Activities.Arkiv;
using Velferd.Workflows.Activities.DigitalPost;
using Velferd.Workflows.Activities.FiksIo;
using Velferd.Workflows.Welfare;
using Velferd.Workflows.Welfare.CaseLog;
using Velferd.Workflows.Welfare.Consents;
using Velferd.Workflows.Welfare.Policies;
using Velferd.Workflows.Welfare.Reports;
using Velferd.Workflows.Activities.Folkeregister;
using Velferd.Workflows.Core.Identity;
using Velferd.Workflows.Activities.Krr;
using Velferd.Workflows.Activities.Outbox;
using Velferd.Workflows.Activities.SvarUt;
using Velferd.Workflows.Activities.Triggers;
using Velferd.Workflows.Core;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Testing;
using Velferd.Workflows.Testing.Builders;
using Velferd.Workflows.Testing.InMemory;

namespace Velferd.Workflows.Tests.Activities;

/// <summary>
/// The engine in memory on a fake clock with the service activities, their outbox handlers and the outbox
/// dispatcher, and Moq fakes behind the client interfaces. Nothing runs in the background: a test drains the
/// outbox with <see cref="DeliverAsync"/>.
/// </summary>
internal sealed class ServiceActivityHost : IAsyncDisposable
{
    private ServiceActivityHost(WorkflowTestHost host) => Host = host;

    public WorkflowTestHost Host { get; }

    public Mock<IFolkeregisterClient> Folkeregister { get; } = new(MockBehavior.Strict);

    public Mock<IKrrClient> Krr { get; } = new(MockBehavior.Strict);

    public Mock<IDigitalPostClient> DigitalPost { get; } = new(MockBehavior.Strict);

    public Mock<IArkivClient> Arkiv { get; } = new(MockBehavior.Strict);

    public Mock<ISvarUtClient> SvarUt { get; } = new(MockBehavior.Strict);

    public Mock<IFiksIoClient> FiksIo { get; } = new(MockBehavior.Strict);

    public InMemoryOutbox Outbox => Host.Services.GetRequiredService<InMemoryOutbox>();

    public static ServiceActivityHost Create()
    {
        ServiceActivityHost? created = null;
        var host = WorkflowTestHost.Create(services =>
        {
            services.AddSingleton(_ => created!.Folkeregister.Object);
            services.AddSingleton(_ => created!.Krr.Object);
            services.AddSingleton(_ => created!.DigitalPost.Object);
            services.AddSingleton(_ => created!.Arkiv.Object);
            services.AddSingleton(_ => created!.SvarUt.Object);
            services.AddSingleton(_ => created!.FiksIo.Object);
            services.AddSingleton<ConcernReportSchema>();
            services.AddScoped<PathwayTriggers>();
            services.AddScoped<ConcernReportReceiver>();
            services.AddOptions<WelfareOptions>();
            services.AddScoped<ReportPathway>();
            services.AddScoped<CaseArchive>();
            services.AddScoped<ReportRegistration>();
            services.AddScoped<PolicyReader>();
            services.AddScoped<ParentalResponsibilityChanges>();
            services.AddScoped<FolkeregisterEventReceiver>();
            services.AddSingleton<IIdentityNumberValidator>(new ModulusElevenIdentityNumberValidator(Options.Create(new IdentityNumberOptions { AllowSyntheticNumbers = true })));
            services.AddSingleton(Options.Create(new OutboxOptions()));
            services.AddSingleton(Options.Create(new DigitalPostOptions()));
            services.AddOutboxHandlers();
            services.AddSingleton<OutboxDispatcher>();
            services.AddScoped<OutboxIncidents>();
            services.AddActivity<GetPerson>().AddActivity<GetRelations>().AddActivity<ReceiveEvent>().AddActivity<GetContactInfo>().AddActivity<SendLetter>()
                .AddActivity<SendShipment>().AddActivity<ReceiveConcernReport>().AddActivity<SendReceipt>().AddActivity<RecordJournalEntry>();
        });
        created = new ServiceActivityHost(host);
        return created;
    }

    /// <summary>Publishes start → the activity → end, with every outcome of the activity going to <c>end</c>.</summary>
    public async Task<string> PublishSingleAsync(string type, string[] outcomes, params (string Key, JsonNode? Value)[] inputs)
    {
        var builder = new FlowchartBuilder(type)
            .Activity("start", "Elsa.Start")
            .Activity("call", type, inputs)
            .Activity("end", "Elsa.End")
            .Connect("start", "call");
        foreach (var outcome in outcomes)
        {
            builder.Connect("call", "end", outcome);
        }

        var definition = await Host.PublishAsync(builder.Build(), TestContext.Current.CancellationToken);
        return definition.DefinitionId;
    }

    /// <summary>Sends what the outbox holds now, then applies the resulting stimuli.</summary>
    public async Task DeliverAsync()
    {
        await Host.Services.GetRequiredService<OutboxDispatcher>().RunUntilIdleAsync(TestContext.Current.CancellationToken);
        await Host.RunUntilIdleAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Resolves an incident as an operator does, then applies the resulting stimuli.</summary>
    public async Task ResolveAsync(string incidentId)
    {
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<OutboxIncidents>().ResolveAsync(incidentId, "Sendt manuelt", TestContext.Current.CancellationToken));
        }

        await Host.RunUntilIdleAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>The outcome the activity <c>call</c> completed on, or null while it waits.</summary>
    public async Task<string?> OutcomeOfCallAsync(string instanceId)
    {
        var log = await Host.GetLogAsync(instanceId, TestContext.Current.CancellationToken);
        return log.LastOrDefault(r => r.ActivityId == "call" && r.Status == ActivityExecutionStatus.Completed)?.Outcomes.Single();
    }

    /// <summary>The output the activity <c>call</c> completed with.</summary>
    public async Task<JsonNode?> OutputOfCallAsync(string instanceId)
    {
        var log = await Host.GetLogAsync(instanceId, TestContext.Current.CancellationToken);
        return log.Last(r => r.ActivityId == "call" && r.Status == ActivityExecutionStatus.Completed).Output;
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
