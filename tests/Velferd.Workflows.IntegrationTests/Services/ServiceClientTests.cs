using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Polly.CircuitBreaker;
using Velferd.Workflows.Activities;
using Velferd.Workflows.Activities.Arkiv;
using Velferd.Workflows.Activities.DigitalPost;
using Velferd.Workflows.Activities.FiksIo;
using Velferd.Workflows.Activities.Folkeregister;
using Velferd.Workflows.Activities.Krr;
using Velferd.Workflows.Activities.Outbox;
using Velferd.Workflows.Activities.SvarUt;
using Velferd.Workflows.Simulator;

namespace Velferd.Workflows.IntegrationTests.Services;

/// <summary>Each HTTP client against the simulator on a loopback port, with its real resilience pipeline.</summary>
public sealed class ServiceClientTests : IAsyncLifetime
{
    private SimulatorServer _simulator = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _simulator = await SimulatorServer.StartAsync(cancellationToken: Ct);

    public async ValueTask DisposeAsync() => await _simulator.DisposeAsync();

    [Fact]
    public async Task Folkeregister_429WithRetryAfterInMilliseconds_WaitsAtLeastThatLongThenAnswers()
    {
        await using var services = Build();
        _simulator.State.AddFault(new FaultRule { Service = "folkeregister", Kind = FaultKind.TooManyRequests, RetryAfter = "1500" });
        var client = services.GetRequiredService<IFolkeregisterClient>();

        var watch = Stopwatch.StartNew();
        var person = await client.FindPersonAsync(TestPersons.Mother, "k-1", Ct);
        watch.Stop();

        Assert.Equal(new DateOnly(1985, 5, 10), person?.BirthDate);
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(1500), $"Retried after {watch.Elapsed.TotalMilliseconds:0} ms");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), "Retry-After: 1500 is milliseconds, not seconds");
        Assert.Equal(2, _simulator.State.RequestCount("folkeregister"));
    }

    [Fact]
    public async Task Folkeregister_RetryAfterLongerThanTheInlineLimit_GivesItToTheOutbox()
    {
        await using var services = Build(("Services:Folkeregister:MaxInlineRetryAfter", "00:00:01"));
        _simulator.State.AddFault(new FaultRule { Service = "folkeregister", Kind = FaultKind.TooManyRequests, RetryAfter = "120000" });
        var client = services.GetRequiredService<IFolkeregisterClient>();

        var error = await Assert.ThrowsAsync<RemoteServiceException>(() => client.FindPersonAsync(TestPersons.Mother, "k-1", Ct));

        Assert.Equal((HttpStatusCode.TooManyRequests, TimeSpan.FromMinutes(2), true), (error.StatusCode, error.RetryAfter, error.IsTransient));
        Assert.Equal(1, _simulator.State.RequestCount("folkeregister"));
    }

    [Fact]
    public async Task Folkeregister_UnknownNumberAndProtectedPerson_NotFoundAndStrictlyConfidential()
    {
        await using var services = Build();
        var client = services.GetRequiredService<IFolkeregisterClient>();

        var unknown = await client.FindPersonAsync(TestPersons.Unknown, null, Ct);
        var protectedPerson = await client.FindPersonAsync(TestPersons.StrictlyConfidential, null, Ct);

        Assert.Null(unknown);
        Assert.Equal(AddressProtection.StrictlyConfidential, protectedPerson?.AddressProtection);
    }

    [Theory]
    [InlineData(TestPersons.Mother, KrrStatus.Active, false, true)]
    [InlineData(TestPersons.ReservedFather, KrrStatus.Active, true, false)]
    [InlineData(TestPersons.StrictlyConfidential, KrrStatus.NotRegistered, false, false)]
    [InlineData(TestPersons.Unknown, KrrStatus.NotRegistered, false, false)]
    public async Task Krr_SeededPerson_ReadsStatusReservationAndMailbox(string number, KrrStatus status, bool reserved, bool mailbox)
    {
        await using var services = Build();

        var contact = await services.GetRequiredService<IKrrClient>().GetContactAsync(number, null, Ct);

        Assert.Equal(new KrrContact(status, reserved, mailbox), contact);
    }

    [Fact]
    public async Task DigitalPost_500AfterTheEffectThenSuccess_OneLetterNotTwo()
    {
        await using var services = Build();
        _simulator.State.AddFault(new FaultRule { Service = "digitalpost", Kind = FaultKind.ServerError, AfterEffect = true });
        var client = services.GetRequiredService<IDigitalPostClient>();

        var shipmentId = await client.SendAsync(new LetterShipment(TestPersons.Mother, LetterChannel.Digital, "Vedtak", "dok-1"), "letter-1", Ct);

        var effect = Assert.Single(_simulator.State.Effects());
        Assert.Equal(("letter-1", 1, 2, shipmentId), (effect.IdempotencyKey, effect.Effects, effect.Requests, effect.Result));
    }

    [Fact]
    public async Task Arkiv_ServiceNeverAnswers_TimesOutAsATransientFailure()
    {
        await using var services = Build(("Services:Arkiv:AttemptTimeout", "00:00:00.300"), ("Services:Arkiv:MaxRetries", "1"), ("Services:Arkiv:RetryDelay", "00:00:00.050"));
        _simulator.State.AddFault(new FaultRule { Service = "arkiv", Kind = FaultKind.Timeout, Count = 2, Delay = TimeSpan.FromSeconds(20) });
        var client = services.GetRequiredService<IArkivClient>();

        var watch = Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<RemoteServiceException>(() => client.CreateJournalEntryAsync(new JournalEntry("sak-1", "U", "Vedtak", "dok-1"), "jp-1", Ct));
        watch.Stop();

        Assert.True(error.IsTransient);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"Gave up after {watch.Elapsed.TotalMilliseconds:0} ms");
        Assert.Equal(2, _simulator.State.RequestCount("arkiv"));
        Assert.Empty(_simulator.State.Effects());
    }

    [Fact]
    public async Task Krr_ServiceDown_OpensTheCircuitAndFailsFastWithoutCallingIt()
    {
        await using var services = Build(
            ("Services:Krr:MaxRetries", "0"), ("Services:Krr:CircuitMinimumThroughput", "2"), ("Services:Krr:CircuitBreakDuration", "00:00:30"));
        _simulator.State.AddFault(new FaultRule { Service = "krr", Kind = FaultKind.Down });
        var client = services.GetRequiredService<IKrrClient>();
        for (var i = 0; i < 2; i++)
        {
            await Assert.ThrowsAsync<RemoteServiceException>(() => client.GetContactAsync(TestPersons.Mother, null, Ct));
        }

        var requestsBefore = _simulator.State.RequestCount("krr");
        var error = await Assert.ThrowsAsync<RemoteServiceException>(() => client.GetContactAsync(TestPersons.Mother, null, Ct));

        Assert.IsType<BrokenCircuitException>(error.InnerException);
        Assert.True(error.IsTransient);
        Assert.Equal(2, requestsBefore);
        Assert.Equal(requestsBefore, _simulator.State.RequestCount("krr"));
    }

    [Fact]
    public async Task Folkeregister_ChildRelations_ParentsAndJointParentalResponsibility()
    {
        await using var services = Build();
        var client = services.GetRequiredService<IFolkeregisterClient>();

        var relations = await client.FindRelationsAsync(TestPersons.Child, "k-rel", Ct);
        var unknown = await client.FindRelationsAsync(TestPersons.Unknown, null, Ct);

        Assert.Equal([new FamilyRelation(TestPersons.Mother, "mor"), new FamilyRelation(TestPersons.ReservedFather, "far")], relations!.Relations);
        Assert.Equal(
            [new ParentalResponsibility(TestPersons.Mother, "felles"), new ParentalResponsibility(TestPersons.ReservedFather, "felles")],
            relations.ParentalResponsibility);
        Assert.Null(unknown);
    }

    [Fact]
    public async Task Folkeregister_MotherRelations_ListsHerChildren()
    {
        await using var services = Build();

        var relations = await services.GetRequiredService<IFolkeregisterClient>().FindRelationsAsync(TestPersons.Mother, null, Ct);

        Assert.Equal(
            [TestPersons.Child, TestPersons.NewbornTwin, TestPersons.Newborn],
            relations!.Relations.Where(r => r.Role == "barn").Select(r => r.IdentityNumber).Order(StringComparer.Ordinal).Reverse());
        Assert.Empty(relations.ParentalResponsibility);
    }

    [Theory]
    [InlineData(TestOrganisations.DigitalSchool, "Digital")]
    [InlineData(TestOrganisations.PrintOnlyKindergarten, "Print")]
    public async Task SvarUt_Organisation_DeliveredDigitallyOrPrinted(string organisation, string channel)
    {
        await using var services = Build();

        var receipt = await services.GetRequiredService<ISvarUtClient>().SendAsync(new SvarUtShipment(organisation, "Innkalling", "dok-1", false), $"svarut-{organisation}", Ct);

        Assert.Equal(channel, receipt.Channel);
        Assert.Equal(receipt.ShipmentId, Assert.Single(_simulator.State.Effects(), e => e.Service == "svarut").Result);
    }

    [Fact]
    public async Task SvarUt_500AfterTheEffectThenSuccess_OneShipmentNotTwo()
    {
        await using var services = Build();
        _simulator.State.AddFault(new FaultRule { Service = "svarut", Kind = FaultKind.ServerError, AfterEffect = true });

        var receipt = await services.GetRequiredService<ISvarUtClient>().SendAsync(new SvarUtShipment(TestOrganisations.DigitalSchool, "Vedtak", "dok-1", false), "svarut-1", Ct);

        var effect = Assert.Single(_simulator.State.Effects());
        Assert.Equal(("svarut-1", 1, 2, receipt.ShipmentId), (effect.IdempotencyKey, effect.Effects, effect.Requests, effect.Result));
    }

    [Fact]
    public async Task SvarUt_DigitalOnlyToAPrintOnlyRecipient_IsAPermanentFailure()
    {
        await using var services = Build();

        var error = await Assert.ThrowsAsync<RemoteServiceException>(() => services.GetRequiredService<ISvarUtClient>()
            .SendAsync(new SvarUtShipment(TestOrganisations.PrintOnlyKindergarten, "Vedtak", "dok-1", DigitalOnly: true), "svarut-2", Ct));

        Assert.Equal((HttpStatusCode.BadRequest, false), (error.StatusCode, error.IsTransient));
        Assert.Empty(_simulator.State.Effects());
    }

    [Fact]
    public async Task FiksIo_ReceiptSentTwiceWithOneKey_DeliveredOnceToTheSender()
    {
        await using var services = Build();
        var client = services.GetRequiredService<IFiksIoClient>();
        var receipt = new FiksIoOutgoingMessage("portal-konto", ConcernReportMessageTypes.Received, "melding-1", "{}");

        var first = await client.SendAsync(receipt, "kvittering-1", Ct);
        var second = await client.SendAsync(receipt, "kvittering-1", Ct);

        Assert.Equal(first, second);
        var sent = Assert.Single(_simulator.State.FiksIo.Sent());
        Assert.Equal(("velferd-konto", "portal-konto", ConcernReportMessageTypes.Received, "melding-1"), (sent.AvsenderKontoId, sent.MottakerKontoId, sent.MeldingType, sent.SvarPaMelding));
    }

    [Fact]
    public async Task FiksIo_429WithRetryAfterInSeconds_WaitsAtLeastThatLongThenSendsOnce()
    {
        await using var services = Build();
        _simulator.State.AddFault(new FaultRule { Service = "fiksio", Kind = FaultKind.TooManyRequests, RetryAfter = "1" });
        var client = services.GetRequiredService<IFiksIoClient>();

        var watch = Stopwatch.StartNew();
        await client.SendAsync(new FiksIoOutgoingMessage("portal-konto", ConcernReportMessageTypes.Received, "melding-9", "{}"), "kvittering-9", Ct);
        watch.Stop();

        Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(1), $"Retried after {watch.Elapsed.TotalMilliseconds:0} ms");
        Assert.Equal(2, _simulator.State.RequestCount("fiksio"));
        Assert.Single(_simulator.State.FiksIo.Sent());
    }

    [Fact]
    public async Task SvarUt_ServiceNeverAnswers_TimesOutAsATransientFailureWithoutAShipment()
    {
        await using var services = Build(("Services:SvarUt:AttemptTimeout", "00:00:00.300"), ("Services:SvarUt:MaxRetries", "1"), ("Services:SvarUt:RetryDelay", "00:00:00.050"));
        _simulator.State.AddFault(new FaultRule { Service = "svarut", Kind = FaultKind.Timeout, Count = 2, Delay = TimeSpan.FromSeconds(20) });

        var error = await Assert.ThrowsAsync<RemoteServiceException>(() => services.GetRequiredService<ISvarUtClient>()
            .SendAsync(new SvarUtShipment(TestOrganisations.DigitalSchool, "Vedtak", "dok-1", false), "svarut-3", Ct));

        Assert.True(error.IsTransient);
        Assert.Equal(2, _simulator.State.RequestCount("svarut"));
        Assert.Empty(_simulator.State.Effects());
    }

    [Fact]
    public async Task FiksIo_InboundMessage_DeliveredUntilAcknowledged()
    {
        await using var services = Build();
        var client = services.GetRequiredService<IFiksIoClient>();
        _simulator.State.FiksIo.Deliver(new InboundMessage("inn-1", ConcernReportMessageTypes.Public, "{}"));

        var first = await client.ReceiveAsync(Ct);
        var again = await client.ReceiveAsync(Ct);
        await client.AcknowledgeAsync("inn-1", Ct);
        var afterAck = await client.ReceiveAsync(Ct);

        Assert.Equal(("inn-1", ConcernReportMessageTypes.Public, "bekymringsmelding-portal"), (first.Single().MessageId, first.Single().MessageType, first.Single().SenderAccount));
        Assert.Single(again);
        Assert.Empty(afterAck);
    }

    [Fact]
    public async Task Maskinporten_ServiceRequiresTokens_TwoCallsShareOneTokenSignedWithOurKey()
    {
        using var key = RSA.Create(2048);
        _simulator.State.Maskinporten.RequireTokens = true;
        _simulator.State.Maskinporten.RegisterKey("velferd-test", key.ExportSubjectPublicKeyInfoPem());
        await using var services = Build(Maskinporten(key, ("Services:Folkeregister:Scopes", "folkeregister:deling/offentligmedhjemmel")));
        var client = services.GetRequiredService<IFolkeregisterClient>();

        var person = await client.FindPersonAsync(TestPersons.Mother, null, Ct);
        var relations = await client.FindRelationsAsync(TestPersons.Child, null, Ct);

        Assert.NotNull(person);
        Assert.NotNull(relations);
        Assert.Equal(1, _simulator.State.Maskinporten.TokenRequests);
    }

    [Fact]
    public async Task Maskinporten_GrantSignedWithAnotherKey_IsRefusedAndTheCallFails()
    {
        using var registered = RSA.Create(2048);
        using var other = RSA.Create(2048);
        _simulator.State.Maskinporten.RequireTokens = true;
        _simulator.State.Maskinporten.RegisterKey("velferd-test", registered.ExportSubjectPublicKeyInfoPem());
        await using var services = Build(Maskinporten(other, ("Services:Krr:Scopes", "krr:global/kontaktinformasjon.read")));

        var error = await Assert.ThrowsAsync<RemoteServiceException>(() => services.GetRequiredService<IKrrClient>().GetContactAsync(TestPersons.Mother, null, Ct));

        Assert.Equal((HttpStatusCode.BadRequest, false), (error.StatusCode, error.IsTransient));
        Assert.Equal(0, _simulator.State.RequestCount("krr"));
    }

    [Fact]
    public async Task Maskinporten_ServiceRequiresTokensButNoneIsSent_401IsAPermanentFailure()
    {
        _simulator.State.Maskinporten.RequireTokens = true;
        await using var services = Build();

        var error = await Assert.ThrowsAsync<RemoteServiceException>(() => services.GetRequiredService<IFolkeregisterClient>().FindPersonAsync(TestPersons.Mother, null, Ct));

        Assert.Equal((HttpStatusCode.Unauthorized, false), (error.StatusCode, error.IsTransient));
    }

    private (string Key, string Value)[] Maskinporten(RSA key, params (string Key, string Value)[] more) =>
    [
        ("Maskinporten:Enabled", "true"),
        ("Maskinporten:TokenEndpoint", _simulator.BaseUrl + "maskinporten/token"),
        ("Maskinporten:Audience", MaskinportenSimulator.Audience),
        ("Maskinporten:ClientId", "velferd-test"),
        ("Maskinporten:KeyId", "test-key"),
        ("Maskinporten:PrivateKeyPem", key.ExportRSAPrivateKeyPem()),
        .. more,
    ];

    private ServiceProvider Build(params (string Key, string Value)[] settings)
    {
        var values = new Dictionary<string, string?>
        {
            ["Services:Folkeregister:BaseUrl"] = _simulator.BaseUrl + "folkeregisteret",
            ["Services:Folkeregister:RetryAfterUnit"] = "Milliseconds",
            ["Services:Krr:BaseUrl"] = _simulator.BaseUrl + "krr",
            ["Services:DigitalPost:BaseUrl"] = _simulator.BaseUrl + "digitalpost",
            ["Services:Arkiv:BaseUrl"] = _simulator.BaseUrl + "arkiv",
            ["Services:SvarUt:BaseUrl"] = _simulator.BaseUrl + "svarut",
            ["Services:FiksIo:BaseUrl"] = _simulator.BaseUrl + "fiksio",
            ["Identity:AllowSyntheticNumbers"] = "true",
        };
        foreach (var (key, value) in settings)
        {
            values[key] = value;
        }

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        services.AddWelfareActivities();
        return services.BuildServiceProvider();
    }
}
