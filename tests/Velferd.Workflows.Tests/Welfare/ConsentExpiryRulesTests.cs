using Velferd.Workflows.Testing.Welfare;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Consents;
using Velferd.Workflows.Welfare.Notifications;
using Velferd.Workflows.Welfare.Policies;

namespace Velferd.Workflows.Tests.Welfare;

public sealed class ConsentExpiryRulesTests
{
    private static readonly WelfarePolicy Policy = WelfarePolicy.Defaults("3201");

    // Valid 2024-03-01 to 2025-02-28: renewal is due from 2025-01-29 (30 days before), expiry from 2025-03-01.
    private static readonly DateTimeOffset RenewalDay = new(2025, 1, 29, 9, 0, 0, TimeSpan.FromHours(1));
    private static readonly DateTimeOffset DayAfterLastDay = new(2025, 3, 1, 9, 0, 0, TimeSpan.FromHours(1));

    private static readonly WelfareCase Subject = WelfareCaseBuilder.Open().Build();

    private static ConsentFollowUp? FollowUp(Consent consent, DateTimeOffset now, WelfareCase? subject = null, string? holder = "tone.koordinator", params Consent[] others) =>
        ConsentExpiryRules.FollowUp(subject ?? Subject, consent, [consent, .. others], holder, Policy, now);

    [Fact]
    public void FollowUp_R32_DayBeforeTheRenewalDay_NothingIsDue()
    {
        var consent = ConsentBuilder.For(Subject).Build();

        Assert.Null(FollowUp(consent, RenewalDay.AddDays(-1)));
    }

    [Fact]
    public void FollowUp_R32_RenewalDay_HolderToldOnceAndMeetingsKept()
    {
        var consent = ConsentBuilder.For(Subject).Build();

        var due = FollowUp(consent, RenewalDay)!;
        var again = FollowUp(due.Consent, RenewalDay.AddDays(1));

        Assert.Equal(RenewalDay, due.Consent.RenewalRequestedAt);
        Assert.Null(due.Consent.ExpiryHandledAt);
        var told = Assert.Single(due.Notifications);
        Assert.Equal((NotificationKinds.ConsentRenewal, "tone.koordinator"), (told.Kind, told.Recipient));
        Assert.Contains("28.02.2025", told.Text, StringComparison.Ordinal);
        Assert.Equal(["samtykke-fornyes"], due.Events.Select(e => e.Kind));
        Assert.False(due.CancelsMeetings);
        Assert.Null(again);
    }

    [Fact]
    public void FollowUp_R32_RenewalDayWithoutHolder_TheTeamsCoordinatorsAreTold()
    {
        var consent = ConsentBuilder.For(Subject).Build();

        var told = Assert.Single(FollowUp(consent, RenewalDay, holder: null)!.Notifications);

        Assert.Equal((null, Subject.Team), (told.Recipient, told.Team));
    }

    [Fact]
    public void FollowUp_R32_AfterTheLastDay_TeamWorkPausesHolderAndCoordinatorsToldMeetingsCancelled()
    {
        var consent = ConsentBuilder.For(Subject).Build();
        var renewed = FollowUp(consent, RenewalDay)!.Consent;

        var onLastDay = FollowUp(renewed, DayAfterLastDay.AddDays(-1));
        var expired = FollowUp(renewed, DayAfterLastDay)!;

        Assert.Null(onLastDay);
        Assert.Equal((RenewalDay, DayAfterLastDay), (expired.Consent.RenewalRequestedAt!.Value, expired.Consent.ExpiryHandledAt!.Value));
        Assert.Equal([("tone.koordinator", null), (null, Subject.Team)], expired.Notifications.Select(n => (n.Recipient, n.Team)));
        Assert.All(expired.Notifications, n => Assert.Equal(NotificationKinds.ConsentExpired, n.Kind));
        Assert.Equal(["samtykke-utlopt"], expired.Events.Select(e => e.Kind));
        Assert.True(expired.CancelsMeetings);
        Assert.Null(FollowUp(expired.Consent, DayAfterLastDay.AddDays(1)));
    }

    [Fact]
    public void FollowUp_R32_ExpiredBeforeAnyScanRan_BothStepsMarkedInOne()
    {
        var consent = ConsentBuilder.For(Subject).Build();

        var expired = FollowUp(consent, DayAfterLastDay.AddDays(10))!;

        Assert.Equal(expired.Consent.RenewalRequestedAt, expired.Consent.ExpiryHandledAt);
        Assert.True(expired.CancelsMeetings);
    }

    [Fact]
    public void FollowUp_R32_ALaterConsentTakesOverTheScope_MarkedWithoutTellingAnyone()
    {
        var consent = ConsentBuilder.For(Subject).Build();
        var next = ConsentBuilder.For(Subject).Build() with { ValidFrom = new DateOnly(2025, 2, 1), ValidTo = new DateOnly(2026, 1, 31) };

        var renewal = FollowUp(consent, RenewalDay, others: next)!;
        var expiry = FollowUp(renewal.Consent, DayAfterLastDay, others: next)!;

        Assert.Empty(renewal.Notifications);
        Assert.Empty(expiry.Events);
        Assert.False(expiry.CancelsMeetings);
        Assert.NotNull(expiry.Consent.ExpiryHandledAt);
    }

    [Fact]
    public void FollowUp_R32_ALaterConsentForLessScope_StillAsksForRenewal()
    {
        var consent = ConsentBuilder.For(Subject).Build();
        var pptOnly = ConsentBuilder.For(Subject).Build() with
        {
            Services = [ConsentServices.Ppt], ValidFrom = new DateOnly(2025, 2, 1), ValidTo = new DateOnly(2026, 1, 31),
        };

        Assert.Single(FollowUp(consent, RenewalDay, others: pptOnly)!.Notifications);
    }

    [Fact]
    public void FollowUp_R32_ClosedCaseOrWithdrawnConsent_MarkedSilently()
    {
        var consent = ConsentBuilder.For(Subject).Build();
        var closed = Subject with { Status = CaseStatus.Closed };
        var withdrawn = consent with { Withdrawals = [new ConsentWithdrawal("w", RenewalDay, [], [], "idporten", "mor")] };

        var onClosed = FollowUp(consent, DayAfterLastDay, closed)!;
        var onWithdrawn = FollowUp(withdrawn, DayAfterLastDay)!;

        Assert.Equal((0, 0, false), (onClosed.Notifications.Count, onClosed.Events.Count, onClosed.CancelsMeetings));
        Assert.Equal((0, 0, false), (onWithdrawn.Notifications.Count, onWithdrawn.Events.Count, onWithdrawn.CancelsMeetings));
        Assert.NotNull(onWithdrawn.Consent.ExpiryHandledAt);
    }
}
