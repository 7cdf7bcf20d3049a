using Velferd.Workflows.Core.Outbox;

namespace Velferd.Workflows.Activities.Folkeregister;

/// <summary>The answer to <see cref="GetRelationsRequest"/>.</summary>
/// <param name="Status"><see cref="GetPersonReply.Found"/> or <see cref="GetPersonReply.NotFound"/> (or given up).</param>
/// <param name="Relations">Parents, children and other relations.</param>
/// <param name="ParentalResponsibility">Who holds parental responsibility, and how.</param>
public sealed record GetRelationsReply(
    string Status,
    IReadOnlyList<FamilyRelation>? Relations = null,
    IReadOnlyList<ParentalResponsibility>? ParentalResponsibility = null) : IOutboxReply
{
    /// <summary>The reply for what Folkeregisteret answered (null: not found).</summary>
    public static GetRelationsReply From(FolkeregisterRelations? relations) => relations is null
        ? new GetRelationsReply(GetPersonReply.NotFound)
        : new GetRelationsReply(GetPersonReply.Found, relations.Relations, relations.ParentalResponsibility);
}
