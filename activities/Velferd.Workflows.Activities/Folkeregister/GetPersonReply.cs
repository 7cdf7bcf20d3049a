using System.Globalization;
using Velferd.Workflows.Core.Outbox;

namespace Velferd.Workflows.Activities.Folkeregister;

/// <summary>The answer to <see cref="GetPersonRequest"/>.</summary>
/// <param name="Status"><see cref="Found"/> or <see cref="NotFound"/> (or given up).</param>
/// <param name="BirthDate">Birth date, <c>yyyy-MM-dd</c>.</param>
/// <param name="AddressProtection"><c>None</c>, <c>Confidential</c> or <c>StrictlyConfidential</c>.</param>
/// <param name="IsDeceased">True when a death is registered.</param>
public sealed record GetPersonReply(string Status, string? BirthDate = null, string? AddressProtection = null, bool IsDeceased = false) : IOutboxReply
{
    /// <summary>Status: the person was found.</summary>
    public const string Found = "found";

    /// <summary>Status: Folkeregisteret does not know the number.</summary>
    public const string NotFound = "notFound";

    /// <summary>The reply for what Folkeregisteret answered (null: not found).</summary>
    public static GetPersonReply From(FolkeregisterPerson? person) => person is null
        ? new GetPersonReply(NotFound)
        : new GetPersonReply(
            Found,
            person.BirthDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            person.AddressProtection.ToString(),
            person.IsDeceased);
}
