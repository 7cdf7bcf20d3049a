using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Velferd.Workflows.Studio.Resources;
using Velferd.Workflows.Studio.SignIn;

namespace Velferd.Workflows.Studio.HostApi;

/// <summary>
/// The host's HTTP API as the studio calls it: every call carries the signed-in user's bearer token, so the host
/// authorises and audits each one as that user. Problems come back as <see cref="ApiProblem"/> with the server's
/// message. With <see cref="UserTokens"/> (always, except in component tests) the token is the session's current one:
/// renewed before it expires, and once more when the host answers 401 (the call is then sent again once).
/// </summary>
public sealed class HostApiClient(HttpClient http, UserTokens? tokens = null)
{
    /// <summary>The JSON settings of the host's API (camelCase, enums as names).</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>Asks the host for a bearer token for a demo user (<c>POST /api/auth/token</c>).</summary>
    public Task<ApiAnswer<TokenAnswer>> RequestTokenAsync(string userName, string password, CancellationToken cancellationToken) =>
        SendAsync<TokenAnswer>(HttpMethod.Post, "api/auth/token", caller: null, new { userName, password }, cancellationToken);

    /// <summary>The host's demo users (Development only; empty elsewhere).</summary>
    public async Task<IReadOnlyList<DemoUserAnswer>> DemoUsersAsync(CancellationToken cancellationToken)
    {
        var answer = await SendAsync<List<DemoUserAnswer>>(HttpMethod.Get, "api/auth/demo-users", caller: null, body: null, cancellationToken);
        return answer.Value ?? [];
    }

    /// <summary>A GET as <paramref name="caller"/>.</summary>
    public Task<ApiAnswer<T>> GetAsync<T>(StudioUser caller, string path, CancellationToken cancellationToken) =>
        SendAsync<T>(HttpMethod.Get, path, caller, body: null, cancellationToken);

    /// <summary>A POST with a JSON body (or none) as <paramref name="caller"/>.</summary>
    public Task<ApiAnswer<T>> PostAsync<T>(StudioUser caller, string path, object? body, CancellationToken cancellationToken) =>
        SendAsync<T>(HttpMethod.Post, path, caller, body, cancellationToken);

    /// <summary>A PUT with a JSON body as <paramref name="caller"/>.</summary>
    public Task<ApiAnswer<T>> PutAsync<T>(StudioUser caller, string path, object body, CancellationToken cancellationToken) =>
        SendAsync<T>(HttpMethod.Put, path, caller, body, cancellationToken);

    /// <summary>A DELETE as <paramref name="caller"/>.</summary>
    public Task<ApiAnswer<T>> DeleteAsync<T>(StudioUser caller, string path, CancellationToken cancellationToken) =>
        SendAsync<T>(HttpMethod.Delete, path, caller, body: null, cancellationToken);

    /// <summary>A GET of a file (an export) as <paramref name="caller"/>: its bytes, type and the name the host gave it.</summary>
    public async Task<ApiAnswer<FileAnswer>> GetFileAsync(StudioUser caller, string path, CancellationToken cancellationToken)
    {
        using var response = await SendAsUserAsync(HttpMethod.Get, path, caller, body: null, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return new ApiAnswer<FileAnswer>(null, await ProblemAsync(response, cancellationToken));
        }

        var file = new FileAnswer(
            await response.Content.ReadAsByteArrayAsync(cancellationToken),
            response.Content.Headers.ContentType?.ToString() ?? "application/octet-stream",
            response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        return new ApiAnswer<FileAnswer>(file, null);
    }

    /// <summary>A GET of a text answer (e.g. CSV) as <paramref name="caller"/>.</summary>
    public async Task<ApiAnswer<string>> GetTextAsync(StudioUser caller, string path, CancellationToken cancellationToken)
    {
        using var response = await SendAsUserAsync(HttpMethod.Get, path, caller, body: null, cancellationToken);
        return response.IsSuccessStatusCode
            ? new ApiAnswer<string>(await response.Content.ReadAsStringAsync(cancellationToken), null)
            : new ApiAnswer<string>(null, await ProblemAsync(response, cancellationToken));
    }

    private async Task<ApiAnswer<T>> SendAsync<T>(HttpMethod method, string path, StudioUser? caller, object? body, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await SendAsUserAsync(method, path, caller, body, cancellationToken);
        }
        catch (HttpRequestException)
        {
            return new ApiAnswer<T>(default, new ApiProblem(0, Texts.HostUnreachable, new Dictionary<string, string[]>()));
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                return new ApiAnswer<T>(default, await ProblemAsync(response, cancellationToken));
            }

            if (response.StatusCode == HttpStatusCode.NoContent || response.Content.Headers.ContentLength == 0)
            {
                return new ApiAnswer<T>(default, null);
            }

            return new ApiAnswer<T>(await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken), null);
        }
    }

    // Sends as the caller with the session's token; a 401 renews the token once and sends the request once more. An
    // ended session answers 401 without calling the host.
    private async Task<HttpResponseMessage> SendAsUserAsync(HttpMethod method, string path, StudioUser? caller, object? body, CancellationToken cancellationToken)
    {
        if (caller is null || tokens is null)
        {
            using var plain = Request(method, path, caller?.AccessToken, body);
            return await http.SendAsync(plain, cancellationToken);
        }

        if (await tokens.BearerAsync(caller, rejectedToken: null, cancellationToken) is not { } bearer)
        {
            return SessionEnded();
        }

        using (var request = Request(method, path, bearer, body))
        {
            var response = await http.SendAsync(request, cancellationToken);
            if (response.StatusCode != HttpStatusCode.Unauthorized)
            {
                return response;
            }

            response.Dispose();
        }

        if (await tokens.BearerAsync(caller, rejectedToken: bearer, cancellationToken) is not { } renewed)
        {
            return SessionEnded();
        }

        using var again = Request(method, path, renewed, body);
        return await http.SendAsync(again, cancellationToken);
    }

    private static HttpResponseMessage SessionEnded() =>
        new(HttpStatusCode.Unauthorized) { Content = JsonContent.Create(new { title = Texts.SessionEnded }) };

    private static HttpRequestMessage Request(HttpMethod method, string path, string? bearer, object? body)
    {
        var request = new HttpRequestMessage(method, path);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: Json);
        }

        return request;
    }

    /// <summary>The host's problem details: title and detail as the message, <c>errors</c> as field errors.</summary>
    private static async Task<ApiProblem> ProblemAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var fallback = status switch
        {
            401 => Texts.ProblemSignedOut,
            403 => Texts.ProblemForbidden,
            404 => Texts.ProblemNotFound,
            409 => Texts.ProblemConflict,
            _ => Texts.ProblemUnexpected,
        };
        var errors = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        JsonObject? problem = null;
        try
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            problem = text.StartsWith('{') ? JsonNode.Parse(text) as JsonObject : null;
        }
        catch (JsonException)
        {
            // Not a problem document (a proxy's error page, say): the status's own message stands.
        }

        if (problem?["errors"] is JsonObject fields)
        {
            foreach (var (key, value) in fields)
            {
                errors[key] = value is JsonArray list ? [.. list.Select(e => e?.ToString() ?? "")] : [value?.ToString() ?? ""];
            }
        }

        var title = problem?["title"]?.ToString();
        var detail = problem?["detail"]?.ToString();
        var message = (title, detail) switch
        {
            ({ Length: > 0 }, { Length: > 0 }) => $"{title}: {detail}",
            (_, { Length: > 0 }) => detail,
            ({ Length: > 0 }, _) when status != 500 && errors.Count == 0 => title,
            _ => fallback,
        };
        return new ApiProblem(status, message!, errors);
    }
}
