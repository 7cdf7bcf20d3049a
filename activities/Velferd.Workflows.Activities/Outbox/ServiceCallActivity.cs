using Velferd.Workflows.Core.Activities;
using Velferd.Workflows.Core.Outbox;

namespace Velferd.Workflows.Activities.Outbox;

/// <summary>
/// The one skeleton of an activity that calls a remote service and waits: check the input (its own outcome when it
/// is wrong, and nothing is sent), store <typeparamref name="TRequest"/> in the outbox with the burst, and when the
/// worker resumes it, choose the outcome from <typeparamref name="TReply"/>. A call an operator gave up (or no reply)
/// ends on <see cref="Failed"/>.
/// </summary>
public abstract class ServiceCallActivity<TInput, TOutput, TRequest, TReply> : Activity<TInput, TOutput>
    where TInput : class
    where TOutput : class
    where TRequest : IOutboxRequest<TReply>
    where TReply : class, IOutboxReply
{
    /// <summary>Outcome: the call was given up after an incident.</summary>
    public const string Failed = "Feilet";

    /// <summary>The outcome when <see cref="RequestFor"/> refuses the input.</summary>
    protected abstract string InvalidInputOutcome { get; }

    /// <summary>The request for <paramref name="input"/>, or null when the input is invalid.</summary>
    protected abstract TRequest? RequestFor(TInput input);

    /// <summary>The outcome for a reply with the service's own status.</summary>
    protected abstract ValueTask<ActivityResult> Resumed(TReply reply);

    /// <inheritdoc />
    protected sealed override ValueTask<ActivityResult> ExecuteAsync(TInput input, ActivityContext context, CancellationToken cancellationToken) =>
        RequestFor(input) is { } request ? ValueTask.FromResult(OutboxCalls.Call(context, request)) : Outcome(InvalidInputOutcome);

    /// <inheritdoc />
    protected sealed override ValueTask<ActivityResult> ResumeAsync(TInput input, ActivityContext context, CancellationToken cancellationToken) =>
        OutboxReplies.Read<TReply>(context.ResumePayload) is { } reply && reply.Status != OutboxReplies.GivenUp
            ? Resumed(reply)
            : Outcome(Failed);
}
