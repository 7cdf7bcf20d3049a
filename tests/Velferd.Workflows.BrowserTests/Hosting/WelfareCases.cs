using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Velferd.Workflows.Simulator;
using Velferd.Workflows.Testing.Host;

namespace Velferd.Workflows.BrowserTests.Hosting;

/// <summary>
/// Cases the studio's case tests open: registered by the TIT coordinator with both parents' written consent (they hold
/// parental responsibility together in the simulated Folkeregisteret, which the host asks: «begge» needs both).
/// </summary>
public static class WelfareCases
{
    private static readonly string[] ConsentServices = ["ppt", "helse"];
    private static readonly string[] ConsentCategories = ["skole"];
    private static readonly string[] MeetingServices = ["ppt"];

    /// <summary>Registers a TIT case for the test child in <c>tit-sentrum</c> with consent for PPT and health; its id.</summary>
    public static async Task<string> CaseWithConsentAsync(DesignerHost host, CancellationToken cancellationToken)
    {
        using var tone = await host.ClientForAsync("tone.koordinator", cancellationToken);
        var created = await tone.PostAsJsonAsync("/api/cases", new
        {
            kind = "BTI", team = "tit-sentrum", level = 2, question = "Bekymring for fravær",
            child = new { fnr = TestPersons.Child, name = "Kari Testbarn", birthDate = "2016-03-14" },
            guardians = new[] { new { fnr = TestPersons.Mother }, new { fnr = TestPersons.ReservedFather } },
        }, cancellationToken);
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync(cancellationToken));
        var caseId = (await created.Content.ReadFromJsonAsync<JsonObject>(cancellationToken))!["id"]!.GetValue<string>();

        // The host looks the new case's persons up in Folkeregisteret and writes the answers to the case; a test's own
        // change made meanwhile would meet that write as a concurrent change (409), so the lookup finishes first.
        await BackgroundWork.WaitUntilSettledAsync(host.Factory);
        var consent = await tone.PostAsJsonAsync($"/api/cases/{caseId}/consents", new
        {
            signers = new[]
            {
                new { person = new { fnr = TestPersons.Mother }, capacity = "forelder" },
                new { person = new { fnr = TestPersons.ReservedFather }, capacity = "forelder" },
            },
            services = ConsentServices, categories = ConsentCategories, purpose = "Drøfting i tidlig innsatsteam",
            validFrom = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd"),
            method = "skannet", childView = "Jeg vil at skolen og helsesykepleier snakker sammen.",
        }, cancellationToken);
        Assert.True(consent.IsSuccessStatusCode, await consent.Content.ReadAsStringAsync(cancellationToken));
        return caseId;
    }

    /// <summary>Plans a team meeting of PPT about school on the case at <paramref name="at"/> as the coordinator; its id.</summary>
    public static async Task<string> PlanMeetingAsync(DesignerHost host, string caseId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        using var tone = await host.ClientForAsync("tone.koordinator", cancellationToken);
        var planned = await tone.PostAsJsonAsync($"/api/cases/{caseId}/meetings", new { at, services = MeetingServices, categories = ConsentCategories }, cancellationToken);
        Assert.True(planned.IsSuccessStatusCode, await planned.Content.ReadAsStringAsync(cancellationToken));
        return (await planned.Content.ReadFromJsonAsync<JsonObject>(cancellationToken))!["id"]!.GetValue<string>();
    }
}
