using Velferd.Workflows.Welfare.Transitions;

namespace Velferd.Workflows.Tests.Welfare;

public sealed class TransitionRulesTests
{
    // AS-14: born 2008-05-10, the decision is due 2025-11-10.
    [Theory]
    [InlineData("2008-05-10", "2025-11-10")]
    [InlineData("2008-02-29", "2025-08-29")]
    [InlineData("2008-08-31", "2026-02-28")]
    public void R41_DecisionDue_SeventeenYearsSixMonthsFromTheBirthDate_ClampedAtMonthEnd(string born, string due) =>
        Assert.Equal(DateOnly.Parse(due), TransitionRules.DecisionDue(DateOnly.Parse(born)));

    // AS-15: declined 2026-04-01, asked again 2027-04-01; a decline on 29 February is asked again on 28 February.
    [Theory]
    [InlineData("2026-04-01", "2027-04-01")]
    [InlineData("2024-02-29", "2025-02-28")]
    public void R43_AskAgainOn_TwelveMonthsAfterTheDecline(string declined, string again) =>
        Assert.Equal(DateOnly.Parse(again), TransitionRules.AskAgainOn(DateOnly.Parse(declined)));

    // AS-14: on 2026-05-10 (age 18) with an active measure and nothing recorded the case is on the red list and
    // cannot close; the day before, and with a decision, it is not; from 25 it is not either.
    [Theory]
    [InlineData("2026-05-09", true, false, false)]
    [InlineData("2026-05-10", true, false, true)]
    [InlineData("2026-05-10", true, true, false)]
    [InlineData("2026-05-10", false, false, false)]
    [InlineData("2033-05-10", true, false, false)]
    public void R41_RedList_EighteenWithActiveMeasureAndNoDecision(string today, bool activeMeasure, bool decided, bool onList)
    {
        var now = DateTimeOffset.Parse("2025-01-01T12:00:00Z");
        var measure = new Measure
        {
            Id = "m1", CaseId = "c1", Kind = MeasureKinds.Help, StartDate = new DateOnly(2024, 1, 1), Status = activeMeasure ? MeasureStatuses.Active : MeasureStatuses.Ended,
            CreatedAt = now, CreatedBy = "bjorn.barnevern",
        };
        TransitionDecision[] decisions = decided
            ? [new TransitionDecision { Id = "d1", CaseId = "c1", Kind = TransitionDecisionKinds.Declined, DecidedOn = new DateOnly(2026, 5, 1), RecordedAt = now, RecordedBy = "bjorn.barnevern" }]
            : [];
        var standing = new TransitionStanding("c1", "bv-vest", new DateOnly(2008, 5, 10), CaseOpen: true, [measure], decisions);

        Assert.Equal(onList, TransitionRules.IsOnRedList(standing, DateOnly.Parse(today)));
        Assert.Equal(onList, TransitionRules.GateBlocks(standing, DateOnly.Parse(today)) is not null);
    }
}
