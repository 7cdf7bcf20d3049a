using Velferd.Workflows.Studio.Cases;
using Velferd.Workflows.Studio.HostApi;

namespace Velferd.Workflows.Tests.Studio.Cases;

public sealed class CaseListRowTests
{
    private static readonly DateTimeOffset Registered = new(2026, 6, 1, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("Open", null, "Kari", 2, "Kari", "BTI 2", "Åpen", true)]
    [InlineData("Closed", "AVSLUTTET_MÅL_NÅDD", null, null, "(uten navn)", "BTI", "Avsluttet (AVSLUTTET_MÅL_NÅDD)", false)]
    public void From_Answer_SaysWhoKindAndStatusInWords(
        string status, string? endCode, string? child, int? level, string expectedChild, string expectedKind, string expectedStatus, bool isOpen)
    {
        var row = CaseListRow.From(new CaseSummaryAnswer("sak-1", "BTI", level, "tit-sentrum", status, endCode, child, Registered));

        Assert.Equal(new CaseListRow("sak-1", expectedChild, expectedKind, "tit-sentrum", expectedStatus, isOpen, "01.06.2026 12:00"), row);
    }
}
