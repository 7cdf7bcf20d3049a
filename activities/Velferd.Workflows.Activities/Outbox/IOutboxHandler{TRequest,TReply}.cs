using Velferd.Workflows.Core.Outbox;

namespace Velferd.Workflows.Activities.Outbox;

/// <summary>
/// Sends one remote operation from the outbox. A returned reply (a business outcome such as "not found" included)
/// resumes the waiting instance; an exception means "try again later" and counts against the retry budget.
/// </summary>
/// <remarks>
/// Called at least once per message: send the idempotency key with every call so the service performs
/// its effect once.
/// </remarks>
/// <typeparam name="TRequest">The operation's request, as the activity stored it.</typeparam>
/// <typeparam name="TReply">The reply the waiting activity is resumed with.</typeparam>
public interface IOutboxHandler<in TRequest, TReply>
    where TRequest : IOutboxRequest<TReply>
    where TReply : IOutboxReply
{
    /// <summary>Calls the service for one request and returns the reply for the instance.</summary>
    Task<TReply> HandleAsync(TRequest request, string idempotencyKey, CancellationToken cancellationToken);
}
