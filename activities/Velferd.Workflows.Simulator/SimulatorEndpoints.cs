using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Velferd.Workflows.Simulator;

/// <summary>
/// The simulated services under one prefix: <c>folkeregisteret/</c>, <c>krr/</c>, <c>digitalpost/</c>,
/// <c>arkiv/</c>, <c>svarut/</c>, <c>fiksio/</c>, and <c>control/</c> for faults and effect counts. The shapes are simplified forms of the real
/// APIs (DOMAIN.md §4), enough for the clients to be exercised honestly.
/// </summary>
public static class SimulatorEndpoints
{
    private const string IdempotencyKeyHeader = "Idempotency-Key";
    private static readonly System.Text.Json.JsonSerializerOptions ShipmentJson = new(System.Text.Json.JsonSerializerDefaults.Web);

    /// <summary>
    /// Maps the simulator under <paramref name="prefix"/> (e.g. <c>/simulator</c>). Who may call it is the host's
    /// decision: the standalone server has no authorization (its services check Maskinporten tokens when asked to),
    /// the workflow host requires a signed-in user.
    /// </summary>
    public static RouteGroupBuilder MapSimulator(this IEndpointRouteBuilder routes, string prefix = "")
    {
        var root = routes.MapGroup(prefix).ExcludeFromDescription();

        root.MapGet("/folkeregisteret/api/v1/personer/{identityNumber}", GetPersonAsync).AddEndpointFilter(Faults("folkeregister"));
        root.MapGet("/folkeregisteret/api/v1/hendelser/feed", (long? seq, SimulatorState state) => TypedResults.Ok(new { hendelser = state.Feed.Read(seq ?? 1) }))
            .AddEndpointFilter(Faults("folkeregister"));
        root.MapPost("/krr/rest/v1/personer", GetContacts).AddEndpointFilter(Faults("krr"));
        root.MapPost("/digitalpost/api/v1/forsendelser", SendLetterAsync).AddEndpointFilter(Faults("digitalpost"));
        root.MapPost("/arkiv/api/v1/journalposter", ArchiveAsync).AddEndpointFilter(Faults("arkiv"));
        root.MapPost("/svarut/api/v1/forsendelser", SendShipmentAsync).AddEndpointFilter(Faults("svarut")).DisableAntiforgery();
        root.MapFiksIo();
        root.MapPost("/maskinporten/token", IssueToken).DisableAntiforgery();

        var control = root.MapGroup("/control");
        control.MapPost("/faults", (FaultRule rule, SimulatorState state) =>
        {
            state.AddFault(rule);
            return TypedResults.NoContent();
        });
        control.MapDelete("/faults", (SimulatorState state) =>
        {
            state.ClearFaults();
            return TypedResults.NoContent();
        });
        control.MapPost("/reset", (SimulatorState state) =>
        {
            state.Reset();
            return TypedResults.NoContent();
        });
        control.MapGet("/effects", (SimulatorState state) => TypedResults.Ok(state.Effects()));
        control.MapGet("/requests/{service}", (string service, SimulatorState state) => TypedResults.Ok(state.RequestCount(service)));
        control.MapPost("/fiksio/meldinger", (InboundMessage message, SimulatorState state) => TypedResults.Ok(state.FiksIo.Deliver(message)));
        control.MapPost("/folkeregister/hendelser", (FeedEventRequest e, SimulatorState state) =>
            TypedResults.Ok(state.Feed.Append(e.Hendelsesidentifikator, e.Hendelsetype, e.Folkeregisteridentifikator)));
        control.MapPost("/folkeregister/foreldreansvar", (ParentalResponsibilityRequest change, SimulatorState state) =>
        {
            state.ParentalResponsibility.Set(change.Folkeregisteridentifikator, change.Foreldreansvarlige);
            return TypedResults.Ok(state.Feed.Append(null, "Foreldreansvar", change.Folkeregisteridentifikator));
        });
        control.MapPost("/folkeregister/personer/{identityNumber}/adressebeskyttelse", ChangeAddressProtection);
        control.MapGet("/fiksio/sendt", (SimulatorState state) => TypedResults.Ok(state.FiksIo.Sent()));
        return root;
    }

    /// <summary>The filter that applies the faults asked for one service.</summary>
    internal static Func<EndpointFilterInvocationContext, EndpointFilterDelegate, ValueTask<object?>> Faults(string service) =>
        async (context, next) =>
        {
            var http = context.HttpContext;
            var state = http.RequestServices.GetRequiredService<SimulatorState>();
            if (!state.Maskinporten.Admits(http.Request.Headers.Authorization.ToString(), TimeProvider.System.GetUtcNow()))
            {
                state.OnRequest(service);
                return TypedResults.Unauthorized();
            }

            var fault = state.OnRequest(service);
            switch (fault?.Kind)
            {
                case FaultKind.ServerError when !fault.AfterEffect:
                    return TypedResults.StatusCode(StatusCodes.Status500InternalServerError);
                case FaultKind.Down:
                    return TypedResults.StatusCode(StatusCodes.Status503ServiceUnavailable);
                case FaultKind.TooManyRequests:
                    http.Response.Headers.RetryAfter = fault.RetryAfter ?? "1";
                    return TypedResults.StatusCode(StatusCodes.Status429TooManyRequests);
                case FaultKind.Timeout:
                    await DelayAsync(fault.Delay, http.RequestAborted);
                    return TypedResults.StatusCode(StatusCodes.Status504GatewayTimeout);
                case FaultKind.Slow:
                    await DelayAsync(fault.Delay, http.RequestAborted);
                    break;
                default:
                    break;
            }

            var result = await next(context);
            return fault is { Kind: FaultKind.ServerError, AfterEffect: true }
                ? TypedResults.StatusCode(StatusCodes.Status500InternalServerError)
                : result;
        };

    private static Results<Ok<TokenResponse>, BadRequest<TokenError>> IssueToken([FromForm(Name = "grant_type")] string? grantType, [FromForm] string? assertion, SimulatorState state)
    {
        var (token, error) = state.Maskinporten.Issue(grantType, assertion, TimeProvider.System.GetUtcNow());
        return token is null
            ? TypedResults.BadRequest(new TokenError(error!))
            : TypedResults.Ok(new TokenResponse(token, "Bearer", (int)state.Maskinporten.TokenLifetime.TotalSeconds));
    }

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("token_type")] string TokenType,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);

    private sealed record TokenError([property: JsonPropertyName("error")] string Error);

    private static async Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(delay, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The client gave up; nothing to answer.
        }
    }

    private static Results<Ok<FeedEvent>, NotFound, ValidationProblem> ChangeAddressProtection(
        string identityNumber, ProtectionChangeRequest request, SimulatorState state)
    {
        if (request.Adressebeskyttelse is not ("ugradert" or "fortrolig" or "strengtFortrolig"))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["adressebeskyttelse"] = ["ugradert, fortrolig or strengtFortrolig."] });
        }

        return TestPersons.All.ContainsKey(identityNumber)
            ? TypedResults.Ok(state.ChangeAddressProtection(identityNumber, request.Adressebeskyttelse))
            : TypedResults.NotFound();
    }

    private static Results<Ok<PersonBasis>, Ok<PersonRelations>, NotFound> GetPersonAsync(string identityNumber, string? part, SimulatorState state)
    {
        if (!TestPersons.All.TryGetValue(identityNumber, out var person))
        {
            return TypedResults.NotFound();
        }

        if (part == "relasjon-utvidet")
        {
            // Parents are listed mother first; a child of two parents has joint responsibility (felles), of one, that parent's.
            var parentRoles = person.Parents.Select((id, i) => new Relation(id, i == 0 ? "mor" : "far", "barn")).ToList();
            var children = TestPersons.All.Values
                .Where(p => p.Parents.Contains(identityNumber))
                .Select(p => new Relation(p.IdentityNumber, "barn", p.Parents[0] == identityNumber ? "mor" : "far"));
            // A change made while the simulator runs names other holders (Folkeregisteret's «andre»).
            var changed = state.ParentalResponsibility.Find(identityNumber);
            var holders = changed ?? person.Parents;
            var kind = changed is not null ? "andre" : holders.Count > 1 ? "felles" : "mor";
            return TypedResults.Ok(new PersonRelations(
                identityNumber,
                [.. parentRoles, .. children],
                [.. holders.Select(holder => new Responsibility(kind, holder, identityNumber))]));
        }

        return TypedResults.Ok(new PersonBasis(
            person.IdentityNumber, person.BirthDate, state.AddressProtectionOf(person), person.DeathDate,
            person.Street is { } street ? [new HomeAddress(new StreetAddress(street, "3442", "HYGGEN"))] : []));
    }

    private static Ok<KrrResult> GetContacts(KrrQuery query) =>
        TypedResults.Ok(new KrrResult([.. (query.Personidentifikatorer ?? []).Select(id => TestPersons.All.TryGetValue(id, out var p)
            ? new KrrPerson(id, p.KrrReserved ? "JA" : "NEI", p.KrrStatus, p.HasDigitalMailbox ? new KrrDigitalPost($"postkasse-{id[..4]}", "digipost.sim") : null)
            : new KrrPerson(id, "NEI", "IKKE_REGISTRERT", null))]));

    private static Results<Ok<LetterReceipt>, ValidationProblem> SendLetterAsync(
        LetterRequest request, [FromHeader(Name = IdempotencyKeyHeader)] string? idempotencyKey, SimulatorState state)
    {
        if (request.Kanal is not ("DIGITAL" or "PRINT") || string.IsNullOrEmpty(request.Mottaker))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["kanal"] = ["DIGITAL or PRINT, with a recipient."] });
        }

        var id = state.Perform("digitalpost", idempotencyKey, () => $"{request.Kanal.ToLowerInvariant()}-{Guid.NewGuid():N}");
        return TypedResults.Ok(new LetterReceipt(id));
    }

    private static Results<Ok<ArchiveReceipt>, ValidationProblem> ArchiveAsync(
        ArchiveRequest request, [FromHeader(Name = IdempotencyKeyHeader)] string? idempotencyKey, SimulatorState state)
    {
        if (string.IsNullOrEmpty(request.Saksnummer) || request.Journalposttype is not ("I" or "U" or "N" or "X" or "S"))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["journalposttype"] = ["I, U, N, X or S, with a case."] });
        }

        var id = state.Perform("arkiv", idempotencyKey, () => $"jp-{Guid.NewGuid():N}");
        return TypedResults.Ok(new ArchiveReceipt(id));
    }

    private static async Task<Results<Ok<ShipmentReceipt>, ValidationProblem>> SendShipmentAsync(
        HttpRequest http, [FromHeader(Name = IdempotencyKeyHeader)] string? idempotencyKey, SimulatorState state, CancellationToken cancellationToken)
    {
        var form = await http.ReadFormAsync(cancellationToken);
        var request = form.TryGetValue("forsendelse", out var text)
            ? System.Text.Json.JsonSerializer.Deserialize<ShipmentRequest>(text.ToString(), ShipmentJson)
            : null;
        var orgnr = request?.Mottaker?.Organisasjonsnummer;
        if (orgnr is not { Length: 9 } || !orgnr.All(char.IsAsciiDigit) || string.IsNullOrEmpty(request!.Tittel))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["mottaker"] = ["An organisation number (9 digits) and a title."] });
        }

        var digital = TestOrganisations.Digital.Contains(orgnr);
        if (!digital && request.KunDigitalLevering)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["kunDigitalLevering"] = ["The recipient cannot receive digitally."] });
        }

        var channel = digital ? "DIGITAL" : "PRINT";
        var id = state.Perform("svarut", idempotencyKey, () => $"{channel.ToLowerInvariant()}-{Guid.NewGuid():N}");
        return TypedResults.Ok(new ShipmentReceipt(id, id.StartsWith("print", StringComparison.Ordinal) ? "PRINT" : "DIGITAL"));
    }

    private sealed record ShipmentRequest(ShipmentRecipient? Mottaker, string? Tittel, bool KunDigitalLevering);

    private sealed record ShipmentRecipient(string? Organisasjonsnummer);

    private sealed record ShipmentReceipt(string ForsendelseId, string Kanal);

    private sealed record PersonRelations(string FoedselsEllerDNummer, IReadOnlyList<Relation> Familierelasjon, IReadOnlyList<Responsibility> Foreldreansvar);

    private sealed record Relation(string RelatertPersonsIdentifikasjonsnummer, string RelatertPersonsRolle, string MinRolleForPerson);

    private sealed record Responsibility(string Ansvar, string Ansvarlig, string Ansvarssubjekt);

    private sealed record PersonBasis(string FoedselsEllerDNummer, string Foedselsdato, string Adressebeskyttelse, string? Doedsdato, IReadOnlyList<HomeAddress> Bostedsadresse);

    // Folkeregisteret's bostedsadresse with a vegadresse, as far as the engine's tests need it.
    private sealed record HomeAddress(StreetAddress Vegadresse);

    private sealed record StreetAddress(string Adressenavn, string Postnummer, string Poststed);

    private sealed record KrrQuery(IReadOnlyList<string>? Personidentifikatorer);

    private sealed record KrrResult(IReadOnlyList<KrrPerson> Personer);

    private sealed record KrrPerson(
        string Personidentifikator,
        string Reservasjon,
        string Status,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] KrrDigitalPost? DigitalPost);

    private sealed record KrrDigitalPost(string Postkasseadresse, string Postkasseleverandoeradresse);

    private sealed record LetterRequest(string? Mottaker, string? Kanal, string? Tittel, string? Dokumentreferanse);

    private sealed record LetterReceipt(string ForsendelseId);

    private sealed record ArchiveRequest(string? Saksnummer, string? Journalposttype, string? Tittel, string? Dokumentreferanse);

    private sealed record ArchiveReceipt(string JournalpostId);
}
