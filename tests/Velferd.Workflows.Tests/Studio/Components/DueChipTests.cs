using Bunit;
using Velferd.Workflows.Studio.Inbox;

namespace Velferd.Workflows.Tests.Studio.Components;

public sealed class DueChipTests : StudioComponentContext
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 11, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Render_TheHostSaysOverdueBeforeThisClockDoes_FilledRedChipSayingOverdue()
    {
        var chip = Render<DueChip>(p => p.Add(c => c.Due, DueLabel.Of(Now.AddDays(10), Now, hostSaysOverdue: true)).Add(c => c.Title, "14.12.2026 12:00"));

        var element = chip.Find("[data-due-state]");
        Assert.Equal("overdue", element.GetAttribute("data-due-state"));
        Assert.Contains("mud-chip-filled", element.ClassList);
        Assert.Contains("mud-chip-color-error", element.ClassList);
        Assert.DoesNotContain("dager igjen", element.TextContent, StringComparison.Ordinal);
        Assert.Equal("14.12.2026 12:00", element.GetAttribute("title"));
    }

    [Fact]
    public void Render_DueTomorrow_OutlinedAmberChip()
    {
        var chip = Render<DueChip>(p => p.Add(c => c.Due, DueLabel.Of(Now.AddDays(1), Now)));

        var element = chip.Find("[data-due-state]");
        Assert.Equal("soon", element.GetAttribute("data-due-state"));
        Assert.Contains("mud-chip-outlined", element.ClassList);
        Assert.Contains("mud-chip-color-warning", element.ClassList);
    }
}
