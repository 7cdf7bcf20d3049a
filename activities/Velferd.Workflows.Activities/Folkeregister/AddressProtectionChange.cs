using Microsoft.Extensions.Logging;
using Velferd.Workflows.Welfare.Cases;

namespace Velferd.Workflows.Activities.Folkeregister;

/// <summary>
/// address protection from Folkeregisteret acts at once. On an <c>Adressebeskyttelse</c> event the person's
/// grading is read from the register (the event names only the person) and written to every case the person is on,
/// before any pathway bound to the event starts; the case view shows it from then on. Letters need nothing from here:
/// their channel is chosen from the register again just before each send.
/// </summary>
public sealed partial class AddressProtectionChange(
    IFolkeregisterClient folkeregister, ICaseStore cases, TimeProvider clock, ILogger<AddressProtectionChange> logger) : IFolkeregisterEventHandler
{
    /// <summary>The event type Folkeregisteret uses for a changed address protection.</summary>
    public const string EventType = "Adressebeskyttelse";

    private const int PageSize = 100;

    /// <inheritdoc />
    public async Task HandleAsync(FolkeregisterEvent folkeregisterEvent, CancellationToken cancellationToken)
    {
        if (folkeregisterEvent.EventType != EventType)
        {
            return;
        }

        var number = folkeregisterEvent.IdentityNumber;
        var person = await folkeregister.FindPersonAsync(number, $"freg-hendelse/{folkeregisterEvent.EventId}", cancellationToken);
        if (person is null)
        {
            return;
        }

        var protection = AddressProtectionMapping.ToWelfare(person.AddressProtection);
        var regraded = 0;
        foreach (var caseId in await CasesOfAsync(number, cancellationToken))
        {
            var current = await cases.FindAsync(caseId, cancellationToken);
            if (current is not null && RegistryRules.Regrade(current, number, protection, clock.GetUtcNow()) is { } change)
            {
                await cases.UpdateAsync(change.Value, change.Events, cancellationToken);
                regraded++;
            }
        }

        LogRegraded(folkeregisterEvent.Sequence, regraded);
    }

    // Every case with the person (by the whole number, whatever team), read before any is changed.
    private async Task<List<string>> CasesOfAsync(string number, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        for (var page = 0; ; page++)
        {
            var found = await cases.ListAsync(new CaseQuery { Search = number, Page = page, PageSize = PageSize }, cancellationToken);
            ids.AddRange(found.Items.Where(c => c.Persons.Any(p => p.Identity.Number == number)).Select(c => c.Id));
            if (found.Items.Count < PageSize)
            {
                return ids;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Folkeregister event {Sequence}: address protection changed on {Cases} case(s)")]
    private partial void LogRegraded(long sequence, int cases);
}
