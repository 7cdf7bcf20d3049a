using System.Globalization;
using System.Text.Json.Nodes;
using Velferd.Workflows.Core.Identity;
using Velferd.Workflows.Welfare.Persons;
using Velferd.Workflows.Welfare.Reports;

namespace Velferd.Workflows.Activities.FiksIo;

/// <summary>
/// A schema-valid Fiks IO bekymringsmelding as the one registration reads it: reporter category from the
/// message type (<c>offentlig.v2</c> / <c>privat.v2</c>, or <c>anonym</c> when the reporter asks to be), the reporter's
/// kind as role, the organisation number (also as the feedback letter's address when it is valid), each child and guardian as a person, the text and the acute flag.
/// </summary>
public static class FiksIoReportInput
{
    /// <summary>The registration input of <paramref name="report"/>, received at <paramref name="receivedAt"/>.</summary>
    public static ReportInput From(JsonObject report, string messageType, DateTimeOffset receivedAt)
    {
        var reporter = report["melder"] as JsonObject;
        var category = reporter?["anonym"]?.GetValue<bool>() == true ? ReporterCategories.Anonymous
            : messageType == ConcernReportMessageTypes.Private ? ReporterCategories.Private
            : ReporterCategories.Public;
        var organisation = Text(reporter, "organisasjonsnummer");

        // A public reporter's valid organisation number is where R-17's feedback letter goes (SvarUt); one that fails
        // its check digit stays only as the organisation's label, so the melding is still registered.
        var letterTo = category == ReporterCategories.Public && OrganisationNumber.IsValid(organisation) ? organisation : null;
        return new ReportInput(
            receivedAt,
            ReportChannels.FiksIo,
            new ReporterInput(category, Text(reporter, "kategori"), organisation, letterTo),
            [.. (report["barn"] as JsonArray ?? []).Select(Child)],
            [.. (report["foresatte"] as JsonArray ?? []).Select(g => (PersonInput?)new PersonInput(Fnr: Text(g, "fodselsnummer"), Name: Name(Text(g, "navn"))))],
            Text(report, "bekymring"),
            report["akutt"]?.GetValue<bool>() == true);
    }

    private static PersonInput? Child(JsonNode? child)
    {
        var unborn = child?["ufoedt"]?.GetValue<bool>() == true;
        var due = Text(child, "termindato");
        return new PersonInput(
            Fnr: Text(child, "fodselsnummer"),
            Unborn: unborn ? true : null,
            DueDate: due is not null && DateOnly.TryParseExact(due, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null,
            Name: Name(string.Join(' ', new[] { Text(child, "fornavn"), Text(child, "etternavn") }.Where(n => !string.IsNullOrWhiteSpace(n)))));
    }

    // The schema allows a first and a last name of 200 characters each; the case keeps at most 200.
    private static string? Name(string? name) =>
        string.IsNullOrWhiteSpace(name) ? null : name.Length <= PersonRules.MaxNameLength ? name : name[..PersonRules.MaxNameLength];

    private static string? Text(JsonNode? node, string name) => node?[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
