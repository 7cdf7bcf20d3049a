using System.Text.Json.Nodes;
using Velferd.Workflows.Core.Activities;

namespace Velferd.Workflows.Activities.Http;

/// <summary>
/// Elsa's <c>Elsa.WriteHttpResponse</c>: the answer to the request that started the pathway. The response is this
/// activity's output in the instance's journal; the host sends the first one the start burst wrote once the burst
/// ends (as Elsa holds the response until the workflow suspends or finishes). A response written later, when no
/// request waits any more, is kept in the journal only.
/// </summary>
[Activity("Elsa.WriteHttpResponse", Category = "HTTP", DisplayName = "HTTP-svar",
    Description = "Svarer på forespørselen som startet forløpet: statuskode, innhold og innholdstype.")]
public sealed class WriteHttpResponse : Activity<WriteHttpResponseInput, WriteHttpResponseOutput>
{
    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ExecuteAsync(WriteHttpResponseInput input, ActivityContext context, CancellationToken cancellationToken)
    {
        if (StatusOf(input.StatusCode) is not { } status)
        {
            return ValueTask.FromResult(ActivityResult.Fault($"«{input.StatusCode}» er ikke en HTTP-statuskode (et tall fra 100 til 599 eller et navn som OK)."));
        }

        context.Message = context.WorkflowInput.ContainsKey(HttpEndpoint.InputName)
            ? $"Svar {status}"
            : $"Svar {status} (forløpet er ikke startet av en HTTP-forespørsel; svaret er bare lagret her)";
        return Done(new WriteHttpResponseOutput
        {
            StatusCode = status,
            Content = input.Content?.DeepClone(),
            ContentType = string.IsNullOrWhiteSpace(input.ContentType) ? null : input.ContentType.Trim(),
            ResponseHeaders = input.ResponseHeaders?.DeepClone() as JsonObject,
        });
    }

    // Elsa writes the code as its HttpStatusCode name ("Created") or as the number.
    private static int? StatusOf(string? text)
    {
        var code = text?.Trim();
        if (string.IsNullOrEmpty(code))
        {
            return 200;
        }

        if (char.IsAsciiDigit(code[0]))
        {
            return int.TryParse(code, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
                && number is >= 100 and <= 599 ? number : null;
        }

        return Enum.TryParse<System.Net.HttpStatusCode>(code, ignoreCase: true, out var named) ? (int)named : null;
    }
}

/// <summary>Input of <see cref="WriteHttpResponse"/>.</summary>
public sealed record WriteHttpResponseInput
{
    /// <summary>The status code (200 unless set), as a number or as Elsa's name for it (<c>OK</c>, <c>Created</c>).</summary>
    [Input(DisplayName = "Statuskode", Description = "HTTP-statuskoden i svaret, f.eks. 200, 201 eller 400 (eller navnet, f.eks. Created).", DefaultValue = "200", Order = 1)]
    public string? StatusCode { get; init; }

    /// <summary>The body: text as it is, anything else as JSON.</summary>
    [Input(DisplayName = "Innhold", Description = "Svarets innhold: tekst sendes som den er, objekter og lister som JSON.", UIHint = UIHints.MultiLine, Order = 2)]
    public JsonNode? Content { get; init; }

    /// <summary>The content type; by default text/plain for text and application/json for JSON.</summary>
    [Input(DisplayName = "Innholdstype", Description = "Innholdstypen i svaret; tom: text/plain for tekst, application/json ellers.", UIHint = UIHints.Dropdown,
        Options = ["", "text/plain", "text/html", "application/json", "application/xml"], Order = 3)]
    public string? ContentType { get; init; }

    /// <summary>Extra response headers, as an object of names and values.</summary>
    [Input(DisplayName = "Svarhoder", Description = "Ekstra hoder i svaret, som et JSON-objekt med navn og verdier.", UIHint = UIHints.JsonEditor, Category = "Avansert", Order = 4)]
    public JsonNode? ResponseHeaders { get; init; }
}

/// <summary>Output of <see cref="WriteHttpResponse"/>: the response the host sends.</summary>
public sealed record WriteHttpResponseOutput
{
    /// <summary>The status code.</summary>
    [Output(DisplayName = "Statuskode", Description = "Statuskoden som ble sendt.")]
    public int StatusCode { get; init; }

    /// <summary>The body.</summary>
    [Output(DisplayName = "Innhold", Description = "Innholdet som ble sendt.")]
    public JsonNode? Content { get; init; }

    /// <summary>The content type, when set.</summary>
    [Output(DisplayName = "Innholdstype", Description = "Innholdstypen som ble sendt.")]
    public string? ContentType { get; init; }

    /// <summary>The extra headers, when set.</summary>
    [Output(DisplayName = "Svarhoder", Description = "Hodene som ble sendt i tillegg.")]
    public JsonObject? ResponseHeaders { get; init; }
}
