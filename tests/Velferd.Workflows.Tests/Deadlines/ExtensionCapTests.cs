using Velferd.Workflows.Core.Deadlines;
using Velferd.Workflows.Scheduling.Time;

namespace Velferd.Workflows.Tests.Deadlines;

public sealed class ExtensionCapTests
{
    private static readonly OsloBusinessCalendar Calendar = OsloBusinessCalendar.Default;

    private static Deadline InvestigationFrom(DateOnly start, int capMonths)
    {
        var anchor = Calendar.StartOfDay(start);
        var lastDay = Calendar.LocalDate(Calendar.AddMonths(anchor, 3));
        return new Deadline
        {
            Id = "d1",
            Name = "undersøkelsesfrist",
            Kind = DeadlineKind.Statutory,
            WorkflowInstanceId = "i1",
            ActivityId = "a1",
            BookmarkName = "Elsa.Event",
            AnchorAt = anchor,
            DueAt = Calendar.StartOfDay(lastDay.AddDays(1)),
            DueLocal = lastDay.ToString("yyyy-MM-dd"),
            MaxDueAt = Calendar.StartOfDay(Calendar.LocalDate(Calendar.AddMonths(anchor, capMonths)).AddDays(1)),
            CreatedAt = anchor,
            UpdatedAt = anchor,
        };
    }

    [Theory]
    [InlineData("2024-03-08", "2024-09-08")]
    [InlineData("2024-08-31", "2025-02-28")]
    [InlineData("2023-08-29", "2024-02-29")]
    public void Describe_R16_R03_NamesSixMonthsFromTheStartDateAndTheLastAllowedDay(string start, string lastDay)
    {
        var deadline = InvestigationFrom(DateOnly.Parse(start), 6);

        var message = ExtensionCap.Describe(Calendar, deadline, deadline.MaxDueAt!.Value);

        Assert.StartsWith($"Ny frist kan ikke være senere enn {lastDay}: maks 6 måneder fra startdato.", message);
        Assert.Equal(6, ExtensionCap.MonthsFromAnchor(Calendar, deadline, deadline.MaxDueAt.Value));
    }

    [Fact]
    public void Describe_ACapThatIsNoWholeNumberOfMonths_NamesTheDateOnly()
    {
        var deadline = InvestigationFrom(new DateOnly(2024, 3, 8), 6);
        var odd = deadline.MaxDueAt!.Value.AddDays(3);

        Assert.Null(ExtensionCap.MonthsFromAnchor(Calendar, deadline, odd));
        Assert.StartsWith("Ny frist kan ikke være senere enn lovens maksimum (2024-09-11)", ExtensionCap.Describe(Calendar, deadline, odd));
    }
}
