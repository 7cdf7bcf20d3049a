using Velferd.Workflows.Testing.Welfare;
using Velferd.Workflows.Welfare.Access;
using Velferd.Workflows.Welfare.Cases;

namespace Velferd.Workflows.Tests.Welfare;

public sealed class NeedToKnowTests
{
    private static readonly DateTimeOffset Now = WelfareCaseBuilder.DefaultNow;

    private static CaseUser User(string name, string team, params string[] services) =>
        new(name, new HashSet<string> { team }, services.ToHashSet(), IsAdmin: false);

    private static WelfareCase TitCase(params CaseMember[] members) => WelfareCaseBuilder.Open().With(c => c with { Members = members }).Build();

    private static WelfareCase BarnevernCase(params CaseMember[] members) =>
        WelfareCaseBuilder.Open().With(c => c with { Kind = CaseKind.Barnevern, Level = null, Team = "bv-vest", Members = members }).Build();

    private static CaseMember Member(string user, string service) => new(user, service, Now, "tone.koordinator");

    [Fact]
    public void Decide_UserOfTheCasesTeam_SeesItAsTeam()
    {
        var decision = NeedToKnow.Decide(User("ola.saksbehandler", "tit-sentrum"), TitCase(), CaseRelationFacts.None, Now);

        Assert.Equal((CaseRelation.Team, true, false), (decision.Relation, decision.Allowed, decision.ThroughBreakGlass));
    }

    [Fact]
    public void Decide_MemberOfAnotherTeam_SeesItAsMember()
    {
        var decision = NeedToKnow.Decide(User("nils.nav", "nav-sentrum", "nav"), TitCase(Member("nils.nav", "nav")), CaseRelationFacts.None, Now);

        Assert.Equal((CaseRelation.Member, true), (decision.Relation, decision.Allowed));
    }

    [Fact]
    public void Decide_NoRelation_IsRefusedAndAsksForTheStoresFacts()
    {
        var decision = NeedToKnow.Decide(User("siri.saksbehandler", "bv-vest", "barnevern"), TitCase(), CaseRelationFacts.None, Now);

        Assert.Equal((CaseRelation.None, false), (decision.Relation, decision.Allowed));
        Assert.True(NeedToKnow.NeedsFacts(decision));
    }

    [Theory]
    [InlineData("kari.ke", null, false, CaseRelation.Stafettholder)]
    [InlineData(null, "ja", false, CaseRelation.Assignee)]
    [InlineData(null, null, true, CaseRelation.BreakGlass)]
    public void Decide_RelationOnlyTheStoresKnow_SeesIt(string? holder, string? holdsTask, bool breakGlass, CaseRelation expected)
    {
        var facts = new CaseRelationFacts(holder, holdsTask is not null, breakGlass ? Now.AddHours(1) : null);

        var decision = NeedToKnow.Decide(User("kari.ke", "ke", "ke"), TitCase(), facts, Now);

        Assert.Equal((expected, true, breakGlass), (decision.Relation, decision.Allowed, decision.ThroughBreakGlass));
    }

    [Fact]
    public void Decide_BreakGlassExpired_IsRefused()
    {
        var facts = new CaseRelationFacts(null, false, Now);

        var decision = NeedToKnow.Decide(User("kari.ke", "ke", "ke"), TitCase(), facts, Now);

        Assert.False(decision.Allowed);
    }

    [Fact]
    public void Decide_PptMemberOfTheChildsBarnevernCase_IsRefused_ServiceMaterialStaysWithBarnevern()
    {
        var decision = NeedToKnow.Decide(User("petra.ppt", "tit-sentrum", "ppt"), BarnevernCase(Member("petra.ppt", "ppt")), CaseRelationFacts.None, Now);

        Assert.Equal((CaseRelation.Member, false), (decision.Relation, decision.Allowed));
    }

    [Fact]
    public void Decide_BarnevernCaseworkerOfTheTeam_SeesTheBarnevernCase()
    {
        Assert.True(NeedToKnow.Decide(User("bjorn.barnevern", "bv-vest", "barnevern"), BarnevernCase(), CaseRelationFacts.None, Now).Allowed);
    }

    [Fact]
    public void Decide_Administrator_SeesEveryCase()
    {
        var admin = new CaseUser("admin", new HashSet<string>(), new HashSet<string>(), IsAdmin: true);

        Assert.Equal(CaseRelation.Administrator, NeedToKnow.Decide(admin, BarnevernCase(), CaseRelationFacts.None, Now).Relation);
        Assert.True(NeedToKnow.Decide(admin, BarnevernCase(), CaseRelationFacts.None, Now).Allowed);
    }

    [Fact]
    public void OpenBreakGlass_PptAdviserOnABarnevernCase_ReadsAsMissing()
    {
        Assert.Null(BreakGlassRules.Open(User("petra.ppt", "tit-sentrum", "ppt"), BarnevernCase(), "Trenger saken", Now, TimeSpan.FromHours(24)));
    }

    [Fact]
    public void OpenBreakGlass_UnrelatedUserWithReason_GrantsUntilTheDurationEnds()
    {
        var change = BreakGlassRules.Open(User("kari.ke", "ke", "ke"), TitCase(), " Akutt ", Now, TimeSpan.FromHours(24));

        var grant = Assert.IsType<Velferd.Workflows.Welfare.CaseChange<BreakGlassGrant>.Applied>(change).Value;
        Assert.Equal(("kari.ke", "Akutt", Now.AddHours(24), "tit-sentrum"), (grant.User, grant.Reason, grant.ExpiresAt, grant.Team));
    }

    [Theory]
    [InlineData("ppt", "Barnevern")]
    [InlineData("barnevern", "")]
    public void KindsHiddenFrom_UserOfAService_AreTheOtherServicesOwnMaterial(string service, string hidden)
    {
        var kinds = NeedToKnow.KindsHiddenFrom(User("bruker", "team", service));

        Assert.Equal(hidden, string.Join(",", kinds));
    }

    [Fact]
    public void KindsHiddenFrom_Administrator_IsNothing() =>
        Assert.Empty(NeedToKnow.KindsHiddenFrom(new CaseUser("admin", new HashSet<string>(), new HashSet<string>(), IsAdmin: true)));
}
