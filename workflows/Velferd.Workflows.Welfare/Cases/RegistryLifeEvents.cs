using Microsoft.Extensions.Logging;
using Velferd.Workflows.Welfare.CaseLog;
using Velferd.Workflows.Welfare.Transitions;

namespace Velferd.Workflows.Welfare.Cases;

/// <summary>
/// What a Folkeregisteret event «moved» or «died» about a child does to the child's open cases, through
/// <see cref="RegistryRules.LifeEvent"/>: each closes with <c>FLYTTET</c> or <c>DØDSFALL</c> (its stafettlogg archived as
/// any closing does, <see cref="CaseClosing"/>), except ettervern after a move, which stays. The caller resumes the
/// pathways that wait for the closing. A death also stops letters: the letter pathway asks Folkeregisteret just before
/// sending and stops a letter to a deceased person.
/// </summary>
/// <remarks>
/// An event read twice is recognised on the case's timeline (or the case is closed already) and changes nothing more.
/// A concurrent change of a case is an exception, so the feed reads the event again. Logs carry ids only.
/// </remarks>
public sealed partial class RegistryLifeEvents(
    ICaseStore cases, ITransitionStore transitions, CaseClosing closing, TimeProvider clock, ILogger<RegistryLifeEvents> logger)
{
    /// <summary>Handles the registry's event <paramref name="eventId"/> of <paramref name="eventType"/> about <paramref name="identityNumber"/>; returns the cases it closed.</summary>
    public async Task<IReadOnlyList<string>> HandleAsync(string eventType, string identityNumber, string eventId, CancellationToken cancellationToken)
    {
        if (eventType is not (LifeEvents.Moved or LifeEvents.Died))
        {
            return [];
        }

        var closed = new List<string>();
        foreach (var subject in await cases.OpenCasesOfChildAsync(identityNumber, cancellationToken))
        {
            if (RegistryRules.HasHandled(await cases.TimelineAsync(subject.Id, cancellationToken), eventId))
            {
                continue;
            }

            var inAftercare = eventType == LifeEvents.Moved && RegistryRules.InAftercare(
                await transitions.ListMeasuresAsync(subject.Id, cancellationToken), await transitions.ListDecisionsAsync(subject.Id, cancellationToken));
            if (RegistryRules.LifeEvent(subject, eventType, eventId, inAftercare, clock.GetUtcNow()) is not CaseChange<WelfareCase>.Applied change)
            {
                continue;
            }

            var stored = await closing.UpdateAsync(subject, change.Value, change.Events, fromActivity: false, cancellationToken);
            if (stored.Status == CaseStatus.Closed)
            {
                closed.Add(stored.Id);
            }
        }

        LogHandled(eventId, eventType, closed.Count);
        return closed;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Folkeregister event {EventId} ({EventType}) closed {Cases} case(s)")]
    private partial void LogHandled(string eventId, string eventType, int cases);
}
