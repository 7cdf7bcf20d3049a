using Velferd.Workflows.Activities.Cases;
using Velferd.Workflows.Core;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Testing;
using Velferd.Workflows.Testing.Builders;
using Velferd.Workflows.Testing.Welfare;
using Velferd.Workflows.Welfare.Cases;
using static Velferd.Workflows.Tests.Activities.CaseWaitHost;

namespace Velferd.Workflows.Tests.Activities.Cases;

public sealed class SetCaseLevelTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SetCaseLevel_OpenLevel0Case_MovesItKeepsItOpen_AndEndsThePathwayWithTheOutcome()
    {
        await using var host = CreateHost();
        var subject = WelfareCaseBuilder.Open().With(c => c with { Level = 0 }).Build();
        await AddCaseAsync(host, subject);

        var id = await RunAsync(host, subject.Id, "Velferd.SetCaseLevel", [], ("level", Expr.Literal("2", "Int32")), ("outcome", Expr.Literal("VIDERE_P2")));

        var moved = await CaseAsync(host, subject.Id);
        var instance = await host.GetInstanceAsync(id, Ct);
        Assert.Equal((CaseStatus.Open, 2), (moved.Status, moved.Level));
        Assert.Equal((WorkflowSubStatus.Finished, "VIDERE_P2"), (instance.SubStatus, instance.State.Output["Utfall"]!.GetValue<string>()));
    }

    [Fact]
    public async Task SetCaseLevel_CaseClosedMeanwhile_EndsWithTheCasesEndCode_AndChangesNothing()
    {
        await using var host = CreateHost();
        var subject = WelfareCaseBuilder.Open().With(c => c with { Level = 0, Status = CaseStatus.Closed, EndCode = "FLYTTET" }).Build();
        await AddCaseAsync(host, subject);

        var id = await RunAsync(host, subject.Id, "Velferd.SetCaseLevel", [], ("level", Expr.Literal("1", "Int32")), ("outcome", Expr.Literal("VIDERE_NIVÅ1")));

        Assert.Equal("FLYTTET", (await host.GetInstanceAsync(id, Ct)).State.Output["Utfall"]!.GetValue<string>());
        Assert.Equal(0, (await CaseAsync(host, subject.Id)).Level);
    }

    private static WorkflowTestHost CreateHost() => WorkflowTestHost.Create(services => services.AddActivity<SetCaseLevel>());
}
