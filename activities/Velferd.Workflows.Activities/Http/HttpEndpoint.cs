using System.Text.Json.Nodes;
using Velferd.Workflows.Core.Activities;

namespace Velferd.Workflows.Activities.Http;

/// <summary>
/// Elsa's <c>Elsa.HttpEndpoint</c>: a published pathway whose flow begins here starts when a request reaches
/// <c>/workflows/{path}</c> with one of the endpoint's methods (the host's <c>HttpWorkflowEndpoints</c>). The host hands
/// the request over as the instance input <see cref="InputName"/>; this activity makes its parts the outputs, as Elsa's
/// does. Unlike Elsa, a caller must be signed in unless the process owner turns <see cref="HttpEndpointInput.Authorize"/>
/// off for the endpoint.
/// </summary>
/// <remarks>
/// Elsa can also wait for a request in the middle of a flow; here a definition that places the endpoint anywhere but
/// where the flow begins is refused when it is saved (<see cref="ActivityAttribute.OnlyStarts"/>), and one started
/// without a request (a test run from the designer) faults with a message that says so (docs/elsa-compatibility.md).
/// </remarks>
[Activity("Elsa.HttpEndpoint", Category = "HTTP", DisplayName = "HTTP-endepunkt",
    Description = "Starter forløpet når en forespørsel kommer til /workflows/{sti}.", Kind = ActivityKind.Trigger, OnlyStarts = true)]
public sealed class HttpEndpoint : Activity<HttpEndpointInput, HttpEndpointOutput>
{
    /// <summary>The instance input that carries the request (<see cref="HttpWorkflowRequest"/>).</summary>
    public const string InputName = "httpRequest";

    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ExecuteAsync(HttpEndpointInput input, ActivityContext context, CancellationToken cancellationToken)
    {
        if (context.WorkflowInput.GetValueOrDefault(InputName) is not JsonObject request)
        {
            return ValueTask.FromResult(ActivityResult.Fault(
                "Forløpet er ikke startet av en HTTP-forespørsel: et HTTP-endepunkt kan bare starte et forløp, ikke vente på en forespørsel midt i det."));
        }

        context.Message = $"{request[HttpWorkflowRequest.Method]} /workflows/{request[HttpWorkflowRequest.Path]}";
        return Done(new HttpEndpointOutput
        {
            ParsedContent = request[HttpWorkflowRequest.Body]?.DeepClone(),
            RouteData = request[HttpWorkflowRequest.RouteData]?.DeepClone() as JsonObject ?? [],
            QueryStringData = request[HttpWorkflowRequest.Query]?.DeepClone() as JsonObject ?? [],
            Headers = request[HttpWorkflowRequest.Headers]?.DeepClone() as JsonObject ?? [],
        });
    }
}

/// <summary>Input of <see cref="HttpEndpoint"/>.</summary>
public sealed record HttpEndpointInput
{
    /// <summary>The path under <c>/workflows/</c>; route parameters in braces (<c>meldinger/{id}</c>).</summary>
    [Input(DisplayName = "Sti", Description = "Stien under /workflows/, f.eks. «skjema/bekymring» eller «saker/{id}» (parametere i klammer blir rutedata).", IsRequired = true, Order = 1)]
    public string? Path { get; init; }

    /// <summary>The methods the endpoint takes.</summary>
    [Input(DisplayName = "Metoder", Description = "HTTP-metodene endepunktet tar imot.", UIHint = UIHints.CheckList,
        Options = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD"], DefaultValue = "[\"GET\"]", Order = 2)]
    public string[]? SupportedMethods { get; init; }

    /// <summary>True (the default) when only signed-in callers may start the pathway.</summary>
    [Input(DisplayName = "Krev innlogging", Description = "Bare innloggede brukere kan starte forløpet. Slå av bare for et åpent skjema uten personopplysninger i svaret.",
        DefaultValue = true, Category = "Sikkerhet", Order = 3)]
    public bool Authorize { get; init; } = true;

    /// <summary>An authorization policy of the host the caller must also meet (e.g. <c>RunInstances</c>).</summary>
    [Input(DisplayName = "Tilgangsregel", Description = "Navnet på en tilgangsregel i verten som den innloggede også må oppfylle (f.eks. RunInstances); tom: alle innloggede.",
        Category = "Sikkerhet", Order = 4)]
    public string? Policy { get; init; }
}

/// <summary>Output of <see cref="HttpEndpoint"/>.</summary>
public sealed record HttpEndpointOutput
{
    /// <summary>The body: JSON as sent, form fields as an object, anything else as text.</summary>
    [Output(DisplayName = "Innhold", Description = "Forespørselens innhold: JSON som sendt, skjemafelt som objekt, ellers tekst.")]
    public JsonNode? ParsedContent { get; init; }

    /// <summary>The route parameters.</summary>
    [Output(DisplayName = "Rutedata", Description = "Verdiene av parameterne i stien.")]
    public JsonObject RouteData { get; init; } = [];

    /// <summary>The query string.</summary>
    [Output(DisplayName = "Spørreparametere", Description = "Parameterne etter ? i adressen.")]
    public JsonObject QueryStringData { get; init; } = [];

    /// <summary>The request headers, without credentials.</summary>
    [Output(DisplayName = "Hoder", Description = "Forespørselens hoder, uten innloggingsdata.")]
    public JsonObject Headers { get; init; } = [];
}
