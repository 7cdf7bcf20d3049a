namespace Velferd.Workflows.Core.TimerTriggers;

/// <summary>Where timer triggers are kept.</summary>
public interface ITimerTriggerStore
{
    /// <summary>
    /// Makes <paramref name="triggers"/> the definition's triggers: removes the others and adds the new ones, but keeps a
    /// row that is already there with the same id and schedule as it is (so a refresh never moves a due start on).
    /// </summary>
    Task ReplaceAsync(string definitionId, IReadOnlyList<TimerTrigger> triggers, CancellationToken cancellationToken);

    /// <summary>The definitions that have triggers stored.</summary>
    Task<IReadOnlyList<string>> ListDefinitionIdsAsync(CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="max"/> triggers due at <paramref name="now"/>, earliest first.</summary>
    Task<IReadOnlyList<TimerTrigger>> ListDueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken);

    /// <summary>
    /// Moves a fired trigger to <paramref name="next"/>, or removes it when it fires no more (null); only if it is still
    /// due at the instant it was read with (<see cref="TimerTrigger.NextFireAt"/>).
    /// </summary>
    /// <exception cref="Instances.ConcurrencyConflictException">Another pump fired it first, or it was replaced.</exception>
    Task MoveOnAsync(TimerTrigger fired, DateTimeOffset? next, CancellationToken cancellationToken);

    /// <summary>The earliest instant a trigger fires, or null when there is none.</summary>
    Task<DateTimeOffset?> NextFireAtAsync(CancellationToken cancellationToken);
}
