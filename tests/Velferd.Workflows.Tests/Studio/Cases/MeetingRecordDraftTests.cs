using System.Text.Json;
using Velferd.Workflows.Studio.Cases;
using Velferd.Workflows.Studio.HostApi;

namespace Velferd.Workflows.Tests.Studio.Cases;

public sealed class MeetingRecordDraftTests
{
    [Fact]
    public void ToRequest_Answered_SendsWhoWasThereAndTheTrimmedTexts()
    {
        var draft = new MeetingRecordDraft { MeetingId = "m-1", At = "14.01.2027 09:30", ParentsPresent = true, ChildPresent = false, ChildView = "  Jeg vil ha det roligere i friminuttene. ", Summary = "PPT observerer i januar." };

        var json = JsonSerializer.SerializeToElement(draft.ToRequest(), HostApiClient.Json);

        Assert.True(json.GetProperty("parentsPresent").GetBoolean());
        Assert.False(json.GetProperty("childPresent").GetBoolean());
        Assert.Equal("Jeg vil ha det roligere i friminuttene.", json.GetProperty("childView").GetString());
        Assert.Equal("PPT observerer i januar.", json.GetProperty("summary").GetString());
    }

    [Fact]
    public void ToRequest_NothingAnsweredAndBlankTexts_SendsNoneOfThem_SoTheHostNamesWhatIsMissing()
    {
        var draft = new MeetingRecordDraft { MeetingId = "m-1", At = "14.01.2027 09:30", ChildView = "   " };

        var json = JsonSerializer.SerializeToElement(draft.ToRequest(), HostApiClient.Json);

        foreach (var field in new[] { "parentsPresent", "childPresent", "childView", "summary" })
        {
            Assert.True(!json.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null, field);
        }
    }
}
