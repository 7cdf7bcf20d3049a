using System.Text.Json;
using Velferd.Workflows.Studio.Cases;
using Velferd.Workflows.Studio.HostApi;

namespace Velferd.Workflows.Tests.Studio.Cases;

public sealed class ExtensionDraftTests
{
    [Theory]
    [InlineData("15.01.2027", "2027-01-16T00:00:00+01:00")]
    [InlineData("30.6.2027", "2027-07-01T00:00:00+02:00")]
    [InlineData("2027-03-27", "2027-03-28T00:00:00+01:00")]
    public void ToRequest_ANewLastDay_SendsMidnightOsloAfterIt(string typed, string sent)
    {
        var (body, errors) = new ExtensionDraft { NewDate = typed, Reason = "Venter på sakkyndig." }.ToRequest();

        Assert.Empty(errors);
        var json = JsonSerializer.SerializeToElement(body, HostApiClient.Json);
        Assert.Equal((sent, "Venter på sakkyndig."), (json.GetProperty("newDueAt").GetString(), json.GetProperty("reason").GetString()));
    }

    [Fact]
    public void ToRequest_AnUnreadableDate_AFieldErrorUnderTheHostsKeyAndNothingToSend()
    {
        var (body, errors) = new ExtensionDraft { NewDate = "om to uker", Reason = "Trenger tid." }.ToRequest();

        Assert.Null(body);
        Assert.Equal(["newDueAt"], errors.Keys);
    }

    [Fact]
    public void ToRequest_NothingTyped_LeavesTheErrorsToTheHost()
    {
        var (body, errors) = new ExtensionDraft().ToRequest();

        Assert.Empty(errors);
        var json = JsonSerializer.SerializeToElement(body, HostApiClient.Json);
        Assert.Equal((JsonValueKind.Null, JsonValueKind.Null), (json.GetProperty("newDueAt").ValueKind, json.GetProperty("reason").ValueKind));
    }

    [Theory]
    [InlineData("2027-01-16T00:00:00+01:00", "2027-01-15")]
    [InlineData("2027-06-30T22:00:00+00:00", "2027-06-30")]
    public void LastDay_ADateDeadlinesDueInstant_IsTheOsloDayBefore(string dueAt, string lastDay) =>
        Assert.Equal(DateOnly.Parse(lastDay, System.Globalization.CultureInfo.InvariantCulture), ExtensionDraft.LastDay(DateTimeOffset.Parse(dueAt, System.Globalization.CultureInfo.InvariantCulture)));
}
