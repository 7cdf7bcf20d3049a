using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Activities.Cases;
using Velferd.Workflows.Core;
using Velferd.Workflows.Core.Activities;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Testing;
using Velferd.Workflows.Testing.Builders;
using Velferd.Workflows.Testing.Welfare;
using Velferd.Workflows.Welfare;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Persons;
using Velferd.Workflows.Welfare.Transitions;
using static Velferd.Workflows.Tests.Activities.CaseWaitHost;

namespace Velferd.Workflows.Tests.Activities.Cases;

public sealed class CloseCaseTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CloseCase_OpenCase_ClosesItWithTheEndCodeAndEndsThePathwayWithItAsUtfall()
    {
        await using var host = CreateHost();
        var subject = WelfareCaseBuilder.Open().Build();
        await AddCaseAsync(host, subject);

        var id = await RunAsync(host, subject.Id, "Velferd.CloseCase", [],
            ("endCode", Expr.Literal("AVSLUTTET_MÅL_NÅDD")), ("reason", Expr.Literal("Målene er nådd.")));

        var closed = await CaseAsync(host, subject.Id);
        Assert.Equal((CaseStatus.Closed, "AVSLUTTET_MÅL_NÅDD", "Målene er nådd."), (closed.Status, closed.EndCode, closed.CloseReason));
        var instance = await host.GetInstanceAsync(id, Ct);
        Assert.Equal(WorkflowSubStatus.Finished, instance.SubStatus);
        Assert.Equal("AVSLUTTET_MÅL_NÅDD", instance.State.Output["Utfall"]!.GetValue<string>());
    }

    [Fact]
    public async Task CloseCase_UnknownEndCode_FaultsAndLeavesTheCaseOpen()
    {
        await using var host = CreateHost();
        var subject = WelfareCaseBuilder.Open().Build();
        await AddCaseAsync(host, subject);

        var id = await RunAsync(host, subject.Id, "Velferd.CloseCase", [], ("endCode", Expr.Literal("FERDIG")), ("reason", Expr.Literal("Ferdig.")));

        Assert.Equal(WorkflowSubStatus.Faulted, (await host.GetInstanceAsync(id, Ct)).SubStatus);
        Assert.Equal(CaseStatus.Open, (await CaseAsync(host, subject.Id)).Status);
    }

    // a barnevern case whose young person is 18 with an active measure and no transition decision is held open
    // against a pathway as against a caseworker; with a decision recorded the same step closes it.
    [Fact]
    public async Task CloseCase_R41_EighteenWithAnActiveMeasureAndNoDecision_FaultsAndLeavesTheCaseOpen_WithADecisionCloses()
    {
        await using var host = CreateHost();
        var today = OsloDate.Of(host.Clock.GetUtcNow());
        var subject = WelfareCaseBuilder.Open().With(c => c with { Kind = CaseKind.Barnevern, Child = c.Child with { BirthDate = today.AddYears(-18).AddDays(-1) } }).Build();
        await AddCaseAsync(host, subject);
        var now = host.Clock.GetUtcNow();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var measure = new Measure
            {
                Id = Ids.New(now), CaseId = subject.Id, Kind = MeasureKinds.Aftercare, StartDate = today, Status = MeasureStatuses.Active, CreatedAt = now, CreatedBy = "bjorn", Revision = 1,
            };
            await scope.ServiceProvider.GetRequiredService<ITransitionStore>().SaveAsync(new TransitionChange(measure, [], null), [], Ct);
        }

        var held = await RunAsync(host, subject.Id, "Velferd.CloseCase", [], ("endCode", Expr.Literal("AVSLUTTET_ETTER_ØNSKE")), ("reason", Expr.Literal("Ønsker ikke mer hjelp.")));
        var whileHeld = await CaseAsync(host, subject.Id);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var declined = (CaseChange<TransitionChange>.Applied)TransitionRules.Decline(whileHeld, today, "Vil klare seg selv.", "bjorn", now, new FieldErrors());
            await scope.ServiceProvider.GetRequiredService<ITransitionStore>().SaveAsync(declined.Value, declined.Events, Ct);
        }

        var closes = await RunAsync(host, subject.Id, "Velferd.CloseCase", [], ("endCode", Expr.Literal("AVSLUTTET_ETTER_ØNSKE")), ("reason", Expr.Literal("Ønsker ikke mer hjelp.")));

        Assert.Equal(WorkflowSubStatus.Faulted, (await host.GetInstanceAsync(held, Ct)).SubStatus);
        Assert.Equal(CaseStatus.Open, whileHeld.Status);
        Assert.Equal(WorkflowSubStatus.Finished, (await host.GetInstanceAsync(closes, Ct)).SubStatus);
        Assert.Equal(CaseStatus.Closed, (await CaseAsync(host, subject.Id)).Status);
    }

    [Fact]
    public async Task CloseCase_CaseAlreadyClosedByAWithdrawal_EndsThePathwayWithThatCode()
    {
        await using var host = CreateHost();
        var subject = WelfareCaseBuilder.Open().With(c => c with { Status = CaseStatus.Closed, EndCode = EndCodes.ConsentWithdrawn }).Build();
        await AddCaseAsync(host, subject);

        var id = await RunAsync(host, subject.Id, "Velferd.CloseCase", [],
            ("endCode", Expr.Literal("AVSLUTTET_MÅL_NÅDD")), ("reason", Expr.Literal("Målene er nådd.")));

        Assert.Equal(EndCodes.ConsentWithdrawn, (await host.GetInstanceAsync(id, Ct)).State.Output["Utfall"]!.GetValue<string>());
        Assert.Equal(EndCodes.ConsentWithdrawn, (await CaseAsync(host, subject.Id)).EndCode);
    }

    [Fact]
    public async Task CaseClosedWait_CaseOpen_WaitsAndAResumeWhileOpenChangesNothing_ClosedEndsWithTheCasesCode()
    {
        await using var host = CreateHost();
        var subject = WelfareCaseBuilder.Open().Build();
        await AddCaseAsync(host, subject);
        var id = await RunAsync(host, subject.Id, "Velferd.CaseClosed", []);

        await ResumeAsync(host, id, CaseClosedWait.BookmarkName);
        var whileOpen = (await host.GetInstanceAsync(id, Ct)).SubStatus;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<ICaseStore>();
            var closed = (CaseChange<WelfareCase>.Applied)CaseRules.Close((await store.FindAsync(subject.Id, Ct))!, EndCodes.ConsentWithdrawn, "Samtykket er trukket.", "tone", host.Clock.GetUtcNow());
            await store.UpdateAsync(closed.Value, closed.Events, Ct);
        }

        await ResumeAsync(host, id, CaseClosedWait.BookmarkName);

        Assert.Equal(WorkflowSubStatus.Suspended, whileOpen);
        var instance = await host.GetInstanceAsync(id, Ct);
        Assert.Equal(WorkflowSubStatus.Finished, instance.SubStatus);
        Assert.Equal(EndCodes.ConsentWithdrawn, instance.State.Output["Utfall"]!.GetValue<string>());
    }

    [Fact]
    public void Descriptors_HaveNorwegianNames_AndADescriptionOnEveryInput()
    {
        using var services = new ServiceCollection().AddWorkflowCore().AddActivity<CloseCase>().AddActivity<CaseClosedWait>().BuildServiceProvider();

        var descriptors = services.GetRequiredService<ActivityRegistry>().All.Select(t => t.Descriptor).Where(d => d.TypeName.StartsWith("Velferd.Case", StringComparison.Ordinal) || d.TypeName == "Velferd.CloseCase").ToList();

        Assert.Equal(["Avslutt saken", "Vent på at saken avsluttes"], descriptors.Select(d => d.DisplayName).Order(StringComparer.Ordinal));
        Assert.All(descriptors.SelectMany(d => d.Inputs), input => Assert.False(string.IsNullOrWhiteSpace(input.Description)));
        var close = descriptors.Single(d => d.TypeName == "Velferd.CloseCase");
        Assert.Equal(["Saks-id", "Sluttkode", "Begrunnelse", "Avslutt forløpet"], close.Inputs.Select(i => i.DisplayName));
        Assert.Equal(["EndCode", "Reason"], close.Inputs.Where(i => i.IsRequired).Select(i => i.Name));
    }

    private static WorkflowTestHost CreateHost() => WorkflowTestHost.Create(services =>
    {
        services.AddWelfare();
        services.AddActivity<CloseCase>();
        services.AddActivity<CaseClosedWait>();
    });
}
