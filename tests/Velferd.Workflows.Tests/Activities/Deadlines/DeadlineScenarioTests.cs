using System.Text.Json.Nodes;
using Velferd.Workflows.Core.Deadlines;
using Velferd.Workflows.Testing;
using Velferd.Workflows.Testing.Builders;

namespace Velferd.Workflows.Tests.Activities.Deadlines;

/// <summary>DOMAIN.md acceptance scenarios, the parts that need only deadlines, events and timers (no user tasks yet).</summary>
public sealed class DeadlineScenarioTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateTimeOffset Oslo(int y, int mo, int d, int h, int mi, int offsetHours) => new(y, mo, d, h, mi, 0, TimeSpan.FromHours(offsetHours));

    private static (string, JsonNode?)[] DeadlineInputs(params (string Key, string Value)[] values) =>
        [.. values.Select(v => (v.Key, (JsonNode?)Expr.Literal(v.Value, v.Key == "wholeDay" ? "Boolean" : "String")))];

    /// <summary>P3 skeleton: review deadline with reminder and escalation events, plus the reporter-feedback date deadline.</summary>
    private static async Task<string> PublishMeldingAsync(WorkflowTestHost host)
    {
        var definition = await host.PublishAsync(new FlowchartBuilder("Melding til barnevernet")
            .Activity("start", "Elsa.Start")
            .Activity("fork", "Elsa.FlowFork", ("branches", Expr.Literal("[\"Vurdering\",\"Tilbakemelding\",\"Paminnelse\",\"Eskalering\"]", "Object")))
            .Activity("vurdering", "Velferd.Deadline", DeadlineInputs(
                ("deadlineName", "vurderingsfrist"), ("kind", "Lovpålagt"), ("sourceRule", "barnevernsloven § 2-1"), ("duration", "7 dager"),
                ("metOnEvent", "MeldingVurdert"), ("reminderBefore", "2 dager"), ("reminderTo", "assignee"),
                ("escalationAfter", "0 dager"), ("escalationTo", "teamleader"), ("team", "bv-vest")))
            .Activity("tilbakemelding", "Velferd.Deadline", DeadlineInputs(
                ("deadlineName", "tilbakemelding_mottatt"), ("kind", "Lovpålagt"), ("sourceRule", "barnevernsloven § 2-1 (R-17)"), ("duration", "3 uker"),
                ("wholeDay", "true"), ("metOnEvent", "KvitteringSendt"), ("team", "bv-vest")))
            .Activity("paminnelse", "Elsa.Event", ("eventName", Expr.Literal("vurderingsfrist:påminnelse")))
            .Activity("varsle-saksbehandler", "Elsa.WriteLine", ("text", Expr.Literal("Påminnelse til saksbehandler")))
            .Activity("eskalering", "Elsa.Event", ("eventName", Expr.Literal("vurderingsfrist:eskalering")))
            .Activity("varsle-leder", "Elsa.WriteLine", ("text", Expr.Literal("Varsel til barnevernleder")))
            .Activity("overholdt", "Elsa.WriteLine", ("text", Expr.Literal("Vurdert i tide")))
            .Activity("overskredet", "Elsa.WriteLine", ("text", Expr.Literal("OVERDUE")))
            .Connect("start", "fork")
            .Connect("fork", "vurdering", "Vurdering")
            .Connect("fork", "tilbakemelding", "Tilbakemelding")
            .Connect("fork", "paminnelse", "Paminnelse")
            .Connect("fork", "eskalering", "Eskalering")
            .Connect("paminnelse", "varsle-saksbehandler")
            .Connect("eskalering", "varsle-leder")
            .Connect("vurdering", "overholdt", "Overholdt")
            .Connect("vurdering", "overskredet", "Overskredet")
            .Build(), Ct);
        return definition.DefinitionId;
    }

    [Fact]
    public async Task AS01_MeldingReceivedFridayAt16_CreatesReviewAndFeedbackDeadlines()
    {
        await using var host = WorkflowTestHost.Create();
        var definitionId = await PublishMeldingAsync(host);

        var id = await host.StartAsync(definitionId, correlationId: "sak-as01", cancellationToken: Ct);

        var deadlines = (await host.DeadlinesAsync(new DeadlineQuery { CorrelationId = "sak-as01" }, Ct)).ToDictionary(d => d.Name);
        var review = deadlines["vurderingsfrist"];
        Assert.Equal(Oslo(2024, 3, 8, 16, 0, 1), review.DueAt);
        Assert.Equal("2024-03-08T16:00:00+01:00", review.DueLocal);
        Assert.Equal((DeadlineKind.Statutory, "barnevernsloven § 2-1", DeadlineStatus.Pending), (review.Kind, review.SourceRule, review.Status));
        Assert.Equal(Oslo(2024, 3, 6, 16, 0, 1), review.ReminderAt);
        var feedback = deadlines["tilbakemelding_mottatt"];
        Assert.Equal("2024-03-22", feedback.DueLocal);
        Assert.Equal(Oslo(2024, 3, 23, 0, 0, 1), feedback.DueAt);
        Assert.All(deadlines.Values, d => Assert.Equal(id, d.WorkflowInstanceId));
        Assert.All(deadlines.Values, d => Assert.NotNull(d.BookmarkId));
    }

    [Fact]
    public async Task AS02_ReviewNotDone_RemindsOnDayFiveAndEscalatesWhenOverdue()
    {
        await using var host = WorkflowTestHost.Create();
        var id = await host.StartAsync(await PublishMeldingAsync(host), correlationId: "sak-as02", cancellationToken: Ct);

        await host.AdvanceTimeToAsync(Oslo(2024, 3, 6, 15, 59, 1), Ct);
        var beforeReminder = await ReviewAsync(host);
        await host.AdvanceTimeToAsync(Oslo(2024, 3, 6, 16, 0, 1), Ct);
        var afterReminder = await ReviewAsync(host);
        var logAtReminder = await host.GetLogAsync(id, Ct);
        await host.AdvanceTimeToAsync(Oslo(2024, 3, 8, 16, 1, 1), Ct);

        Assert.Equal(DeadlineStatus.Pending, beforeReminder.Status);
        Assert.Equal(DeadlineStatus.Reminded, afterReminder.Status);
        Assert.Single(logAtReminder, r => r.ActivityId == "varsle-saksbehandler");
        Assert.DoesNotContain(logAtReminder, r => r.ActivityId == "varsle-leder");
        var overdue = await ReviewAsync(host);
        Assert.Equal(DeadlineStatus.Overdue, overdue.Status);
        var log = await host.GetLogAsync(id, Ct);
        Assert.Single(log, r => r.ActivityId == "overskredet");
        Assert.Single(log, r => r.ActivityId == "varsle-leder");
        Assert.Single(log, r => r.ActivityId == "varsle-saksbehandler");
        var kpi = await host.DeadlinesAsync(new DeadlineQuery { Statuses = [DeadlineStatus.Overdue], Kinds = [DeadlineKind.Statutory], Teams = ["bv-vest"] }, Ct);
        Assert.Equal(["vurderingsfrist"], kpi.Select(d => d.Name));
    }

    [Fact]
    public async Task AS02_ReviewedOnDaySix_MeetsTheDeadlineAndNeverEscalates()
    {
        await using var host = WorkflowTestHost.Create();
        var id = await host.StartAsync(await PublishMeldingAsync(host), correlationId: "sak-met", cancellationToken: Ct);

        await host.AdvanceTimeToAsync(Oslo(2024, 3, 7, 12, 0, 1), Ct);
        await host.SignalAsync("MeldingVurdert", "sak-met", new JsonObject { ["utfall"] = "undersøkelse" }, cancellationToken: Ct);
        await host.AdvanceTimeToAsync(Oslo(2024, 3, 20, 12, 0, 1), Ct);

        var review = await ReviewAsync(host);
        Assert.Equal(DeadlineStatus.Met, review.Status);
        Assert.Null(review.NextFireAt);
        var log = await host.GetLogAsync(id, Ct);
        Assert.Single(log, r => r.ActivityId == "overholdt");
        Assert.DoesNotContain(log, r => r.ActivityId is "overskredet" or "varsle-leder");
    }

    [Fact]
    public async Task AS13_LevelZeroDecisionNotMadeIn14Days_NotifiesTheLeaderAsALocalDeadline()
    {
        await using var host = WorkflowTestHost.Create();
        host.Clock.SetUtcNow(Oslo(2024, 9, 2, 10, 0, 2));
        var definition = await host.PublishAsync(new FlowchartBuilder("Avklaring nivå 0")
            .Activity("start", "Elsa.Start")
            .Activity("frist", "Velferd.Deadline", DeadlineInputs(
                ("deadlineName", "avklaringsfrist"), ("kind", "Lokal"), ("sourceRule", "Kommunal rutine: 14 dager"), ("duration", "14 dager"),
                ("wholeDay", "true"), ("metOnEvent", "AvklaringBesluttet"), ("escalationAfter", "0 dager"), ("escalationTo", "teamleader"), ("team", "tit-sentrum")))
            .Activity("varsle-leder", "Elsa.WriteLine", ("text", Expr.Literal("Varsel til leder")))
            .Connect("start", "frist")
            .Connect("frist", "varsle-leder", "Overskredet")
            .Build(), Ct);
        var id = await host.StartAsync(definition.DefinitionId, correlationId: "undring-1", cancellationToken: Ct);

        await host.AdvanceTimeToAsync(Oslo(2024, 9, 16, 23, 59, 2), Ct);
        var onLastDay = (await host.DeadlinesAsync(cancellationToken: Ct)).Single();
        await host.AdvanceTimeToAsync(Oslo(2024, 9, 17, 0, 0, 2), Ct);

        Assert.Equal(("2024-09-16", DeadlineStatus.Pending), (onLastDay.DueLocal, onLastDay.Status));
        var overdue = (await host.DeadlinesAsync(cancellationToken: Ct)).Single();
        Assert.Equal((DeadlineKind.Local, DeadlineStatus.Overdue), (overdue.Kind, overdue.Status));
        Assert.Single(await host.GetLogAsync(id, Ct), r => r.ActivityId == "varsle-leder");
    }

    [Fact]
    public async Task AS14_BirthDate20080510_TransitionAt17_LeaderAlertAt17AndAHalf_RedListAt18()
    {
        await using var host = WorkflowTestHost.Create();
        host.Clock.SetUtcNow(Oslo(2025, 1, 15, 9, 0, 1));
        var definition = await host.PublishAsync(new FlowchartBuilder("Overgang 18")
            .Activity("start", "Elsa.Start")
            .Activity("fork", "Elsa.FlowFork", ("branches", Expr.Literal("[\"Plan\",\"Atten\"]", "Object")))
            .Activity("sytten", "Velferd.AgeMilestone", ("birthDate", Expr.JavaScript("getInput('fodselsdato')", "String")), ("age", Expr.Literal("17 år")))
            .Activity("oppgave", "Elsa.WriteLine", ("text", Expr.Literal("Oppgave: overgangssamtale/ettervernsplan")))
            .Activity("vedtaksfrist", "Velferd.Deadline", DeadlineInputs(
                ("deadlineName", "ettervernsbeslutning"), ("kind", "Lokal"), ("sourceRule", "R-41: 17 år 6 mnd"), ("duration", "6 måneder"),
                ("wholeDay", "true"), ("metOnEvent", "EttervernBesluttet"), ("team", "bv-vest")))
            .Activity("varsle-leder", "Elsa.WriteLine", ("text", Expr.Literal("Varsel til barnevernleder")))
            .Activity("atten", "Velferd.AgeMilestone", ("birthDate", Expr.JavaScript("getInput('fodselsdato')", "String")), ("age", Expr.Literal("18 år")))
            .Activity("rodliste", "Elsa.SetOutput", ("outputName", Expr.Literal("rødListe")), ("outputValue", Expr.JavaScript("true", "Boolean")))
            .Connect("start", "fork")
            .Connect("fork", "sytten", "Plan")
            .Connect("fork", "atten", "Atten")
            .Connect("sytten", "oppgave", "Nådd")
            .Connect("oppgave", "vedtaksfrist")
            .Connect("vedtaksfrist", "varsle-leder", "Overskredet")
            .Connect("atten", "rodliste", "Nådd")
            .Build(), Ct);
        var id = await host.StartAsync(definition.DefinitionId, new JsonObject { ["fodselsdato"] = "2008-05-10" }, "sak-as14", Ct);

        await host.AdvanceTimeToAsync(Oslo(2025, 5, 9, 23, 59, 2), Ct);
        var before17 = await host.GetLogAsync(id, Ct);
        await host.AdvanceTimeToAsync(Oslo(2025, 5, 10, 0, 0, 2), Ct);
        var at17 = await host.GetLogAsync(id, Ct);
        await host.AdvanceTimeToAsync(Oslo(2025, 11, 10, 23, 59, 1), Ct);
        var lastDay = await host.GetLogAsync(id, Ct);
        await host.AdvanceTimeToAsync(Oslo(2025, 11, 11, 0, 0, 1), Ct);
        var afterDeadline = await host.GetLogAsync(id, Ct);
        await host.AdvanceTimeToAsync(Oslo(2026, 5, 10, 0, 0, 2), Ct);

        Assert.DoesNotContain(before17, r => r.ActivityId == "oppgave");
        Assert.Single(at17, r => r.ActivityId == "oppgave");
        Assert.DoesNotContain(lastDay, r => r.ActivityId == "varsle-leder");
        Assert.Single(afterDeadline, r => r.ActivityId == "varsle-leder");
        var decision = (await host.DeadlinesAsync(cancellationToken: Ct)).Single(d => d.Name == "ettervernsbeslutning");
        Assert.Equal(("2025-11-10", DeadlineStatus.Overdue), (decision.DueLocal, decision.Status));
        var instance = await host.GetInstanceAsync(id, Ct);
        Assert.True(instance.State.Output["rødListe"]!.GetValue<bool>());
    }

    [Fact]
    public async Task AS15_EttervernDeclined_AskAgainIsDueAYearLater()
    {
        await using var host = WorkflowTestHost.Create();
        host.Clock.SetUtcNow(Oslo(2026, 3, 20, 9, 0, 1));
        var definition = await host.PublishAsync(new FlowchartBuilder("Ettervern avslått")
            .Activity("start", "Elsa.Start")
            .Activity("avslag", "Elsa.Event", ("eventName", Expr.Literal("EttervernAvslått")))
            .Activity("brev", "Elsa.WriteLine", ("text", Expr.Literal("Brev om retten til å ombestemme seg (DPI/print)")))
            .Activity("sporpanytt", "Velferd.Deadline", DeadlineInputs(
                ("deadlineName", "spør på nytt"), ("kind", "Lokal"), ("sourceRule", "R-43"), ("duration", "12 måneder"), ("wholeDay", "true"), ("metOnEvent", "SpurtPaNytt")))
            .Activity("oppgave", "Elsa.WriteLine", ("text", Expr.Literal("Oppgave: spør på nytt")))
            .Chain("start", "avslag", "brev", "sporpanytt")
            .Connect("sporpanytt", "oppgave", "Overskredet")
            .Build(), Ct);
        var id = await host.StartAsync(definition.DefinitionId, correlationId: "sak-as15", cancellationToken: Ct);

        await host.AdvanceTimeToAsync(Oslo(2026, 4, 1, 11, 0, 2), Ct);
        await host.SignalAsync("EttervernAvslått", "sak-as15", cancellationToken: Ct);

        var ask = (await host.DeadlinesAsync(cancellationToken: Ct)).Single();
        Assert.Equal(("2027-04-01", DeadlineKind.Local), (ask.DueLocal, ask.Kind));
        Assert.Single(await host.GetLogAsync(id, Ct), r => r.ActivityId == "brev");
        await host.AdvanceTimeToAsync(Oslo(2027, 4, 2, 0, 0, 2), Ct);
        Assert.Single(await host.GetLogAsync(id, Ct), r => r.ActivityId == "oppgave");
    }

    private static async Task<Deadline> ReviewAsync(WorkflowTestHost host) =>
        (await host.DeadlinesAsync(cancellationToken: Ct)).Single(d => d.Name == "vurderingsfrist");
}
