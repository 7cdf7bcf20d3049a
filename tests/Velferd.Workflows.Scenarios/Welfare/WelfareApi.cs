using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Persistence;
using Velferd.Workflows.Persistence.Welfare;
using Velferd.Workflows.Testing.Host;
using Velferd.Workflows.Testing.Welfare;
using Velferd.Workflows.Welfare.Persons;

namespace Velferd.Workflows.Scenarios.Welfare;

/// <summary>Requests and reads the welfare API tests share: persons of a given age, a case, a consent, the stored rows.</summary>
public static class WelfareApi
{
    private static readonly HashSet<string> Issued = [];
    private static int _serial;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A person born <paramref name="years"/> years and <paramref name="months"/> months before today in Oslo, with a fresh number.</summary>
    public static JsonObject PersonAged(TimeProvider clock, int years, int months = 0, string? name = null)
    {
        var born = OsloDate.Today(clock).AddYears(-years).AddMonths(-months);
        return new JsonObject
        {
            ["fnr"] = UniqueNumber(born),
            ["birthDate"] = born.ToString("yyyy-MM-dd"),
            ["name"] = name,
        };
    }

    /// <summary>A person born on <paramref name="born"/> (the Folkeregisteret birth date), with a fresh number for that day.</summary>
    public static JsonObject PersonBorn(DateOnly born) => new()
    {
        ["fnr"] = UniqueNumber(born),
        ["birthDate"] = born.ToString("yyyy-MM-dd"),
    };

    /// <summary>An adult guardian with a fresh number (no birth date: not needed).</summary>
    public static JsonObject Guardian() => new() { ["fnr"] = UniqueNumber(new DateOnly(1985, 5, 10)) };

    /// <summary>The body of <c>POST /api/cases</c> for a TIT case (BTI level 2) of team <c>tit-sentrum</c>.</summary>
    public static JsonObject TitCase(JsonObject child, params JsonObject[] guardians) => new()
    {
        ["kind"] = "BTI",
        ["team"] = "tit-sentrum",
        ["level"] = 2,
        ["child"] = child,
        ["guardians"] = new JsonArray([.. guardians.Select(g => (JsonNode)g.DeepClone())]),
        ["question"] = $"Spørsmål {Guid.NewGuid():N}",
    };

    /// <summary>The body of <c>POST /api/cases</c> for a case of <paramref name="kind"/> (not BTI) owned by <paramref name="team"/>.</summary>
    public static JsonObject CaseOf(string kind, string team, JsonObject child, params JsonObject[] guardians) => new()
    {
        ["kind"] = kind,
        ["team"] = team,
        ["child"] = child,
        ["guardians"] = new JsonArray([.. guardians.Select(g => (JsonNode)g.DeepClone())]),
        ["question"] = $"Spørsmål {Guid.NewGuid():N}",
    };

    /// <summary>The body of <c>POST /api/cases/{id}/consents</c>: ppt and helse, skole and helse, from today, scanned.</summary>
    public static JsonObject Consent(TimeProvider clock, string? childView, params (JsonObject Person, string Capacity)[] signers) => new()
    {
        ["signers"] = new JsonArray([.. signers.Select(s => (JsonNode)new JsonObject { ["person"] = Number(s.Person), ["capacity"] = s.Capacity })]),
        ["services"] = new JsonArray("ppt", "helse"),
        ["categories"] = new JsonArray("skole", "helse"),
        ["purpose"] = "Drøfting i tidlig innsatsteam",
        ["validFrom"] = OsloDate.Today(clock).ToString("yyyy-MM-dd"),
        ["method"] = "skannet",
        ["childView"] = childView,
    };

    /// <summary>Registers a case and returns its view.</summary>
    public static async Task<JsonObject> CreateAsync(HttpClient client, JsonObject body)
    {
        var response = await client.PostAsJsonAsync("/api/cases", body, Ct);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
    }

    /// <summary>Records a consent and returns its view.</summary>
    public static async Task<JsonObject> ConsentAsync(HttpClient client, string caseId, JsonObject body)
    {
        var response = await client.PostAsJsonAsync($"/api/cases/{caseId}/consents", body, Ct);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
    }

    /// <summary>The consent status of a case.</summary>
    public static async Task<JsonObject> StatusAsync(HttpClient client, string caseId) =>
        (await client.GetFromJsonAsync<JsonObject>($"/api/cases/{caseId}/consent", Ct))!;

    /// <summary>The kinds on a case's timeline, oldest first.</summary>
    public static async Task<List<string>> TimelineKindsAsync(HttpClient client, string caseId) =>
        [.. (await client.GetFromJsonAsync<JsonArray>($"/api/cases/{caseId}/timeline", Ct))!.Select(e => e!["kind"]!.GetValue<string>())];

    /// <summary>The body of a response.</summary>
    public static async Task<JsonObject> BodyAsync(HttpResponseMessage response) => (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;

    /// <summary>The field names of a validation problem.</summary>
    public static List<string> ErrorFields(JsonObject problem) => [.. problem["errors"]!.AsObject().Select(e => e.Key).Order(StringComparer.Ordinal)];

    /// <summary>How many cases with <paramref name="question"/> and consents on any case are stored (to prove a 400 stored nothing).</summary>
    public static async Task<(int Cases, int Consents)> StoredAsync(WorkflowHostFactory host, string question, string? caseId = null)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        return (await db.Set<WelfareCaseRow>().CountAsync(c => c.Question == question, Ct),
            caseId is null ? 0 : await db.Set<ConsentRow>().CountAsync(c => c.CaseId == caseId, Ct));
    }

    /// <summary>A number no other person of these tests has (neighbouring serials can skip to the same valid number).</summary>
    private static string UniqueNumber(DateOnly born)
    {
        lock (Issued)
        {
            while (true)
            {
                var number = IdentityNumbers.Fnr(born, ++_serial % 800);
                if (Issued.Add(number))
                {
                    return number;
                }
            }
        }
    }

    private static JsonObject Number(JsonObject person) => new() { ["fnr"] = person["fnr"]!.GetValue<string>() };
}
