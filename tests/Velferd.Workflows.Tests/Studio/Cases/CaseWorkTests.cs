using Velferd.Workflows.Studio.Cases;
using Velferd.Workflows.Studio.HostApi;

namespace Velferd.Workflows.Tests.Studio.Cases;

public sealed class CaseWorkTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 4, 13, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(false, 4, "Gjeldende", true)]
    [InlineData(false, 2, "Delvis trukket", true)]
    [InlineData(true, 0, "Trukket", false)]
    public void Build_Consent_SaysWhatIsLeftAndWhetherItCanBeWithdrawn(bool withdrawn, int remaining, string state, bool canWithdraw)
    {
        var consent = new ConsentAnswer("c1", ["ppt", "helse"], ["skole", "helse"], "Drøfting", new DateOnly(2026, 12, 1), new DateOnly(2027, 11, 30),
            "skannet", At, withdrawn, [.. Enumerable.Range(0, remaining).Select(i => $"par {i}")]);

        var row = Assert.Single(CaseWork.Build([consent], [], [], "tone").Consents);

        Assert.Equal(new ConsentRow("c1", "ppt, helse (skole, helse)", "01.12.2026–30.11.2027", state, canWithdraw), row);
    }

    [Theory]
    [InlineData("tilbudt", "petra.ppt", "Tilbudt", true)]
    [InlineData("tilbudt", "tone", "Tilbudt", false)]
    [InlineData("akseptert", "petra.ppt", "Akseptert", false)]
    [InlineData("avslått", "petra.ppt", "Avslått", false)]
    public void Build_Handover_OnlyTheSuccessorAnswersAnOpenOffer(string status, string userName, string text, bool mayAnswer)
    {
        var offer = new HandoverAnswer("h1", "tone", "petra.ppt", status, At, At.AddDays(5), null);

        var row = Assert.Single(CaseWork.Build([], [offer], [], userName).Handovers);

        Assert.Equal(text, row.Status);
        Assert.Equal(mayAnswer, row.MayAnswer);
        Assert.Equal("04.12.2026 14:30", row.OfferedAt);
    }

    [Fact]
    public void Build_Log_OldestFirstInWords()
    {
        CaseLogEntryAnswer[] log =
        [
            new("e2", "measure", "Leksehjelp", "skole", "2027-01-15", "planlagt", null, At.AddHours(1), "lars.laerer"),
            new("e1", "goal", "Gå på skolen hver dag", null, null, null, null, At, "tone"),
            new("e3", "evaluation", "Bedre", null, null, null, 4, At.AddHours(2), "tone"),
        ];

        var rows = CaseWork.Build([], [], log, "tone").Log;

        Assert.Equal(["Mål", "Tiltak", "Evaluering"], rows.Select(r => r.Kind));
        Assert.Equal(["", "Ansvar: skole, frist 15.01.2027, planlagt", "Måloppnåelse 4 av 5"], rows.Select(r => r.Detail));
    }

    [Theory]
    [InlineData("15.01.2027", "2027-01-15")]
    [InlineData("5.1.2027", "2027-01-05")]
    [InlineData("2027-01-15", "2027-01-15")]
    [InlineData("15/01/2027", null)]
    [InlineData("", null)]
    public void ApiDate_TypedDate_IsTheApisDateOrNull(string typed, string? expected)
    {
        Assert.Equal(expected, CaseWork.ApiDate(typed));
    }
}
