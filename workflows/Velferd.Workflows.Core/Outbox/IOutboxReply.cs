namespace Velferd.Workflows.Core.Outbox;

/// <summary>
/// The reply of one remote operation, which resumes the waiting activity. Every reply has a status: its service's
/// own (<c>found</c>, <c>sent</c>, …) or <see cref="OutboxReplies.GivenUp"/> when an operator gave the call up.
/// </summary>
public interface IOutboxReply
{
    /// <summary>What happened, e.g. <c>found</c>, <c>notFound</c>, <c>sent</c> or <see cref="OutboxReplies.GivenUp"/>.</summary>
    string Status { get; }
}
