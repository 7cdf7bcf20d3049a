using System.Text.Json.Nodes;
using Velferd.Workflows.Core.HumanTasks;
using Velferd.Workflows.Testing.Identity;

namespace Velferd.Workflows.Tests.HumanTasks;

public sealed class FormValidatorTests
{
    private static readonly FormField Text = new("navn", "Kontaktperson", FormFieldType.Text, Required: true, Min: 2, Max: 5, Pattern: "[A-ZÆØÅa-zæøå]+");
    private static readonly FormField Multiline = new("notat", "Notat", FormFieldType.Multiline, Max: 10);
    private static readonly FormField Number = new("antall", "Antall møter", FormFieldType.Number, Min: 1, Max: 12.5m);
    private static readonly FormField Date = new("dato", "Møtedato", FormFieldType.Date, Min: "2024-01-01", Max: "2024-12-31");
    private static readonly FormField Choice = new("niva", "BTI-nivå", FormFieldType.Choice, Options: ["1", "2", "3"]);
    private static readonly FormField YesNo = new("samtykke", "Samtykke gitt", FormFieldType.YesNo, Required: true);
    private static readonly FormField Person = new("barn", "Barnet", FormFieldType.Person);

    public static TheoryData<FormField, JsonNode?, string?> Cases => new()
    {
        { Text, "Kari", null },
        { Text, null, "«Kontaktperson» må fylles ut." },
        { Text, "  ", "«Kontaktperson» må fylles ut." },
        { Text, 42, "«Kontaktperson» må være tekst." },
        { Text, "K", "«Kontaktperson» må ha minst 2 tegn." },
        { Text, "Karianne", "«Kontaktperson» kan ha høyst 5 tegn." },
        { Text, "Kar1", "«Kontaktperson» har ikke riktig format." },
        { Multiline, "to\nlinjer", null },
        { Multiline, null, null },
        { Multiline, "altfor lang tekst", "«Notat» kan ha høyst 10 tegn." },
        { Number, 3, null },
        { Number, 12.5, null },
        { Number, "3", "«Antall møter» må være et tall." },
        { Number, 0, "«Antall møter» må være minst 1." },
        { Number, 13, "«Antall møter» kan være høyst 12,5." },
        { Date, "2024-05-17", null },
        { Date, "17.05.2024", "«Møtedato» må være en dato på formen ÅÅÅÅ-MM-DD." },
        { Date, "2024-02-30", "«Møtedato» må være en dato på formen ÅÅÅÅ-MM-DD." },
        { Date, "2023-12-31", "«Møtedato» kan ikke være før 01.01.2024." },
        { Date, "2025-01-01", "«Møtedato» kan ikke være etter 31.12.2024." },
        { Choice, "2", null },
        { Choice, "4", "«BTI-nivå» må være ett av valgene: 1, 2, 3." },
        { Choice, 2, "«BTI-nivå» må være ett av valgene: 1, 2, 3." },
        { YesNo, true, null },
        { YesNo, false, null },
        { YesNo, null, "«Samtykke gitt» må fylles ut." },
        { YesNo, "ja", "«Samtykke gitt» må besvares med ja eller nei." },
        { Person, "01010100050", null },
        { Person, "41010100044", null },
        { Person, "01010100051", "«Barnet» må være et gyldig fødselsnummer eller D-nummer (11 siffer)." },
        { Person, "0101010005", "«Barnet» må være et gyldig fødselsnummer eller D-nummer (11 siffer)." },
        { Person, "32010100002", "«Barnet» må være et gyldig fødselsnummer eller D-nummer (11 siffer)." },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_OneFieldOfEachType_AcceptsGoodValuesAndExplainsBadOnes(FormField field, JsonNode? value, string? expectedError)
    {
        var form = new JsonObject { [field.Key] = value?.DeepClone() };

        var (errors, data) = FormValidator.Validate([field], form, TestIdentityNumbers.Validator());

        if (expectedError is null)
        {
            Assert.True(errors.IsEmpty);
        }
        else
        {
            Assert.Equal([expectedError], errors.ToDictionary()[$"form.{field.Key}"]);
            Assert.False(data.ContainsKey(field.Key));
        }
    }

    [Fact]
    public void Validate_SeveralProblemsAndAnUnknownKey_ReportsThemAllAtOnce()
    {
        var form = new JsonObject { ["antall"] = 0, ["ukjent"] = "x" };

        var (errors, _) = FormValidator.Validate([Text, Number, YesNo], form, TestIdentityNumbers.Validator());

        Assert.Equal(["form.antall", "form.navn", "form.samtykke", "form.ukjent"], errors.ToDictionary().Keys.Order());
        Assert.Equal(["Skjemaet har ikke feltet «ukjent»."], errors.ToDictionary()["form.ukjent"]);
    }

    [Fact]
    public void Validate_PersonNumberError_NeverRepeatsTheValue()
    {
        var (errors, _) = FormValidator.Validate([Person], new JsonObject { ["barn"] = "01010100051" }, TestIdentityNumbers.Validator());

        Assert.DoesNotContain("01010100051", errors.ToDictionary()["form.barn"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DesignerJson_ReadsEveryTypeAndReportsBadFields()
    {
        var json = JsonNode.Parse("""
            [
              {"key": "a", "label": "A", "type": "text", "required": true, "pattern": "[0-9]+", "max": 5},
              {"key": "b", "type": "multiline"}, {"key": "c", "type": "number", "min": 1}, {"key": "d", "type": "date"},
              {"key": "e", "type": "choice", "options": ["x", "y"]}, {"key": "f", "type": "yesno"}, {"key": "g", "type": "person"},
              {"key": "h", "type": "farge"}, {"key": "i", "type": "choice"}, {"key": "a", "type": "text"}, {"label": "uten nøkkel"},
              {"key": "j", "pattern": "("}
            ]
            """)!.AsArray();

        var (fields, problems) = FormDefinition.Parse(json);

        Assert.Equal(
            [FormFieldType.Text, FormFieldType.Multiline, FormFieldType.Number, FormFieldType.Date, FormFieldType.Choice, FormFieldType.YesNo, FormFieldType.Person],
            fields.Select(f => f.Type));
        Assert.True(fields[0].Required);
        Assert.Equal("b", fields[1].Label);
        Assert.Equal(5, problems.Count);
    }
}
