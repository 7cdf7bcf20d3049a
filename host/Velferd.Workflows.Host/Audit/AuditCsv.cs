using System.Globalization;
using System.Text;
using Velferd.Workflows.Welfare.Audit;

namespace Velferd.Workflows.Host.Audit;

/// <summary>
/// Audit rows as CSV for a spreadsheet: semicolon-separated (Norwegian Excel), a header row, UTF-8 with a byte order
/// mark, fields quoted when they hold a separator, quote or line break. A field a spreadsheet would run as a formula
/// (the purpose is the caller's own text) gets a leading apostrophe.
/// </summary>
public static class AuditCsv
{
    /// <summary>The header row's columns.</summary>
    public static readonly string[] Header = ["Tidspunkt", "Bruker", "Rolle", "Tjeneste", "Sak", "Person", "Handling", "Formål", "Nødtilgang", "Rute"];

    /// <summary>The CSV text of <paramref name="rows"/>.</summary>
    public static string Write(IEnumerable<AuditEntry> rows)
    {
        var csv = new StringBuilder();
        Line(csv, Header);
        foreach (var row in rows)
        {
            Line(csv, [
                row.At.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), row.User, row.Role, row.Service,
                row.CaseId ?? "", row.PersonRef ?? "", row.Action, row.Purpose, row.BreakGlass ? "ja" : "nei", row.Route]);
        }

        return csv.ToString();
    }

    /// <summary>The file's bytes: UTF-8 with a byte order mark.</summary>
    public static byte[] Bytes(string csv) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)];

    /// <summary>Appends one CSV line (other exports, such as the KPIs, write theirs the same way).</summary>
    internal static void Line(StringBuilder csv, IEnumerable<string> fields) =>
        csv.Append(string.Join(';', fields.Select(Field))).Append("\r\n");

    private static string Field(string value)
    {
        var safe = value.Length > 0 && "=+-@\t\r".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;
        return safe.IndexOfAny([';', '"', '\r', '\n']) >= 0 ? $"\"{safe.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : safe;
    }
}
