using Microsoft.AspNetCore.Mvc;
using Velferd.Workflows.Core.Access;

namespace Velferd.Workflows.Host.Access;

/// <summary>
/// An <c>Idempotency-Key</c> header belongs to the user who sent it: the engine stores it under the user's id (and the
/// operation's prefix), so another user's key never finds, or answers with, his instance or signal.
/// </summary>
public static class IdempotencyKeys
{
    /// <summary>The most characters a client's key may have.</summary>
    public const int MaxLength = 200;

    /// <summary>The key as the engine stores it, or null when the client sent none.</summary>
    public static string? OfCaller(CaseDataAccess access, string? key) =>
        string.IsNullOrEmpty(key) ? null : $"{access.UserId}/{key}";

    /// <summary>The answer to a key the caller already used for a different request.</summary>
    public static ProblemDetails Reused() => new()
    {
        Status = StatusCodes.Status422UnprocessableEntity,
        Title = "Idempotency-Key er brukt før",
        Detail = "Nøkkelen er allerede brukt til en annen forespørsel; bruk en ny nøkkel for en ny forespørsel.",
    };
}
