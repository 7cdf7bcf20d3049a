using System.Text;
using Velferd.Workflows.Studio.Inbox;
using Velferd.Workflows.Studio.Overview;

namespace Velferd.Workflows.Tests.Studio.Overview;

public sealed class OverviewCsvTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 11, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Write_Rows_HeaderThenOneLinePerTask_SemicolonSeparated()
    {
        var row = new OverdueRow("tit-sentrum", InboxRow.From(StudioAnswers.Task("t1", dueAt: Now.AddDays(-1), isOverdue: true), "", Now), "ola");

        var lines = OverviewCsv.Write([row]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("Team;Oppgave;Sak;Forløp;Frist;Status;Har oppgaven;Oppgave-id", lines[0]);
        Assert.Equal("tit-sentrum;Oppgave t1;sak-1;p1-en-dor-inn;03.12.2026 12:00;Forfalt i går;ola;t1", lines[1]);
        Assert.Equal(2, lines.Length);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a;b", "\"a;b\"")]
    [InlineData("sa \"hei\"", "\"sa \"\"hei\"\"\"")]
    [InlineData("to\nlinjer", "\"to\nlinjer\"")]
    public void Write_FieldWithSeparatorQuoteOrBreak_IsQuoted(string title, string expected)
    {
        var task = StudioAnswers.Task("t1") with { Title = title };
        var row = new OverdueRow("t", InboxRow.From(task, "", Now), null);

        var csv = OverviewCsv.Write([row]);

        Assert.StartsWith($"t;{expected};", csv.Split("\r\n")[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Bytes_Csv_StartsWithTheUtf8ByteOrderMark()
    {
        var bytes = OverviewCsv.Bytes("Forløp");

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("Forløp", Encoding.UTF8.GetString(bytes[3..]));
    }
}
