using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Velferd.Workflows.Simulator;

/// <summary>
/// Fiks IO under <c>fiksio/</c>: <c>POST api/v1/send</c> (multipart <c>metadata</c> + <c>data</c>), and an account's
/// queue, <c>GET api/v1/kontoer/{konto}/meldinger</c>, delivered until <c>POST …/meldinger/{id}/kvittering</c>
/// acknowledges it. Tests and developers put inbound meldinger on the queue with <c>POST control/fiksio/meldinger</c>.
/// </summary>
public static class FiksIoEndpoints
{
    private const string IdempotencyKeyHeader = "Idempotency-Key";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Maps the Fiks IO endpoints on the simulator's root group.</summary>
    public static void MapFiksIo(this RouteGroupBuilder root)
    {
        var fiksIo = root.MapGroup("/fiksio/api/v1").AddEndpointFilter(SimulatorEndpoints.Faults("fiksio"));
        fiksIo.MapPost("/send", SendAsync).DisableAntiforgery();
        fiksIo.MapGet("/kontoer/{account}/meldinger", (string account, SimulatorState state) => TypedResults.Ok(state.FiksIo.Waiting(account)));
        fiksIo.MapPost("/kontoer/{account}/meldinger/{messageId}/kvittering", Results<NoContent, NotFound> (string account, string messageId, SimulatorState state) =>
            state.FiksIo.Acknowledge(account, messageId) ? TypedResults.NoContent() : TypedResults.NotFound());
    }

    private static async Task<Results<Ok<SendReceipt>, ValidationProblem>> SendAsync(
        HttpRequest http, [FromHeader(Name = IdempotencyKeyHeader)] string? idempotencyKey, SimulatorState state, CancellationToken cancellationToken)
    {
        var form = await http.ReadFormAsync(cancellationToken);
        var metadata = form.TryGetValue("metadata", out var text) ? JsonSerializer.Deserialize<SendMetadata>(text.ToString(), Json) : null;
        if (string.IsNullOrEmpty(metadata?.MottakerKontoId) || string.IsNullOrEmpty(metadata.MeldingType))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["metadata"] = ["A recipient account and a message type."] });
        }

        var data = form.TryGetValue("data", out var payload) ? payload.ToString() : "";
        var id = state.Perform("fiksio", idempotencyKey, () =>
        {
            var messageId = Guid.NewGuid().ToString();
            state.FiksIo.RecordSent(new SentFiksIoMessage(messageId, metadata.AvsenderKontoId, metadata.MottakerKontoId, metadata.MeldingType, metadata.SvarPaMelding, data));
            return messageId;
        });
        return TypedResults.Ok(new SendReceipt(id));
    }

    private sealed record SendMetadata(string? AvsenderKontoId, string? MottakerKontoId, string? MeldingType, string? SvarPaMelding);

    private sealed record SendReceipt(string MeldingId);
}
