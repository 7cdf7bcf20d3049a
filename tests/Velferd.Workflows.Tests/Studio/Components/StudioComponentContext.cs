using System.Net;
using System.Text;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Velferd.Workflows.Studio.HostApi;
using Velferd.Workflows.Studio.SignIn;

namespace Velferd.Workflows.Tests.Studio.Components;

/// <summary>
/// A bUnit context for the studio's components: MudBlazor's services, JavaScript calls answered loosely, and the host's
/// API on a handler that records each request and answers what the test queued (a component under test talks HTTP as
/// in the running studio; only the host behind it is replaced).
/// </summary>
public abstract class StudioComponentContext : BunitContext
{
    private readonly Queue<(HttpStatusCode Status, string Json)> _answers = new();

    /// <summary>A supervisor of tit-sentrum, with a token the recorded requests carry.</summary>
    protected static readonly StudioUser Supervisor = new(
        "lise.leder", "Lise Leder", new HashSet<string> { StudioRoles.Supervisor }, new HashSet<string> { "tit-sentrum" }, "token-lise");

    /// <summary>Sets up the services.</summary>
    protected StudioComponentContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton(new HostApiClient(new HttpClient(new Recorder(this)) { BaseAddress = new Uri("http://host.test/") }));
    }

    /// <summary>The requests the component sent, in order: method, path and body.</summary>
    protected List<(string Method, string Path, string? Body)> Requests { get; } = [];

    /// <summary>Queues the host's next answer.</summary>
    protected void HostAnswers(HttpStatusCode status, string json) => _answers.Enqueue((status, json));

    private sealed class Recorder(StudioComponentContext context) : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
            context.Requests.Add((request.Method.Method, request.RequestUri!.PathAndQuery, body));
            var (status, json) = context._answers.Count > 0 ? context._answers.Dequeue() : (HttpStatusCode.InternalServerError, "{}");
            var contentType = (int)status >= 400 ? "application/problem+json" : "application/json";
            return new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, contentType) };
        }
    }
}
