using Velferd.Workflows.Core.Access;
using Velferd.Workflows.Core.HumanTasks;
using Velferd.Workflows.Testing.Builders;

namespace Velferd.Workflows.Tests.Access;

public sealed class CaseVisibilityTests
{
    private static readonly CaseVisibility TitCaseworker = new(["tit-sentrum"], WithoutTeam: false, ["sak-naboteam"], ["sak-barnevern"]);

    [Theory]
    [InlineData("tit-sentrum", "sak-1", true)]
    [InlineData("tit-sentrum", null, true)]
    [InlineData("bv-vest", "sak-1", false)]
    [InlineData("nav-sentrum", "sak-naboteam", true)]
    [InlineData("tit-sentrum", "sak-barnevern", false)]
    [InlineData(null, "sak-1", false)]
    public void Allows_ByTeamRelatedAndHiddenCase_HiddenWinsOverEverything(string? team, string? caseId, bool expected) =>
        Assert.Equal(expected, TitCaseworker.Allows(team, caseId));

    [Fact]
    public void Allows_ProcessOwner_SeesWhatBelongsToNoTeamButNotAnotherTeamsCase()
    {
        var owner = TitCaseworker with { Teams = [], WithoutTeam = true };

        Assert.Equal((true, false), (owner.Allows(null, "designer-kjøring"), owner.Allows("bv-vest", "sak-1")));
    }

    [Theory]
    [InlineData("tit-sentrum", "bv-vest", "sak-1", true)]
    [InlineData(null, "tit-sentrum", "sak-1", true)]
    [InlineData("bv-vest", "bv-vest", "sak-1", false)]
    [InlineData("bv-vest", "bv-vest", "sak-naboteam", true)]
    [InlineData("tit-sentrum", "tit-sentrum", "sak-barnevern", false)]
    public void AllowsDeadline_OwnTeamOrItsInstancesOrARelatedCase(string? team, string? instanceTeam, string caseId, bool expected) =>
        Assert.Equal(expected, TitCaseworker.AllowsDeadline(team, instanceTeam, caseId));

    [Fact]
    public void MaySee_AdministratorAndCaseworker_TheAdministratorSeesEveryInstance()
    {
        var caseworker = new CaseDataAccess("ola", new HashSet<string> { "tit-sentrum" }, SeesAllTeams: false)
        {
            Scope = new CaseScope(new HashSet<string>(), new HashSet<string> { "sak-barnevern" }),
        };
        var admin = caseworker with { SeesEveryCase = true };
        var instance = new Core.Runtime.WorkflowInstance
        {
            Id = "i-1", DefinitionId = "d", DefinitionVersionId = "d:1", DefinitionVersion = 1, CorrelationId = "sak-barnevern", Team = "tit-sentrum",
        };

        Assert.Equal((false, true), (caseworker.MaySee(instance), admin.MaySee(instance)));
    }

    [Fact]
    public void CanSee_TaskOfAHiddenCase_NotEvenForItsTeamOrHolder()
    {
        var task = HumanTaskBuilder.Open().ForCase("sak-barnevern").Build();
        var actor = new HumanTaskActor("ola", new HashSet<string> { task.CandidateTeam! }, new HashSet<string> { "Caseworker" });

        Assert.Equal((true, false), (actor.CanSee(task), (actor with { HiddenCases = new HashSet<string> { "sak-barnevern" } }).CanSee(task)));
    }
}
