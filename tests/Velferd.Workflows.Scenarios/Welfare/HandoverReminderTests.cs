using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Core.Housekeeping;
using Velferd.Workflows.Scheduling.Time;
using Velferd.Workflows.Testing.Host;
using Velferd.Workflows.Welfare.Batons;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Notifications;
using static Velferd.Workflows.Scenarios.Welfare.WelfareApi;

namespace Velferd.Workflows.Scenarios.Welfare;

/// <summary>
/// The R-36 reminder scan on the host's fake clock, in a class (and host) of its own: moving the clock expires the bearer
/// tokens other tests would sign in with.
/// </summary>
public sealed class HandoverReminderTests(SqliteFrozenClockHostFixture fixture) : IClassFixture<SqliteFrozenClockHostFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private TimeProvider Clock => fixture.Clock;

    [Fact]
    public async Task ReminderScan_R36_UnansweredAfterTenWorkingDays_OldHolderRemindedAndCoordinatorAlertedOnce()
    {
        var tone = await fixture.Host.ClientForAsync("tone.koordinator");
        var id = (await CreateAsync(tone, TitCase(PersonAged(Clock, 9), Guardian())))["id"]!.GetValue<string>();
        var offer = await BodyAsync(await tone.PostAsJsonAsync($"/api/cases/{id}/handovers", new { toUser = "lars.laerer" }, Ct));
        var remindAt = offer["remindAt"]!.GetValue<DateTimeOffset>();

        fixture.Clock.SetUtcNow(remindAt.AddMinutes(-1));
        var early = await RunScanAsync();
        fixture.Clock.SetUtcNow(remindAt.AddMinutes(1));
        var due = await RunScanAsync();
        var again = await RunScanAsync();

        Assert.Equal(10, OsloBusinessCalendar.Default.CountWorkingDays(
            OsloBusinessCalendar.Default.LocalDate(offer["offeredAt"]!.GetValue<DateTimeOffset>()), OsloBusinessCalendar.Default.LocalDate(remindAt)));
        // The host's scheduler runs the same scan on the moved clock and may get there first: either way, once.
        Assert.Equal(0, early.Changed);
        Assert.InRange(due.Changed, 0, 1);
        Assert.Equal(0, again.Changed);

        // Bearer tokens expire on the moved clock, so the rest is read through the stores the API reads.
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var notices = await scope.ServiceProvider.GetRequiredService<INotificationStore>().ForUserAsync("tone.koordinator", ["tit-sentrum"], [], Ct);
        Assert.Equal([("stafett-paminnelse", "tone.koordinator", (string?)null), ("stafett-varsel-koordinator", null, "tit-sentrum")],
            notices.Where(n => n.CaseId == id).Select(n => (n.Kind, n.Recipient, n.Team)).OrderBy(n => n.Kind, StringComparer.Ordinal));
        var subject = (await scope.ServiceProvider.GetRequiredService<ICaseStore>().FindAsync(id, Ct))!;
        var offers = await scope.ServiceProvider.GetRequiredService<IHandoverStore>().ListForCaseAsync(id, Ct);
        Assert.Equal("tone.koordinator", BatonRules.HolderOf(subject, offers));
        Assert.Contains(await scope.ServiceProvider.GetRequiredService<ICaseStore>().TimelineAsync(id, Ct), e => e.Kind == "stafett-ikke-akseptert");
    }

    private async Task<HousekeepingResult> RunScanAsync()
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HandoverReminderScan>().RunAsync(Ct);
    }
}
