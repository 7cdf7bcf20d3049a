using System.Globalization;
using System.Net;
using Velferd.Workflows.Activities.Resilience;

namespace Velferd.Workflows.Activities.Folkeregister;

/// <summary>
/// <c>GET personer/{id}?part=person-basis</c> and <c>?part=relasjon-utvidet</c>. Folkeregisteret answers 429 with <c>Retry-After</c> in milliseconds,
/// which the pipeline honours (configure <c>RetryAfterUnit: Milliseconds</c>).
/// </summary>
public sealed class FolkeregisterHttpClient(HttpClient http, ServiceCalls calls) : IFolkeregisterClient
{
    /// <summary>The service name: configuration section, outbox service and HTTP client name.</summary>
    public const string ServiceName = "Folkeregister";

    /// <inheritdoc />
    public async Task<FolkeregisterPerson?> FindPersonAsync(string identityNumber, string? idempotencyKey, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/v1/personer/{Uri.EscapeDataString(identityNumber)}?part=person-basis");
        using var response = await calls.SendAsync(http, ServiceName, request, idempotencyKey, cancellationToken, HttpStatusCode.NotFound);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        var body = await ServiceCalls.ReadAsync<PersonBasis>(response, ServiceName, cancellationToken);
        return new FolkeregisterPerson(
            DateOnly.TryParseExact(body.Foedselsdato, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var born) ? born : null,
            body.Adressebeskyttelse switch
            {
                "strengtFortrolig" or "strengtFortroligUtland" => AddressProtection.StrictlyConfidential,
                "fortrolig" => AddressProtection.Confidential,
                _ => AddressProtection.None,
            },
            body.Doedsdato is not null);
    }

    /// <inheritdoc />
    public async Task<FolkeregisterRelations?> FindRelationsAsync(string identityNumber, string? idempotencyKey, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/v1/personer/{Uri.EscapeDataString(identityNumber)}?part=relasjon-utvidet");
        using var response = await calls.SendAsync(http, ServiceName, request, idempotencyKey, cancellationToken, HttpStatusCode.NotFound);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        var body = await ServiceCalls.ReadAsync<PersonRelations>(response, ServiceName, cancellationToken);
        return new FolkeregisterRelations(
            [.. (body.Familierelasjon ?? [])
                .Where(r => !string.IsNullOrEmpty(r.RelatertPersonsIdentifikasjonsnummer))
                .Select(r => new FamilyRelation(r.RelatertPersonsIdentifikasjonsnummer!, r.RelatertPersonsRolle ?? "ukjent"))],
            [.. (body.Foreldreansvar ?? [])
                .Where(r => !string.IsNullOrEmpty(r.Ansvarlig) && (r.Ansvarssubjekt is null || r.Ansvarssubjekt == identityNumber))
                .Select(r => new ParentalResponsibility(r.Ansvarlig!, r.Ansvar ?? "ukjent"))]);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<FolkeregisterEvent>> ReadEventsAsync(long fromSequence, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/v1/hendelser/feed?seq={fromSequence.ToString(CultureInfo.InvariantCulture)}");
        using var response = await calls.SendAsync(http, ServiceName, request, null, cancellationToken);
        var body = await ServiceCalls.ReadAsync<Feed>(response, ServiceName, cancellationToken);
        return [.. (body.Hendelser ?? [])
            .Where(e => !string.IsNullOrEmpty(e.Hendelsesidentifikator) && !string.IsNullOrEmpty(e.Folkeregisteridentifikator))
            .Select(e => new FolkeregisterEvent(e.Sekvensnummer, e.Hendelsesidentifikator!, e.Hendelsetype ?? "", e.Folkeregisteridentifikator!))];
    }

    private sealed record Feed(IReadOnlyList<FeedEvent>? Hendelser);

    private sealed record FeedEvent(long Sekvensnummer, string? Hendelsesidentifikator, string? Hendelsetype, string? Folkeregisteridentifikator);

    private sealed record PersonRelations(IReadOnlyList<Relation>? Familierelasjon, IReadOnlyList<Responsibility>? Foreldreansvar);

    private sealed record Relation(string? RelatertPersonsIdentifikasjonsnummer, string? RelatertPersonsRolle, string? MinRolleForPerson);

    private sealed record Responsibility(string? Ansvar, string? Ansvarlig, string? Ansvarssubjekt);

    private sealed record PersonBasis(string? Foedselsdato, string? Adressebeskyttelse, string? Doedsdato);
}
