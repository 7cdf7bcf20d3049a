using Velferd.Workflows.Activities.Cases;
using System.Globalization;
using Microsoft.Extensions.Options;
using Velferd.Workflows.Core.Activities;
using Velferd.Workflows.Core.Identity;
using Velferd.Workflows.Core.Time;
using Velferd.Workflows.Welfare;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Persons;

namespace Velferd.Workflows.Activities.HealthCentre;

/// <summary>
/// Opens the helsestasjon programme's case for a newborn child (DOMAIN.md P4 step 1 «Opprett barneforløp»): a
/// <c>Helsestasjon</c> case of the given team with the child's fødselsnummer and Folkeregisteret's birth date, whose id
/// the pathway then takes as its correlation id. Outputs the birth date and 00:00 Oslo on it, from which the home visit
/// and the consultations count.
/// </summary>
/// <remarks>
/// Run again (a burst repeated after a crash) it finds the open programme case of the same child and opens no second
/// one; a replayed birth event does not even get here (its start is keyed by the event id, R-76).
/// </remarks>
[Activity(
    "Velferd.Helsestasjon.OpprettBarneforlop",
    Category = "Sak",
    DisplayName = "Opprett barneforløp",
    Description = "Oppretter helsestasjonssaken for det nyfødte barnet med fødselsnummer og fødselsdato fra Folkeregisteret.",
    Kind = ActivityKind.Action)]
public sealed class OpenChildProgramme(ICaseStore cases, IIdentityNumberValidator validator, IBusinessCalendar calendar, IOptions<WelfareOptions> options)
    : Activity<OpenChildProgrammeInput, OpenChildProgrammeOutput>
{
    /// <summary>Who the timeline names as having registered the case.</summary>
    public const string OpenedBy = "forløp";

    /// <inheritdoc />
    protected override async ValueTask<ActivityResult> ExecuteAsync(OpenChildProgrammeInput input, ActivityContext context, CancellationToken cancellationToken)
    {
        if (!DateOnly.TryParseExact(input.BirthDate?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var born))
        {
            return ActivityResult.Fault("Input 'BirthDate': fødselsdato må være en dato (ÅÅÅÅ-MM-DD) / the birth date must be a date (yyyy-MM-dd).");
        }

        var number = input.IdentityNumber?.Trim();
        var existing = string.IsNullOrEmpty(number)
            ? null
            : (await cases.ListAsync(new CaseQuery { Search = number, Status = CaseStatus.Open }, cancellationToken)).Items
                .FirstOrDefault(c => c.Kind == CaseKind.HealthCentre && c.Child.Identity.Number == number);
        var caseId = existing?.Id;
        if (caseId is null)
        {
            var opened = CaseRules.Open(
                new NewCaseInput(CaseKind.HealthCentre, input.Team, null, new PersonInput(Fnr: number, BirthDate: born), [], null),
                options.Value.Municipality,
                OpenedBy,
                context.Now,
                validator);
            if (opened is not CaseChange<WelfareCase>.Applied applied)
            {
                var errors = opened is CaseChange<WelfareCase>.Invalid invalid
                    ? string.Join("; ", invalid.Errors.ToDictionary().Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"))
                    : "ukjent feil";
                return ActivityResult.Fault($"Kan ikke opprette helsestasjonssaken / cannot open the case: {errors}");
            }

            // A test run opens no case: it carries on with the case the rules would have opened.
            caseId = CaseReference.MayChange(context) ? (await cases.AddAsync(applied.Value, applied.Events, cancellationToken)).Id : applied.Value.Id;
        }

        CaseReference.Note(context, $"Barneforløp i sak {caseId}");
        return ActivityResult.Done(new OpenChildProgrammeOutput
        {
            CaseId = caseId,
            BirthDate = born.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Born = calendar.StartOfDay(born).ToString("O", CultureInfo.InvariantCulture),
        });
    }
}

/// <summary>Input of <see cref="OpenChildProgramme"/>.</summary>
public sealed record OpenChildProgrammeInput
{
    /// <summary>The child's fødselsnummer (from the birth event).</summary>
    [Input(DisplayName = "Fødselsnummer", Description = "Barnets fødselsnummer fra hendelsen.", IsRequired = true, Order = 0)]
    public string? IdentityNumber { get; init; }

    /// <summary>The birth date from Folkeregisteret.</summary>
    [Input(DisplayName = "Fødselsdato", Description = "Fødselsdatoen fra Folkeregisteret (ÅÅÅÅ-MM-DD).", IsRequired = true, Order = 1)]
    public string? BirthDate { get; init; }

    /// <summary>The helsestasjon team that owns the case.</summary>
    [Input(DisplayName = "Team", Description = "Helsestasjonsteamet som eier saken.", IsRequired = true, Order = 2)]
    public string? Team { get; init; }
}

/// <summary>Output of <see cref="OpenChildProgramme"/>.</summary>
public sealed record OpenChildProgrammeOutput
{
    /// <summary>The case.</summary>
    [Output(DisplayName = "Saks-id")]
    public string? CaseId { get; init; }

    /// <summary>The birth date (ÅÅÅÅ-MM-DD).</summary>
    [Output(DisplayName = "Fødselsdato")]
    public string? BirthDate { get; init; }

    /// <summary>00:00 Oslo on the birth date (ISO 8601): the anchor of the programme's dates.</summary>
    [Output(DisplayName = "Født")]
    public string? Born { get; init; }
}
