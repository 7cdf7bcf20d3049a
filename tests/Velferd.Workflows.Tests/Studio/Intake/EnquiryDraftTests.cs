using System.Text.Json;
using Velferd.Workflows.Studio.HostApi;
using Velferd.Workflows.Studio.Intake;
using Velferd.Workflows.Studio.SignIn;

namespace Velferd.Workflows.Tests.Studio.Intake;

public sealed class EnquiryDraftTests
{
    [Fact]
    public void ToRequest_AChildByNumberAndOneGuardian_SendsTheHostsFieldsWithoutTheEmptyGuardianRow()
    {
        var draft = new EnquiryDraft { Channel = "undring", Asker = "fagperson", Concern = "  Mye fravær.  ", Acute = true, Team = "tit-sentrum" };
        draft.Child.Number = "150316 12345";
        draft.Child.Name = "Kari Testbarn";
        draft.Guardians[1].IdentifiedBy = PersonDraft.ByDnr;
        draft.Guardians[1].Number = "41018012345";

        var (body, errors) = draft.ToRequest();

        Assert.Empty(errors);
        var json = JsonSerializer.SerializeToElement(body, HostApiClient.Json);
        Assert.Equal(("undring", "fagperson", true, "tit-sentrum"),
            (json.GetProperty("channel").GetString(), json.GetProperty("asker").GetString(), json.GetProperty("acute").GetBoolean(), json.GetProperty("team").GetString()));
        Assert.Equal("  Mye fravær.  ", json.GetProperty("concern").GetString());
        Assert.Equal(("15031612345", "Kari Testbarn"), (json.GetProperty("child").GetProperty("fnr").GetString(), json.GetProperty("child").GetProperty("name").GetString()));
        var guardian = Assert.Single(json.GetProperty("guardians").EnumerateArray());
        Assert.Equal("41018012345", guardian.GetProperty("dnr").GetString());
        Assert.Equal(JsonValueKind.Null, guardian.GetProperty("name").ValueKind);
    }

    [Fact]
    public void ToRequest_AnUnbornChild_SendsUnbornWithTheDueDateAsTheHostReadsIt()
    {
        var draft = new EnquiryDraft { Concern = "Gravid og bekymret.", Team = "tit-sentrum" };
        draft.Child.IdentifiedBy = PersonDraft.ByDueDate;
        draft.Child.Number = "typed before switching";
        draft.Child.DueDate = "3.4.2027";

        var (body, _) = draft.ToRequest();

        var child = JsonSerializer.SerializeToElement(body, HostApiClient.Json).GetProperty("child");
        Assert.True(child.GetProperty("unborn").GetBoolean());
        Assert.Equal("2027-04-03", child.GetProperty("dueDate").GetString());
        Assert.False(child.TryGetProperty("fnr", out _));
    }

    [Fact]
    public void ToRequest_AnUnreadableDueDate_IsAnErrorAtTheDueDateAndNothingIsSent()
    {
        var draft = new EnquiryDraft { Concern = "x" };
        draft.Child.IdentifiedBy = PersonDraft.ByDueDate;
        draft.Child.DueDate = "i april";

        var (body, errors) = draft.ToRequest();

        Assert.Null(body);
        Assert.Equal(["child.dueDate"], errors.Keys);
        Assert.Equal("Skriv terminen som dd.mm.åååå.", draft.Place(errors).At("child.dueDate"));
    }

    [Fact]
    public void Place_TheHostsErrors_GoToTheirInputsAndTheRestToTheSummary()
    {
        var draft = new EnquiryDraft { Concern = "x" };
        draft.Guardians[1].Number = "123";
        draft.ToRequest();
        var hostErrors = new Dictionary<string, string[]>
        {
            ["child.fnr"] = ["Ugyldig fødselsnummer (kontrollsiffer eller dato)."],
            ["child"] = ["Personen er 19 år: utenfor målgruppen 0–17 år (R-75)."],
            ["concern"] = ["Bekymringen mangler."],
            ["guardians[0].fnr"] = ["Ugyldig fødselsnummer."],
            ["child.birthDate"] = ["Fødselsdatoen kan ikke være fram i tid."],
        };

        var placed = draft.Place(hostErrors);

        Assert.Equal("Personen er 19 år: utenfor målgruppen 0–17 år (R-75). Ugyldig fødselsnummer (kontrollsiffer eller dato).", placed.At("child.number"));
        Assert.Equal("Bekymringen mangler.", placed.At("concern"));
        // The only guardian sent was the form's second row.
        Assert.Equal("Ugyldig fødselsnummer.", placed.At("guardians[1].number"));
        Assert.Null(placed.At("guardians[0].number"));
        Assert.Equal(["Fødselsdatoen kan ikke være fram i tid."], placed.Unplaced);
    }

    [Fact]
    public void TeamsFor_ACaseworker_OffersTheirOwnTeamsAndChoosesTheOnlyOne_AnAdministratorTypesAny()
    {
        var ola = new StudioUser("ola", "Ola", new HashSet<string> { StudioRoles.Caseworker }, new HashSet<string> { "tit-sentrum" }, "token");
        var lise = new StudioUser("lise", "Lise", new HashSet<string> { StudioRoles.Supervisor }, new HashSet<string> { "ungdomsteam", "bv-vest" }, "token");
        var admin = new StudioUser("admin", "Admin", new HashSet<string> { StudioRoles.Admin }, new HashSet<string>(), "token");

        Assert.Equal("tit-sentrum", EnquiryDraft.For(ola).Team);
        Assert.Equal(["bv-vest", "ungdomsteam"], EnquiryDraft.TeamsFor(lise));
        Assert.Null(EnquiryDraft.For(lise).Team);
        Assert.Empty(EnquiryDraft.TeamsFor(admin));
    }

    [Theory]
    [InlineData(StudioRoles.Caseworker, true)]
    [InlineData(StudioRoles.Coordinator, true)]
    [InlineData(StudioRoles.Supervisor, true)]
    [InlineData(StudioRoles.Admin, true)]
    [InlineData(StudioRoles.ProcessOwner, false)]
    public void RegistersCases_MirrorsTheHostsWorkCasesPolicy(string role, bool registers) =>
        Assert.Equal(registers, new StudioUser("u", "U", new HashSet<string> { role }, new HashSet<string>(), "token").RegistersCases);

    [Fact]
    public void ChannelAndAskerTexts_AreBokmaalForEveryCode()
    {
        Assert.Equal(["Familiehjelpa (telefon eller chat)", "Koordinator", "Undring fra ansatt", "Webskjema"], EnquiryDraft.Channels.Select(EnquiryDraft.ChannelText));
        Assert.Equal(["Forelder", "Ungdom", "Fagperson", "Anonym"], EnquiryDraft.Askers.Select(EnquiryDraft.AskerText));
    }
}
