namespace Velferd.Workflows.Core.Activities;

/// <summary>
/// Base class for activities with a typed input record and output record. Inputs are declared once, as the
/// properties of <typeparamref name="TInput"/>; the designer's descriptor and the runtime binding both come
/// from that declaration.
/// </summary>
/// <typeparam name="TInput">The input record; each property is one input.</typeparam>
/// <typeparam name="TOutput">The output record; each property is one output.</typeparam>
public abstract class Activity<TInput, TOutput> : IActivity
    where TInput : class
    where TOutput : class
{
    /// <inheritdoc />
    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken) =>
        ExecuteAsync(context.BindInput<TInput>(), context, cancellationToken);

    /// <inheritdoc />
    public ValueTask<ActivityResult> ResumeAsync(ActivityContext context, CancellationToken cancellationToken) =>
        ResumeAsync(context.BindInput<TInput>(), context, cancellationToken);

    /// <summary>Runs the activity with its bound input.</summary>
    protected abstract ValueTask<ActivityResult> ExecuteAsync(
        TInput input, ActivityContext context, CancellationToken cancellationToken);

    /// <summary>Runs when the activity's bookmark is resumed; completes on <c>Done</c> unless overridden.</summary>
    protected virtual ValueTask<ActivityResult> ResumeAsync(
        TInput input, ActivityContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(ActivityResult.Done());

    /// <summary>Completed on <c>Done</c> with an output.</summary>
    protected static ValueTask<ActivityResult> Done(TOutput output) => ValueTask.FromResult(ActivityResult.Done(output));

    /// <summary>Completed on <c>Done</c> without an output.</summary>
    protected static ValueTask<ActivityResult> Done() => ValueTask.FromResult(ActivityResult.Done());

    /// <summary>Completed on a named port, with an optional output.</summary>
    protected static ValueTask<ActivityResult> Outcome(string outcome, TOutput? output = null) =>
        ValueTask.FromResult(ActivityResult.Outcome(outcome, output));
}
