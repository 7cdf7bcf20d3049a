using System.Text.Json;
using Velferd.Workflows.Studio.HostApi;
using Velferd.Workflows.Studio.Intake;

namespace Velferd.Workflows.Tests.Studio.Intake;

public sealed class ReportDraftTests
{
    [Fact]
    public void ToRequest_APublicReporterAboutTwoChildren_SendsOnlyTheCategorysAddressAndEveryChild()
    {
        var draft = new ReportDraft
        {
            ReceivedAt = "14.01.2027 09:30", Channel = "telefon", Category = "offentlig", Role = " skole ", Organisation = "Sentrum skole",
            OrganisationNumber = "974760673", ReporterFnr = "typed while «privat» was chosen", Text = "Gutten kommer sulten.",
        };
        draft.Children[0].Number = "14831650010";
        draft.AddChild();
        draft.Children[1].IdentifiedBy = PersonDraft.ByDueDate;
        draft.Children[1].DueDate = "01.03.2027";

        var (body, errors) = draft.ToRequest();

        Assert.Empty(errors);
        var json = JsonSerializer.SerializeToElement(body, HostApiClient.Json);
        Assert.Equal("2027-01-14T09:30:00+01:00", json.GetProperty("receivedAt").GetString());
        var reporter = json.GetProperty("reporter");
        Assert.Equal(("offentlig", "skole", "974760673"),
            (reporter.GetProperty("category").GetString(), reporter.GetProperty("role").GetString(), reporter.GetProperty("organisationNumber").GetString()));
        Assert.Equal(JsonValueKind.Null, reporter.GetProperty("fnr").ValueKind);
        var children = json.GetProperty("children").EnumerateArray().ToList();
        Assert.Equal(2, children.Count);
        Assert.Equal("2027-03-01", children[1].GetProperty("dueDate").GetString());
        Assert.Empty(json.GetProperty("guardians").EnumerateArray());
    }

    [Fact]
    public void ToRequest_NoChildTyped_SendsTheFirstRowSoTheHostSaysWhatIsMissing()
    {
        var (body, _) = new ReportDraft { Text = "x" }.ToRequest();

        var child = Assert.Single(JsonSerializer.SerializeToElement(body, HostApiClient.Json).GetProperty("children").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, child.GetProperty("fnr").ValueKind);
    }

    [Fact]
    public void ToRequest_AnUnreadableReceivedTime_IsAnErrorThereAndNothingIsSent()
    {
        var (body, errors) = new ReportDraft { ReceivedAt = "i går" }.ToRequest();

        Assert.Null(body);
        Assert.Equal(["receivedAt"], errors.Keys);
    }

    [Fact]
    public void Place_ASkippedEmptyChildRow_PutsTheHostsErrorAtTheRowItCameFrom()
    {
        var draft = new ReportDraft { Text = "x" };
        draft.Children[0].Number = "1";
        draft.AddChild();
        draft.AddChild();
        draft.Children[2].IdentifiedBy = PersonDraft.ByDueDate;
        draft.Children[2].DueDate = "01.03.2027";
        draft.ToRequest();

        var placed = draft.Place(new Dictionary<string, string[]>
        {
            ["children[1].dueDate"] = ["Termin er for langt fram."],
            ["reporter.organisationNumber"] = ["Organisasjonsnummeret er ikke gyldig."],
            ["children"] = ["Høyst 20 barn i én melding."],
        });

        Assert.Equal("Termin er for langt fram.", placed.At("children[2].dueDate"));
        Assert.Equal("Organisasjonsnummeret er ikke gyldig.", placed.At("reporter.organisationNumber"));
        Assert.Equal(["Høyst 20 barn i én melding."], placed.Unplaced);
    }
}
