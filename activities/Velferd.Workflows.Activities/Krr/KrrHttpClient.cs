using System.Net.Http.Json;
using Velferd.Workflows.Activities.Resilience;

namespace Velferd.Workflows.Activities.Krr;

/// <summary>
/// <c>POST rest/v1/personer</c> with the identity numbers in the body (up to 1000; we ask for one), so no number
/// travels in a URL.
/// </summary>
public sealed class KrrHttpClient(HttpClient http, ServiceCalls calls) : IKrrClient
{
    /// <summary>The service name: configuration section, outbox service and HTTP client name.</summary>
    public const string ServiceName = "Krr";

    /// <inheritdoc />
    public async Task<KrrContact> GetContactAsync(string identityNumber, string? idempotencyKey, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "rest/v1/personer")
        {
            Content = JsonContent.Create(new PersonQuery([identityNumber]), options: ServiceCalls.Json),
        };
        using var response = await calls.SendAsync(http, ServiceName, request, idempotencyKey, cancellationToken);
        var body = await ServiceCalls.ReadAsync<PersonResult>(response, ServiceName, cancellationToken);
        var person = body.Personer?.FirstOrDefault(p => p.Personidentifikator == identityNumber);
        if (person is null)
        {
            return new KrrContact(KrrStatus.NotRegistered, IsReserved: false, HasDigitalMailbox: false);
        }

        var status = person.Status switch
        {
            "AKTIV" => KrrStatus.Active,
            "SLETTET" => KrrStatus.Deleted,
            "IKKE_REGISTRERT" => KrrStatus.NotRegistered,
            _ => KrrStatus.Unknown,
        };
        return new KrrContact(status, person.Reservasjon != "NEI", person.DigitalPost?.Postkasseadresse is { Length: > 0 });
    }

    private sealed record PersonQuery(IReadOnlyList<string> Personidentifikatorer);

    private sealed record PersonResult(IReadOnlyList<Person>? Personer);

    private sealed record Person(string? Personidentifikator, string? Reservasjon, string? Status, DigitalPostInfo? DigitalPost);

    private sealed record DigitalPostInfo(string? Postkasseadresse, string? Postkasseleverandoeradresse);
}
