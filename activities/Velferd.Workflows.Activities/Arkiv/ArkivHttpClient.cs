using System.Net.Http.Json;
using Velferd.Workflows.Activities.Resilience;

namespace Velferd.Workflows.Activities.Arkiv;

/// <summary><c>POST api/v1/journalposter</c> with an <c>Idempotency-Key</c>; answers the journalpost id.</summary>
public sealed class ArkivHttpClient(HttpClient http, ServiceCalls calls) : IArkivClient
{
    /// <summary>The service name: configuration section, outbox service and HTTP client name.</summary>
    public const string ServiceName = "Arkiv";

    /// <inheritdoc />
    public async Task<string> CreateJournalEntryAsync(JournalEntry entry, string idempotencyKey, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/journalposter")
        {
            Content = JsonContent.Create(
                new Entry(entry.CaseId, entry.EntryType, entry.Title, entry.DocumentReference), options: ServiceCalls.Json),
        };
        using var response = await calls.SendAsync(http, ServiceName, request, idempotencyKey, cancellationToken);
        var receipt = await ServiceCalls.ReadAsync<Receipt>(response, ServiceName, cancellationToken);
        return receipt.JournalpostId ?? throw new Outbox.RemoteServiceException(ServiceName, response.StatusCode, null, isTransient: false);
    }

    private sealed record Entry(string Saksnummer, string Journalposttype, string Tittel, string Dokumentreferanse);

    private sealed record Receipt(string? JournalpostId);
}
