using System.Text;

namespace Velferd.Workflows.Studio.Overview;

/// <summary>
/// The overview's overdue tasks as CSV for a spreadsheet: semicolon-separated (Norwegian Excel), a header row, UTF-8
/// with a byte order mark so «ø» survives, fields quoted when they hold a separator, quote or line break.
/// </summary>
public static class OverviewCsv
{
    /// <summary>The header row's columns.</summary>
    public static readonly string[] Header = ["Team", "Oppgave", "Sak", "Forløp", "Frist", "Status", "Har oppgaven", "Oppgave-id"];

    /// <summary>The CSV text of <paramref name="rows"/>.</summary>
    public static string Write(IEnumerable<OverdueRow> rows)
    {
        var csv = new StringBuilder();
        Line(csv, Header);
        foreach (var row in rows)
        {
            Line(csv, [row.Team, row.Row.Title, row.Row.CaseId, row.Row.Pathway, row.Row.DueAt, row.Row.Due.Text, row.AssignedTo ?? "", row.Row.TaskId]);
        }

        return csv.ToString();
    }

    /// <summary>The file's bytes: UTF-8 with a byte order mark.</summary>
    public static byte[] Bytes(string csv) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)];

    private static void Line(StringBuilder csv, IEnumerable<string> fields) =>
        csv.Append(string.Join(';', fields.Select(Quote))).Append("\r\n");

    private static string Quote(string field) =>
        field.IndexOfAny([';', '"', '\r', '\n']) >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
}
