using System.Text.Json.Nodes;
using Velferd.Workflows.Studio.HostApi;
using Velferd.Workflows.Studio.Inbox;

namespace Velferd.Workflows.Tests.Studio.Inbox;

public sealed class TaskFormTests
{
    [Theory]
    [InlineData("Text", FieldKind.Text)]
    [InlineData("Multiline", FieldKind.Multiline)]
    [InlineData("Number", FieldKind.Number)]
    [InlineData("Date", FieldKind.Date)]
    [InlineData("Choice", FieldKind.Choice)]
    [InlineData("YesNo", FieldKind.YesNo)]
    [InlineData("Person", FieldKind.Person)]
    [InlineData("yesno", FieldKind.YesNo)]
    public void Fields_EveryTypeOfTheTaskModel_GetsItsInput(string type, FieldKind expected)
    {
        var form = new TaskForm(StudioAnswers.Task(fields: [StudioAnswers.Field("f", type)]));

        Assert.Equal(expected, form.Fields.Single().Kind);
    }

    [Fact]
    public void ToJson_FilledFields_AreTypedAsTheApiTakesThem()
    {
        var form = new TaskForm(StudioAnswers.Task(fields:
        [
            StudioAnswers.Field("tekst", "Text"), StudioAnswers.Field("antall", "Number"), StudioAnswers.Field("dato", "Date"),
            StudioAnswers.Field("svar", "YesNo"), StudioAnswers.Field("valg", "Choice", options: ["1", "2"]), StudioAnswers.Field("tom", "Multiline"),
            StudioAnswers.Field("feil", "Number"),
        ]));
        Fill(form, "tekst", " hei ");
        Fill(form, "antall", "7,5");
        Fill(form, "dato", "2026-12-24");
        form.Fields.Single(f => f.Key == "svar").Answer = false;
        Fill(form, "valg", "2");
        Fill(form, "tom", "   ");
        Fill(form, "feil", "sju");

        var json = form.ToJson().ToJsonString();

        Assert.Equal("""{"tekst":"hei","antall":7.5,"dato":"2026-12-24","svar":false,"valg":"2","feil":"sju"}""", json);
    }

    [Fact]
    public void ShowErrors_FieldErrors_GoNextToTheirFields_OthersApart()
    {
        var form = new TaskForm(StudioAnswers.Task(fields: [StudioAnswers.Field("begrunnelse", "Multiline", required: true), StudioAnswers.Field("niva", "Choice")]));
        var problem = new ApiProblem(400, "Valideringsfeil", new Dictionary<string, string[]>
        {
            ["form.begrunnelse"] = ["«Begrunnelse» må fylles ut."],
            ["outcome"] = ["Ukjent utfall."],
        });

        form.ShowErrors(problem);

        Assert.Equal("«Begrunnelse» må fylles ut.", form.Fields[0].Error);
        Assert.Null(form.Fields[1].Error);
        Assert.Equal(["Ukjent utfall."], form.OtherErrors);
    }

    [Fact]
    public void ShowErrors_NextSubmitWithoutErrors_ClearsThem()
    {
        var form = new TaskForm(StudioAnswers.Task(fields: [StudioAnswers.Field("a", "Text", required: true)]));
        form.ShowErrors(new ApiProblem(400, "", new Dictionary<string, string[]> { ["form.a"] = ["Mangler."] }));

        form.ShowErrors(null);

        Assert.Null(form.Fields[0].Error);
    }

    [Fact]
    public void Fields_StoredFormData_IsShown()
    {
        var form = new TaskForm(StudioAnswers.Task(
            fields: [StudioAnswers.Field("a", "Text"), StudioAnswers.Field("b", "YesNo")],
            form: new JsonObject { ["a"] = "lagret", ["b"] = true }));

        Assert.Equal("lagret", form.Fields[0].Text);
        Assert.True(form.Fields[1].Answer);
    }

    private static void Fill(TaskForm form, string key, string text) => form.Fields.Single(f => f.Key == key).Text = text;
}
