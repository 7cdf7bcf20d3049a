namespace Velferd.Workflows.Core.Outbox;

/// <summary>
/// The request of one remote operation, stored as an outbox message's payload and answered with
/// <typeparamref name="TReply"/>: an activity and its handler agree on both by type, without string keys.
/// </summary>
/// <typeparam name="TReply">The reply that resumes the waiting activity.</typeparam>
#pragma warning disable CA1040 // The interface is the link from a request to its reply type; it needs no members.
public interface IOutboxRequest<TReply> : IOutboxOperation
#pragma warning restore CA1040
    where TReply : IOutboxReply;
