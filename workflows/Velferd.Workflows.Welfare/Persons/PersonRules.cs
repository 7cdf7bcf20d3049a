using Velferd.Workflows.Core;
using Velferd.Workflows.Core.Identity;

namespace Velferd.Workflows.Welfare.Persons;

/// <summary>
/// Turns a <see cref="PersonInput"/> into a <see cref="PersonIdentity"/> by R-56 (exactly one of fnr, D-number, or
/// unborn with a due date) and R-57 (check digits), adding a field error for every problem found.
/// </summary>
public static class PersonRules
{
    /// <summary>The longest name kept.</summary>
    public const int MaxNameLength = 200;

    /// <summary>
    /// Checks <paramref name="input"/>; returns the identity, or null after adding errors under
    /// <paramref name="field"/> (e.g. <c>child</c>, <c>guardians[1]</c>).
    /// </summary>
    public static PersonIdentity? Identify(PersonInput? input, string field, FieldErrors errors, IIdentityNumberValidator validator)
    {
        if (input is null)
        {
            errors.Add(field, "Personen mangler.");
            return null;
        }

        var valid = true;
        void Fail(string path, string message)
        {
            errors.Add(path, message);
            valid = false;
        }

        var named = (input.Fnr is not null ? 1 : 0) + (input.Dnr is not null ? 1 : 0) + (input.Unborn == true ? 1 : 0);
        if (named != 1)
        {
            Fail(field, "Oppgi nøyaktig én av fnr, dnr eller unborn med dueDate.");
        }

        if (input.Unborn != true && input.DueDate is not null)
        {
            Fail($"{field}.dueDate", "Termin kan bare oppgis for et ufødt barn (unborn = true).");
        }

        if (input.Unborn == true && input.DueDate is null)
        {
            // The caller may already have refused an unreadable due date on this field.
            if (errors.Contains($"{field}.dueDate"))
            {
                valid = false;
            }
            else
            {
                Fail($"{field}.dueDate", "Termin mangler for ufødt barn.");
            }
        }

        if (input.Unborn == true && input.BirthDate is not null)
        {
            Fail($"{field}.birthDate", "Et ufødt barn har ingen fødselsdato.");
        }

        if (input.Fnr is not null && !IsNumberOfKind(input.Fnr, IdentityKind.Fnr, validator))
        {
            Fail($"{field}.fnr", "Ugyldig fødselsnummer (kontrollsiffer eller dato).");
        }

        if (input.Dnr is not null && !IsNumberOfKind(input.Dnr, IdentityKind.Dnr, validator))
        {
            Fail($"{field}.dnr", "Ugyldig D-nummer (kontrollsiffer eller dato).");
        }

        if (input.Name is { Length: > MaxNameLength })
        {
            Fail($"{field}.name", $"Navnet kan være høyst {MaxNameLength} tegn.");
        }

        if (!valid)
        {
            return null;
        }

        return input switch
        {
            { Fnr: { } fnr } => PersonIdentity.OfFnr(fnr),
            { Dnr: { } dnr } => PersonIdentity.OfDnr(dnr),
            _ => PersonIdentity.OfUnborn(input.DueDate!.Value),
        };
    }

    /// <summary>True when <paramref name="number"/> passes R-57 (the product's one validator) as a number of <paramref name="kind"/>.</summary>
    public static bool IsNumberOfKind(string number, IdentityKind kind, IIdentityNumberValidator validator) =>
        validator.Check(number).Kind == (kind == IdentityKind.Dnr ? IdentityNumberKind.DNumber : IdentityNumberKind.Fodselsnummer);
}
