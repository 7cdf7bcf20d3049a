using System.Globalization;
using System.Text.Json.Nodes;
using Velferd.Workflows.Activities.Cases;
using Velferd.Workflows.Core.Activities;
using Velferd.Workflows.Core.Identity;
using Velferd.Workflows.Core.Outbox;
using Velferd.Workflows.Welfare;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Persons;
using WelfareProtection = Velferd.Workflows.Welfare.Persons.AddressProtection;

namespace Velferd.Workflows.Activities.Folkeregister;

/// <summary>
/// Asks Folkeregisteret about every person of the case waiting for it, one call at a time through the outbox
/// (<c>person-basis</c>; for the child also <c>relasjon-utvidet</c>), and folds each answer into the case with
/// <see cref="RegistryRules"/>: the registered birth date, address protection, the holders of parental
/// responsibility as the guardians who consent (R-28; a holder found this way is asked about next), and «ikke funnet i
/// Folkeregisteret» for a number it does not know.
/// </summary>
/// <remarks>
/// Outcomes: <c>Oppdatert</c> when every person is found and within the target group; <c>ManuellKontroll</c> when a
/// number is unknown or invalid, a lookup was given up, or the registry's birth date puts the child outside the target
/// group. What is learnt between the child's two calls rides on the wait's bookmark. The case row is written
/// before the burst commits; a person no longer waiting is skipped, so a burst run again changes nothing twice, and a
/// concurrent change of the case is an exception the dispatcher retries.
/// </remarks>
[Activity(
    "Velferd.CaseRegistryLookup",
    Category = "Folkeregisteret",
    DisplayName = "Oppdater saken fra Folkeregisteret",
    Description = "Slår opp personene i saken i Folkeregisteret (fødselsdato, adressebeskyttelse, foreldreansvar) og oppdaterer saken.",
    Kind = ActivityKind.Task,
    Outcomes = [Updated, ManualCheck])]
public sealed class CaseRegistryLookup(ICaseStore cases, IIdentityNumberValidator validator) : Activity<CaseInput, NoOutput>
{
    /// <summary>Outcome: every person is updated from the registry.</summary>
    public const string Updated = "Oppdatert";

    /// <summary>Outcome: someone needs a manual check (not found, invalid, given up, outside the target group).</summary>
    public const string ManualCheck = "ManuellKontroll";

    private const string PersonStep = "person";
    private const string RelationsStep = "relasjoner";

    /// <inheritdoc />
    protected override async ValueTask<ActivityResult> ExecuteAsync(CaseInput input, ActivityContext context, CancellationToken cancellationToken)
    {
        var (current, fault) = await CaseReference.LoadAsync(input.CaseId, context, cases, cancellationToken);
        return current is null ? fault! : await NextAsync(current, context, cancellationToken);
    }

    /// <inheritdoc />
    protected override async ValueTask<ActivityResult> ResumeAsync(CaseInput input, ActivityContext context, CancellationToken cancellationToken)
    {
        var (current, fault) = await CaseReference.LoadAsync(input.CaseId, context, cases, cancellationToken);
        if (current is null)
        {
            return fault!;
        }

        var waiting = context.Bookmark?.Payload as JsonObject;
        var personId = waiting?["personId"]?.GetValue<string>();
        var person = current.Persons.FirstOrDefault(p => p.Id == personId && p.RegistryStatus == RegistryStatus.Pending);
        if (person is null)
        {
            return await NextAsync(current, context, cancellationToken);
        }

        if (waiting!["step"]?.GetValue<string>() == RelationsStep)
        {
            var relations = OutboxReplies.Read<GetRelationsReply>(context.ResumePayload);
            var holders = relations?.Status == GetPersonReply.Found
                ? (IReadOnlyList<string>)[.. (relations.ParentalResponsibility ?? []).Select(h => h.IdentityNumber).Distinct(StringComparer.Ordinal)]
                : null;
            return await ApplyAsync(current, person, Found(waiting, holders), context, cancellationToken);
        }

        var reply = OutboxReplies.Read<GetPersonReply>(context.ResumePayload);
        switch (reply?.Status)
        {
            case GetPersonReply.Found when person.Role == PersonRole.Child:
                return OutboxCalls.Call(context, new GetRelationsRequest(person.Identity.Number!), new JsonObject
                {
                    ["personId"] = person.Id,
                    ["step"] = RelationsStep,
                    ["birthDate"] = reply.BirthDate,
                    ["addressProtection"] = reply.AddressProtection,
                });
            case GetPersonReply.Found:
                return await ApplyAsync(current, person, Found(new JsonObject { ["birthDate"] = reply.BirthDate, ["addressProtection"] = reply.AddressProtection }, null), context, cancellationToken);
            case GetPersonReply.NotFound:
                return await ApplyAsync(current, person, new RegistryAnswer.NotFound(), context, cancellationToken);
            default:
                return await ApplyAsync(current, person, new RegistryAnswer.Failed(), context, cancellationToken);
        }
    }

    private static RegistryAnswer.Found Found(JsonObject learnt, IReadOnlyList<string>? holders) => new(
        learnt["birthDate"]?.GetValue<string>() is { } born ? DateOnly.ParseExact(born, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
        Enum.TryParse<WelfareProtection>(learnt["addressProtection"]?.GetValue<string>(), out var protection) ? protection : WelfareProtection.None,
        holders);

    private async Task<ActivityResult> ApplyAsync(
        WelfareCase current, CasePerson person, RegistryAnswer answer, ActivityContext context, CancellationToken cancellationToken)
    {
        if (RegistryRules.Apply(current, person.Id, answer, context.Now) is CaseChange<WelfareCase>.Applied applied)
        {
            current = CaseReference.MayChange(context) ? await cases.UpdateAsync(applied.Value, applied.Events, cancellationToken) : applied.Value;
        }

        return await NextAsync(current, context, cancellationToken);
    }

    // The next person waiting: a valid number is asked about; an invalid one (a melding's unclear identity) is marked for
    // the manual check without a call. With nobody waiting, the outcome says whether someone needs a person's eye.
    private async Task<ActivityResult> NextAsync(WelfareCase current, ActivityContext context, CancellationToken cancellationToken)
    {
        while (current.Persons.FirstOrDefault(p => p.RegistryStatus == RegistryStatus.Pending) is { } next)
        {
            if (next.Identity.Number is { } number && validator.IsValid(number))
            {
                return OutboxCalls.Call(context, new GetPersonRequest(number), new JsonObject { ["personId"] = next.Id, ["step"] = PersonStep });
            }

            if (RegistryRules.Apply(current, next.Id, new RegistryAnswer.NotFound(), context.Now) is not CaseChange<WelfareCase>.Applied applied)
            {
                break;
            }

            current = CaseReference.MayChange(context) ? await cases.UpdateAsync(applied.Value, applied.Events, cancellationToken) : applied.Value;
        }

        var today = OsloDate.Of(context.Now);
        var needsCheck = current.Persons.Any(p => p.RegistryStatus is RegistryStatus.NotFound or RegistryStatus.Failed)
            || (current.Child.AgeOn(today) is { } age && !TargetGroup.Includes(current.Kind, age));
        context.Message = needsCheck ? "Personopplysningene må kontrolleres manuelt" : "Saken er oppdatert fra Folkeregisteret";
        return ActivityResult.Outcome(needsCheck ? ManualCheck : Updated);
    }
}
