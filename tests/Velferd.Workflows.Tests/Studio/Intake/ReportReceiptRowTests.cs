using Velferd.Workflows.Studio.HostApi;
using Velferd.Workflows.Studio.Intake;

namespace Velferd.Workflows.Tests.Studio.Intake;

public sealed class ReportReceiptRowTests
{
    [Fact]
    public void Of_OneRecordPerChild_LinksOnlyTheCasesTheUserMayOpenAndSaysReceivedForTheOthers()
    {
        var answer = new RegisteredReportsAnswer(
        [
            new RegisteredReportAnswer("m2", 1, "MOTTATT", null, "sak-b", "UFØDT"),
            new RegisteredReportAnswer("m1", 0, "KNYTTET_TIL_UNDERSØKELSE", 4, "sak-a", "IDENTIFISERT"),
        ]);
        PersonDraft[] sent = [new() { Name = " Kari " }, new()];

        var mayOpenA = ReportReceiptRow.Of(answer, sent, new HashSet<string> { "sak-a" });
        var mayOpenNone = ReportReceiptRow.Of(answer, sent, new HashSet<string>());

        Assert.Equal(
            [new ReportReceiptRow("m1", "Kari", "Knyttet til en pågående undersøkelse", "sak-a"), new ReportReceiptRow("m2", "Barn 2", "Mottatt", null)],
            mayOpenA);
        Assert.All(mayOpenNone, row => Assert.Equal(("Mottatt", (string?)null), (row.Status, row.CaseId)));
    }
}
