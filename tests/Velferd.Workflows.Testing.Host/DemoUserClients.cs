using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Velferd.Workflows.Testing.Host;

/// <summary>Clients of an in-process host signed in as its demo users, whichever factory (or derived one) runs it.</summary>
public static class DemoUserClients
{
    /// <summary>A client signed in as a demo user (see appsettings.Development.json).</summary>
    public static async Task<HttpClient> ClientForAsync(this WebApplicationFactory<Program> host, string userName)
    {
        var client = host.CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password = "demo" });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<TokenBody>())!.AccessToken;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private sealed record TokenBody(string AccessToken);
}
