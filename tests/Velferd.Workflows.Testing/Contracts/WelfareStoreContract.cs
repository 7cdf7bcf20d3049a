using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Testing.Welfare;
using Velferd.Workflows.Welfare;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Consents;
using Velferd.Workflows.Welfare.Persons;
using Velferd.Workflows.Welfare.Policies;
using Velferd.Workflows.Welfare.Timeline;
using Xunit;

namespace Velferd.Workflows.Testing.Contracts;

/// <summary>What every case, consent and policy store must do; the in-memory stores and each database inherit it.</summary>
public abstract class WelfareStoreContract
{
    private static readonly DateTimeOffset Now = WelfareCaseBuilder.DefaultNow;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A fresh, empty set of stores.</summary>
    protected abstract Task<StoreUnit> CreateAsync();

    private static CaseEvent Event(WelfareCase subject, int minutes, string kind) =>
        new(Ids.New(Now.AddMinutes(minutes)), subject.Id, Now.AddMinutes(minutes), kind, "ola.saksbehandler", $"{kind} {minutes}");

    [Fact]
    public async Task CaseStore_AddThenFind_RoundTripsTheCaseWithItsPersonsAtRevision1()
    {
        await using var unit = await CreateAsync();
        var created = WelfareCaseBuilder.Open()
            .With(c => c with { Child = c.Child with { AddressProtection = AddressProtection.StrictlyConfidential }, Members = [new CaseMember("per.ppt", "ppt", Now, "ola")] })
            .Build();

        await unit.Cases.AddAsync(created, [Event(created, 0, CaseEventKinds.Created)], Ct);
        var found = await unit.Cases.FindAsync(created.Id, Ct);

        Assert.NotNull(found);
        Assert.Equal(1, found.Revision);
        Assert.Equal(created.Child, found.Child);
        Assert.Equal(created.Guardians, found.Guardians);
        Assert.Equal(created.Members, found.Members);
        Assert.Equal((created.Kind, created.Level, created.Team, created.Question, created.Status), (found.Kind, found.Level, found.Team, found.Question, found.Status));
        Assert.Null(await unit.Cases.FindAsync("ukjent", Ct));
    }

    [Fact]
    public async Task CaseStore_UnbornChild_KeepsTheDueDateAndNoNumber()
    {
        await using var unit = await CreateAsync();
        var created = WelfareCaseBuilder.Open().Unborn(new DateOnly(2024, 9, 1)).Build();

        await unit.Cases.AddAsync(created, [], Ct);

        var child = (await unit.Cases.FindAsync(created.Id, Ct))!.Child;
        Assert.Equal(PersonIdentity.OfUnborn(new DateOnly(2024, 9, 1)), child.Identity);
        Assert.Null(child.BirthDate);
    }

    [Fact]
    public async Task CaseStore_Update_StoresPersonsMembersAndEventsAndBumpsTheRevision()
    {
        await using var unit = await CreateAsync();
        var stored = await unit.Cases.AddAsync(WelfareCaseBuilder.Open().Build(), [], Ct);
        var holder = IdentityNumbers.Fnr(new DateOnly(1980, 1, 1));
        var registry = (CaseChange<WelfareCase>.Applied)RegistryRules.Apply(stored, stored.Child.Id,
            new RegistryAnswer.Found(new DateOnly(2014, 5, 10), AddressProtection.Confidential, [WelfareCaseBuilder.MotherNumber, holder]), Now);
        var member = (CaseChange<WelfareCase>.Applied)CaseRules.AddMember(registry.Value, "per.ppt", "ppt", "ola", Now);

        var afterRegistry = await unit.Cases.UpdateAsync(registry.Value, registry.Events, Ct);
        var afterMember = await unit.Cases.UpdateAsync(member.Value with { Revision = afterRegistry.Revision }, member.Events, Ct);
        var found = (await unit.Cases.FindAsync(stored.Id, Ct))!;

        Assert.Equal((2, 3, 3L), (afterRegistry.Revision, afterMember.Revision, found.Revision));
        Assert.Equal(3, found.Guardians.Count);
        Assert.Equal(AddressProtection.Confidential, found.Child.AddressProtection);
        Assert.False(found.Guardians.Single(g => g.Identity.Number == WelfareCaseBuilder.FatherNumber).HasParentalResponsibility);
        Assert.Equal("per.ppt", Assert.Single(found.Members).User);
        Assert.Equal(registry.Events.Count + 1, (await unit.Cases.TimelineAsync(stored.Id, Ct)).Count);
    }

    [Fact]
    public async Task CaseStore_UpdateWithAStaleRevision_ThrowsAndStoresNothing()
    {
        await using var unit = await CreateAsync();
        var stored = await unit.Cases.AddAsync(WelfareCaseBuilder.Open().Build(), [], Ct);
        var first = (CaseChange<WelfareCase>.Applied)CaseRules.Close(stored, "AVSLUTTET_MÅL_NÅDD", "Nådd", "ola", Now);
        var second = (CaseChange<WelfareCase>.Applied)CaseRules.AddMember(stored, "per.ppt", "ppt", "ola", Now);
        await unit.Cases.UpdateAsync(first.Value, first.Events, Ct);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => unit.Cases.UpdateAsync(second.Value, second.Events, Ct));

        var found = (await unit.Cases.FindAsync(stored.Id, Ct))!;
        Assert.Equal((CaseStatus.Closed, "AVSLUTTET_MÅL_NÅDD"), (found.Status, found.EndCode));
        Assert.Empty(found.Members);
        Assert.Equal([CaseEventKinds.Closed], (await unit.Cases.TimelineAsync(stored.Id, Ct)).Select(e => e.Kind));
    }

    [Fact]
    public async Task CaseStore_Timeline_IsOldestFirstAndOnlyThatCase()
    {
        await using var unit = await CreateAsync();
        var one = WelfareCaseBuilder.Open().Build();
        var other = WelfareCaseBuilder.Open().Build();
        await unit.Cases.AddAsync(one, [Event(one, 5, "b"), Event(one, 1, "a")], Ct);
        await unit.Cases.AddAsync(other, [Event(other, 3, "x")], Ct);

        await unit.Cases.AppendAsync([Event(one, 9, "c")], Ct);

        var timeline = await unit.Cases.TimelineAsync(one.Id, Ct);
        Assert.Equal(["a", "b", "c"], timeline.Select(e => e.Kind));
        Assert.Equal(Now.AddMinutes(1), timeline[0].At);
        Assert.Equal(("ola.saksbehandler", "a 1"), (timeline[0].By, timeline[0].Detail));
    }

    [Fact]
    public async Task CaseStore_List_FindsByTeamMemberStatusAndSearch_NewestFirstInPages()
    {
        await using var unit = await CreateAsync();
        var old = WelfareCaseBuilder.Open(Now).With(c => c with { Team = "tit-sentrum", Child = c.Child with { Name = "Åse Østby" } }).Build();
        var newer = WelfareCaseBuilder.Open(Now.AddHours(1)).With(c => c with { Team = "tit-sentrum", Child = c.Child with { Name = "Kari Testbarn" } }).Build();
        var otherTeam = WelfareCaseBuilder.Open(Now.AddHours(2))
            .With(c => c with { Team = "bv-vest", Members = [new CaseMember("per.ppt", "ppt", Now, "ola")] }).Build();
        var closed = WelfareCaseBuilder.Open(Now.AddHours(3)).With(c => c with { Team = "tit-sentrum", Status = CaseStatus.Closed }).Build();
        foreach (var created in new[] { old, newer, otherTeam, closed })
        {
            await unit.Cases.AddAsync(created, [], Ct);
        }

        async Task<IReadOnlyList<string>> IdsAsync(CaseQuery query) => [.. (await unit.Cases.ListAsync(query, Ct)).Items.Select(c => c.Id)];

        Assert.Equal([closed.Id, newer.Id, old.Id], await IdsAsync(new CaseQuery { Teams = ["tit-sentrum"] }));
        Assert.Equal([otherTeam.Id], await IdsAsync(new CaseQuery { Teams = ["nav-sentrum"], Member = "per.ppt" }));
        Assert.Equal([otherTeam.Id, newer.Id, old.Id], await IdsAsync(new CaseQuery { Status = CaseStatus.Open }));
        Assert.Equal([newer.Id], await IdsAsync(new CaseQuery { Search = "kari" }));
        Assert.Equal([old.Id], await IdsAsync(new CaseQuery { Search = "Østby" }));
        Assert.Equal([old.Id], await IdsAsync(new CaseQuery { Search = old.Id }));
        Assert.Equal(4, (await IdsAsync(new CaseQuery { Search = WelfareCaseBuilder.ChildNumber })).Count);
        var second = await unit.Cases.ListAsync(new CaseQuery { Teams = ["tit-sentrum"], PageSize = 2, Page = 1 }, Ct);
        Assert.Equal(3, second.TotalCount);
        Assert.Equal("Åse Østby", Assert.Single(second.Items).Child.Name);
    }

    [Fact]
    public async Task ConsentStore_AddThenFind_RoundTripsSignersScopeValidityAndChildView()
    {
        await using var unit = await CreateAsync();
        var subject = await unit.Cases.AddAsync(WelfareCaseBuilder.Open().Build(), [], Ct);
        var consent = ConsentBuilder.For(subject).AlsoSignedByChild()
            .Covering([ConsentServices.ChildWelfare, ConsentServices.Ppt, ConsentServices.Health], [ConsentCategories.Health, ConsentCategories.School])
            .Valid(new DateOnly(2024, 2, 29), new DateOnly(2025, 2, 28)).Build();

        await unit.Consents.AddAsync(consent, [Event(subject, 0, CaseEventKinds.ConsentRecorded)], Ct);
        var found = await unit.Consents.FindAsync(consent.Id, Ct);

        Assert.NotNull(found);
        Assert.Equal(consent.Signers, found.Signers);
        Assert.Equal(consent.Services, found.Services);
        Assert.Equal(consent.Categories, found.Categories);
        Assert.Equal((consent.ValidFrom, consent.ValidTo, consent.Method, consent.ChildView, consent.Purpose), (found.ValidFrom, found.ValidTo, found.Method, found.ChildView, found.Purpose));
        Assert.Empty(found.Withdrawals);
        Assert.Single(await unit.Cases.TimelineAsync(subject.Id, Ct));
    }

    [Fact]
    public async Task ConsentStore_ListForCase_HoldsOnlyThatCasesConsentsOldestFirst()
    {
        await using var unit = await CreateAsync();
        var subject = await unit.Cases.AddAsync(WelfareCaseBuilder.Open().Build(), [], Ct);
        var other = await unit.Cases.AddAsync(WelfareCaseBuilder.Open().Build(), [], Ct);
        var later = ConsentBuilder.For(subject).With(c => c with { RecordedAt = Now.AddDays(1) }).Build();
        var earlier = ConsentBuilder.For(subject).Build();
        await unit.Consents.AddAsync(later, [], Ct);
        await unit.Consents.AddAsync(earlier, [], Ct);
        await unit.Consents.AddAsync(ConsentBuilder.For(other).Build(), [], Ct);

        var listed = await unit.Consents.ListForCaseAsync(subject.Id, Ct);

        Assert.Equal([earlier.Id, later.Id], listed.Select(c => c.Id));
    }

    [Fact]
    public async Task ConsentStore_Withdrawal_IsKeptWithItsScopeAndStoredOnce()
    {
        await using var unit = await CreateAsync();
        var subject = await unit.Cases.AddAsync(WelfareCaseBuilder.Open().Build(), [], Ct);
        var consent = ConsentBuilder.For(subject).Build();
        await unit.Consents.AddAsync(consent, [], Ct);
        var narrowing = new ConsentWithdrawal(Ids.New(Now), Now, [ConsentServices.Health], [], WithdrawalChannel.Oral, "ola");
        var rest = new ConsentWithdrawal(Ids.New(Now.AddDays(1)), Now.AddDays(1), [], [], WithdrawalChannel.IdPorten, "ola");

        await unit.Consents.AddWithdrawalAsync(consent.Id, narrowing, [Event(subject, 1, CaseEventKinds.ConsentNarrowed)], Ct);
        await unit.Consents.AddWithdrawalAsync(consent.Id, narrowing, [Event(subject, 2, CaseEventKinds.ConsentNarrowed)], Ct);
        await unit.Consents.AddWithdrawalAsync(consent.Id, rest, [], Ct);

        var found = (await unit.Consents.FindAsync(consent.Id, Ct))!;
        Assert.Equal([narrowing, rest], found.Withdrawals, new WithdrawalComparer());
        Assert.True(found.IsFullyWithdrawn);
        Assert.Single(await unit.Cases.TimelineAsync(subject.Id, Ct));
    }

    [Fact]
    public async Task ConsentStore_FollowUpsDue_R32_ListsRenewalsAndExpiriesNotYetMarkedAndAMarkIsStoredOnce()
    {
        await using var unit = await CreateAsync();
        var subject = await unit.Cases.AddAsync(WelfareCaseBuilder.Open().Build(), [], Ct);
        var soon = ConsentBuilder.For(subject).Build() with { ValidTo = new DateOnly(2024, 4, 10) };
        var later = ConsentBuilder.For(subject).Build() with { ValidTo = new DateOnly(2024, 12, 31) };
        await unit.Consents.AddAsync(soon, [], Ct);
        await unit.Consents.AddAsync(later, [], Ct);
        var today = new DateOnly(2024, 3, 15);

        var due = await unit.Consents.ListFollowUpsDueAsync(today, 30, 10, Ct);
        var marked = soon with { RenewalRequestedAt = Now };
        await unit.Consents.MarkFollowedUpAsync(soon, new ConsentFollowUp(marked, [Event(subject, 1, CaseEventKinds.ConsentRenewalDue)], [], false), Ct);
        var stale = await Record.ExceptionAsync(() =>
            unit.Consents.MarkFollowedUpAsync(soon, new ConsentFollowUp(marked, [Event(subject, 2, CaseEventKinds.ConsentRenewalDue)], [], false), Ct));
        var afterMark = await unit.Consents.ListFollowUpsDueAsync(today, 30, 10, Ct);
        var afterLastDay = await unit.Consents.ListFollowUpsDueAsync(new DateOnly(2024, 4, 11), 30, 10, Ct);

        Assert.Equal([soon.Id], due.Select(c => c.Id));
        Assert.IsType<ConcurrencyConflictException>(stale);
        Assert.Empty(afterMark);
        Assert.Equal([soon.Id], afterLastDay.Select(c => c.Id));
        Assert.Equal(Now, (await unit.Consents.FindAsync(soon.Id, Ct))!.RenewalRequestedAt);
        Assert.Single(await unit.Cases.TimelineAsync(subject.Id, Ct));
    }

    [Fact]
    public async Task PolicyStore_Versions_FollowEachOtherAndTheNewestIsCurrent()
    {
        await using var unit = await CreateAsync();
        var first = WelfarePolicy.Defaults("3201") with { Version = 1, ConsentPolicy = ConsentPolicy.One, ChangedAt = Now, ChangedBy = "kari" };
        var second = first with { Version = 2, SoleConsentAge = 15, OtherCategoriesNeedHolders = false, ChangedAt = Now.AddDays(1) };

        Assert.Null(await unit.Policies.FindCurrentAsync("3201", Ct));
        await unit.Policies.AddAsync(first, Ct);
        await unit.Policies.AddAsync(second, Ct);
        await unit.Policies.AddAsync(WelfarePolicy.Defaults("3314") with { Version = 1, ChangedAt = Now, ChangedBy = "kari" }, Ct);

        Assert.Equal(second, await unit.Policies.FindCurrentAsync("3201", Ct));
        Assert.Equal([first, second], await unit.Policies.ListAsync("3201", Ct));
    }

    [Fact]
    public async Task PolicyStore_AVersionThatDoesNotFollowTheNewest_ThrowsAndStoresNothing()
    {
        await using var unit = await CreateAsync();
        var first = WelfarePolicy.Defaults("3201") with { Version = 1, ChangedAt = Now, ChangedBy = "kari" };
        await unit.Policies.AddAsync(first, Ct);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => unit.Policies.AddAsync(first with { ConsentPolicy = ConsentPolicy.One }, Ct));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => unit.Policies.AddAsync(first with { Version = 3 }, Ct));

        Assert.Equal([first], await unit.Policies.ListAsync("3201", Ct));
    }

    private sealed class WithdrawalComparer : IEqualityComparer<ConsentWithdrawal>
    {
        public bool Equals(ConsentWithdrawal? x, ConsentWithdrawal? y) =>
            x is not null && y is not null && x.Id == y.Id && x.At == y.At && x.Via == y.Via && x.By == y.By
            && x.Services.SequenceEqual(y.Services) && x.Categories.SequenceEqual(y.Categories);

        public int GetHashCode(ConsentWithdrawal obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}
