using Velferd.Workflows.Studio.HostApi;
using Velferd.Workflows.Studio.Processes;

namespace Velferd.Workflows.Tests.Studio.Processes;

public sealed class MigrationPlanTests
{
    private static readonly UnmappedActivityAnswer Missing =
        new("oppgave", "Vurder saken", "Velferd.UserTask", 2, [new ActivityChoiceAnswer("vurdering", "Vurder saken på nytt")]);

    private static InstanceMigrationAnswer Instance(string result, params string[] problems) =>
        new($"i-{result}", "sak-1", result, [new ActivityMoveAnswer("oppgave", "Vurder saken", result == "Refused" ? null : "vurdering", "Vurder saken på nytt")], [.. problems]);

    [Fact]
    public void SourcesAndTargets_OnlyVersionsWithRunningInstances_MoveToThePublishedOne()
    {
        ProcessVersionRow[] rows =
        [
            new(3, "Utkast", IsPublished: false, IsLatest: true, "", InstanceCounts.None),
            new(2, "Publisert", IsPublished: true, IsLatest: false, "", new InstanceCounts(0, 4, 0, 0)),
            new(1, "Tidligere versjon", IsPublished: false, IsLatest: false, "", new InstanceCounts(5, 1, 0, 0)),
        ];

        Assert.Equal([1], MigrationPlan.Sources(rows));
        Assert.Equal([2], MigrationPlan.Targets(rows));
    }

    [Fact]
    public void Show_DryRunThatRefusesEverything_AsksForTheStep_AndKeepsAskingAfterTheChoiceResolvedIt()
    {
        var plan = new MigrationPlan { FromVersion = 1, ToVersion = 2 };

        plan.Show(new MigrationReportAnswer(1, 2, 0, 2, [Instance("Refused", "«Vurder saken» finnes ikke i versjon 2."), Instance("Refused")], [Missing]));
        var refusedSummary = plan.Summary();
        var couldMigrate = plan.CanMigrate;
        plan.ActivityMap["oppgave"] = "vurdering";
        plan.Show(new MigrationReportAnswer(1, 2, 2, 0, [Instance("WouldMigrate"), Instance("WouldMigrate")], []));

        Assert.Equal("0 kan flyttes til versjon 2, 2 kan ikke.", refusedSummary);
        Assert.False(couldMigrate);
        Assert.Equal("2 kan flyttes til versjon 2, 0 kan ikke.", plan.Summary());
        Assert.True(plan.CanMigrate);
        Assert.Equal("oppgave", Assert.Single(plan.Steps).ActivityId);
        Assert.Equal("Vurder saken → Vurder saken på nytt", MigrationPlan.MovesText(plan.Report!.Instances[0]));
    }

    [Fact]
    public void Show_Migration_SaysWhatMoved_AndOffersNoSecondMigration()
    {
        var plan = new MigrationPlan { FromVersion = 1, ToVersion = 2 };

        plan.Show(new MigrationReportAnswer(1, 2, 1, 1, [Instance("Migrated"), Instance("Changed", "Instansen endret seg mens den ble flyttet: prøv igjen.")], []));

        Assert.Equal("1 flyttet til versjon 2, 1 ikke flyttet.", plan.Summary());
        Assert.False(plan.CanMigrate);
        Assert.Equal(["Flyttet", "Endret underveis: prøv igjen"], plan.Report!.Instances.Select(MigrationPlan.ResultText));
    }

    [Fact]
    public void Reset_NewVersionsChosen_ForgetsTheAnswerTheQuestionsAndTheChoices()
    {
        var plan = new MigrationPlan { FromVersion = 1, ToVersion = 2 };
        plan.Show(new MigrationReportAnswer(1, 2, 0, 1, [Instance("Refused")], [Missing]));
        plan.ActivityMap["oppgave"] = "vurdering";

        plan.Reset();

        Assert.Null(plan.Report);
        Assert.Empty(plan.Steps);
        Assert.Empty(plan.ActivityMap);
        Assert.Equal("", plan.Summary());
    }
}
