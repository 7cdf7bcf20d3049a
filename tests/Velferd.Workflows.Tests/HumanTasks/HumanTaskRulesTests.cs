using System.Text.Json.Nodes;
using Velferd.Workflows.Core.HumanTasks;
using Velferd.Workflows.Testing.Builders;
using Velferd.Workflows.Testing.Identity;

namespace Velferd.Workflows.Tests.HumanTasks;

public sealed class HumanTaskRulesTests
{
    private static readonly DateTimeOffset Now = new(2024, 3, 1, 15, 0, 0, TimeSpan.Zero);
    private static readonly HumanTaskActor Ola = Caseworker("ola.saksbehandler", "tit-sentrum");
    private static readonly HumanTaskActor Siri = Caseworker("siri.saksbehandler", "bv-vest");
    private static readonly HumanTaskActor Kari = Caseworker("kari", "tit-sentrum");
    private static readonly HumanTaskActor Lise = new("lise.leder", new HashSet<string> { "tit-sentrum", "bv-vest" }, new HashSet<string> { "Supervisor" }, IsSupervisor: true);

    [Fact]
    public void Claim_OpenTaskOfMyTeam_HoldsItAndRecordsWhoAndWhen()
    {
        var task = HumanTaskBuilder.Open(Now).Build();

        var change = Assert.IsType<HumanTaskDecision.Change>(HumanTaskRules.Claim(task, Ola, Now.AddMinutes(1)));

        Assert.Equal((HumanTaskStatus.Claimed, "ola.saksbehandler", 2L), (change.Task.Status, change.Task.AssignedTo, change.Task.Version));
        Assert.Equal(("ola.saksbehandler", HumanTaskAction.Claimed, Now.AddMinutes(1)), (change.Entry!.Actor, change.Entry.Action, change.Entry.At));
    }

    [Fact]
    public void Claim_TaskOfAnotherTeamOrRole_IsForbidden()
    {
        var otherTeam = HumanTaskBuilder.Open(Now).ForTeam("bv-vest").Build();
        var leadersOnly = HumanTaskBuilder.Open(Now).ForRole("Supervisor").Build();

        Assert.IsType<HumanTaskDecision.Forbidden>(HumanTaskRules.Claim(otherTeam, Ola, Now));
        Assert.IsType<HumanTaskDecision.Forbidden>(HumanTaskRules.Claim(leadersOnly, Ola, Now));
    }

    [Fact]
    public void Claim_TaskClaimedBySomeoneElse_IsAConflictNamingTheHolder()
    {
        var task = HumanTaskBuilder.Open(Now).ClaimedBy("kari").Build();

        var conflict = Assert.IsType<HumanTaskDecision.Conflict>(HumanTaskRules.Claim(task, Ola, Now));

        Assert.Equal("Oppgaven er allerede tatt av kari.", conflict.Message);
    }

    [Fact]
    public void Release_ByTheHolder_ReopensItForTheTeam()
    {
        var task = HumanTaskBuilder.Open(Now).ClaimedBy("ola.saksbehandler").Build();

        var change = Assert.IsType<HumanTaskDecision.Change>(HumanTaskRules.Release(task, Ola, Now));

        Assert.Equal((HumanTaskStatus.Open, (string?)null), (change.Task.Status, change.Task.AssignedTo));
    }

    [Fact]
    public void Reassign_BySupervisorOfTheTeam_GivesItToTheUser_ButNotByACaseworker()
    {
        var task = HumanTaskBuilder.Open(Now).ClaimedBy("ola.saksbehandler").Build();

        var change = Assert.IsType<HumanTaskDecision.Change>(HumanTaskRules.Reassign(task, Lise, "kari", Kari, Now));
        var refused = HumanTaskRules.Reassign(task, Ola, "kari", Kari, Now);

        Assert.Equal("kari", change.Task.AssignedTo);
        Assert.Equal("fra ola.saksbehandler til kari", change.Entry!.Detail);
        Assert.IsType<HumanTaskDecision.Forbidden>(refused);
    }

    [Fact]
    public void Reassign_ToAnUnknownUserOrOneOutsideTheTeam_IsAFieldErrorOnUserId()
    {
        var task = HumanTaskBuilder.Open(Now).ClaimedBy("ola.saksbehandler").Build();

        var unknown = Assert.IsType<HumanTaskDecision.Invalid>(HumanTaskRules.Reassign(task, Lise, "finnes.ikke", null, Now));
        var otherTeam = Assert.IsType<HumanTaskDecision.Invalid>(HumanTaskRules.Reassign(task, Lise, "siri.saksbehandler", Siri, Now));

        Assert.Equal(["userId"], unknown.Errors.ToDictionary().Keys);
        Assert.Equal(["userId"], otherTeam.Errors.ToDictionary().Keys);
    }

    [Fact]
    public void Complete_ByTheHolderWithAValidForm_ClosesTheTaskWithOutcomeAndData()
    {
        var task = HumanTaskBuilder.Open(Now).ClaimedBy("ola.saksbehandler").Build();

        var decision = HumanTaskRules.Complete(task, Ola, "Godkjent", new JsonObject { ["begrunnelse"] = "OK" }, TestIdentityNumbers.Validator(), Now);

        var change = Assert.IsType<HumanTaskDecision.Change>(decision);
        Assert.Equal((HumanTaskStatus.Completed, "Godkjent", "ola.saksbehandler", Now), (change.Task.Status, change.Task.Outcome, change.Task.CompletedBy, change.Task.ClosedAt));
        Assert.Equal("OK", change.Task.FormData!["begrunnelse"]!.GetValue<string>());
    }

    [Fact]
    public void Complete_UnknownOutcomeAndMissingField_IsInvalidWithBothFieldErrors()
    {
        var task = HumanTaskBuilder.Open(Now).ClaimedBy("ola.saksbehandler").Build();

        var invalid = Assert.IsType<HumanTaskDecision.Invalid>(HumanTaskRules.Complete(task, Ola, "Kanskje", [], TestIdentityNumbers.Validator(), Now));

        Assert.Equal(["form.begrunnelse", "outcome"], invalid.Errors.ToDictionary().Keys.Order());
        Assert.Equal(["Velg et av utfallene: Godkjent, Avvist."], invalid.Errors.ToDictionary()["outcome"]);
    }

    [Fact]
    public void EveryChange_OnACompletedTask_IsAConflict()
    {
        var task = HumanTaskBuilder.Open(Now).ClaimedBy("ola.saksbehandler").With(t => t with { Status = HumanTaskStatus.Completed, CompletedBy = "ola.saksbehandler" }).Build();

        Assert.IsType<HumanTaskDecision.Conflict>(HumanTaskRules.Claim(task, Ola, Now));
        Assert.IsType<HumanTaskDecision.Conflict>(HumanTaskRules.Release(task, Ola, Now));
        Assert.IsType<HumanTaskDecision.Conflict>(HumanTaskRules.Reassign(task, Lise, "kari", Kari, Now));
        var again = Assert.IsType<HumanTaskDecision.Conflict>(HumanTaskRules.Complete(task, Ola, "Godkjent", new JsonObject { ["begrunnelse"] = "OK" }, TestIdentityNumbers.Validator(), Now));
        Assert.Equal("Oppgaven er allerede fullført av ola.saksbehandler og kan ikke endres.", again.Message);
    }

    [Fact]
    public void Complete_UnclaimedOrSomeoneElsesTask_IsAConflict()
    {
        var open = HumanTaskBuilder.Open(Now).Build();
        var karis = HumanTaskBuilder.Open(Now).ClaimedBy("kari").Build();

        Assert.Equal("Ta oppgaven før du fullfører den.", Assert.IsType<HumanTaskDecision.Conflict>(HumanTaskRules.Complete(open, Ola, "Godkjent", null, TestIdentityNumbers.Validator(), Now)).Message);
        Assert.IsType<HumanTaskDecision.Conflict>(HumanTaskRules.Complete(karis, Ola, "Godkjent", null, TestIdentityNumbers.Validator(), Now));
    }

    [Fact]
    public void CanSee_CaseworkerAndSupervisorSeeTheirTeamsTasks_OthersNothing()
    {
        var open = HumanTaskBuilder.Open(Now).Build();
        var claimedByKari = HumanTaskBuilder.Open(Now).ClaimedBy("kari").Build();

        Assert.Equal((true, true), (Ola.CanSee(open), Ola.CanSee(claimedByKari)));
        Assert.Equal((true, true), (Lise.CanSee(open), Lise.CanSee(claimedByKari)));
        Assert.Equal((false, false), (Siri.CanSee(open), Siri.CanSee(claimedByKari)));
    }

    private static HumanTaskActor Caseworker(string user, string team) =>
        new(user, new HashSet<string> { team }, new HashSet<string> { "Caseworker" });
}
