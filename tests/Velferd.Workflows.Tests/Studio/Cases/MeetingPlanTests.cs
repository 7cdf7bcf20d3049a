using System.Text.Json;
using Velferd.Workflows.Studio.Cases;
using Velferd.Workflows.Studio.HostApi;

namespace Velferd.Workflows.Tests.Studio.Cases;

public sealed class MeetingPlanTests
{
    [Fact]
    public void ToRequest_AWinterTimeInOslo_SendsTheInstantWithOslosOffsetAndCodesInTheKnownOrder()
    {
        var plan = new MeetingPlan { At = "14.01.2027 09:30", Services = ["skole", "helse"], Categories = ["skole"], Participants = "ola.saksbehandler:helse" };

        var (body, errors) = plan.ToRequest();

        Assert.Empty(errors);
        var json = JsonSerializer.SerializeToElement(body, HostApiClient.Json);
        Assert.Equal("2027-01-14T09:30:00+01:00", json.GetProperty("at").GetString());
        Assert.Equal(["helse", "skole"], json.GetProperty("services").EnumerateArray().Select(e => e.GetString()));
        var participant = Assert.Single(json.GetProperty("participants").EnumerateArray());
        Assert.Equal("ola.saksbehandler", participant.GetProperty("user").GetString());
        Assert.Equal("helse", participant.GetProperty("service").GetString());
    }

    [Fact]
    public void ToRequest_ASummerTime_SendsPlusTwo()
    {
        var (body, _) = new MeetingPlan { At = "1.7.2027 8:00" }.ToRequest();

        Assert.Equal("2027-07-01T08:00:00+02:00", JsonSerializer.SerializeToElement(body, HostApiClient.Json).GetProperty("at").GetString());
    }

    [Fact]
    public void ToRequest_AnUnreadableTimeAndInvitee_FieldErrorsUnderTheHostsKeysAndNothingToSend()
    {
        var (body, errors) = new MeetingPlan { At = "neste tirsdag", Participants = "ola.saksbehandler" }.ToRequest();

        Assert.Null(body);
        Assert.Equal(["meeting.at", "meeting.participants"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ToRequest_NoTimeTyped_LeavesTheErrorToTheHost()
    {
        var (body, errors) = new MeetingPlan().ToRequest();

        Assert.Empty(errors);
        Assert.Equal(JsonValueKind.Null, JsonSerializer.SerializeToElement(body, HostApiClient.Json).GetProperty("at").ValueKind);
    }
}
