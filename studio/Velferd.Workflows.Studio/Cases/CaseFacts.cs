using Velferd.Workflows.Studio.HostApi;
using Velferd.Workflows.Studio.Resources;

namespace Velferd.Workflows.Studio.Cases;

/// <summary>
/// How the case page and the task page word a case's facts. A person is one line: name, number (or «Ufødt, termin …»),
/// age, and «Adressebeskyttet» when the address is protected; the host has already left out what the caller may not
/// see, this only words what came.
/// </summary>
public static class CaseFacts
{
    /// <summary>The line for <paramref name="person"/>.</summary>
    public static string Person(CasePersonAnswer person)
    {
        var parts = new List<string>();
        if (person.Name is { Length: > 0 } name)
        {
            parts.Add(name);
        }

        if (person.Unborn)
        {
            parts.Add(TextFormat.With(Texts.CaseUnborn, person.DueDate?.ToString("dd.MM.yyyy") ?? ""));
        }
        else if ((person.Fnr ?? person.Dnr) is { } number)
        {
            parts.Add(number);
        }

        if (person.Age is { } age)
        {
            parts.Add(TextFormat.With(Texts.CaseAge, age));
        }

        if (person.AddressProtection != "ugradert")
        {
            parts.Add(Texts.CaseProtected);
        }

        return string.Join(", ", parts);
    }

    /// <summary>The colour of a consent status chip: valid green, partial amber, anything else red.</summary>
    public static MudBlazor.Color ConsentColor(string status) => status switch
    {
        "GYLDIG" => MudBlazor.Color.Success,
        "DELVIS" => MudBlazor.Color.Warning,
        _ => MudBlazor.Color.Error,
    };
}
