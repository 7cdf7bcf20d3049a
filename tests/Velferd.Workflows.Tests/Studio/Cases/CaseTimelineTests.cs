using Velferd.Workflows.Studio.Cases;
using Velferd.Workflows.Studio.HostApi;

namespace Velferd.Workflows.Tests.Studio.Cases;

public sealed class CaseTimelineTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 4, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Build_EventsAndTasks_CompletedStepsJoinTheEventsInTimeOrderOnceEach()
    {
        var events = new List<TimelineEntryAnswer>
        {
            new("e1", At, "sak-opprettet", "tone.koordinator", null),
            new("e2", At.AddHours(2), "samtykke-registrert", "tone.koordinator", null),
        };
        var done = StudioAnswers.Task("t1", status: "Completed", assignedTo: "ola.saksbehandler")
            with { Outcome = "Til beslutning", CompletedBy = "ola.saksbehandler", ClosedAt = At.AddHours(1) };
        var open = StudioAnswers.Task("t2", status: "Claimed", assignedTo: "ola.saksbehandler");

        var timeline = CaseTimeline.Build(events, [done, open, done]);

        Assert.Equal(["e1", "t1", "e2"], timeline.Select(e => e.Id));
        var step = timeline[1];
        Assert.Equal(("oppgave-fullført", "ola.saksbehandler", "Oppgave t1: Til beslutning"), (step.Kind, step.By, step.Detail));
    }
}
