using Velferd.Workflows.Core;

namespace Velferd.Workflows.Welfare;

/// <summary>Reads a list of codes from a request (services, categories): at least one, all known, each once.</summary>
public static class CodeList
{
    /// <summary>
    /// The distinct codes of <paramref name="input"/> in the order given; adds one error on <paramref name="field"/>
    /// when none are given or some are unknown (naming them, and the valid ones).
    /// </summary>
    public static List<string> Read(IReadOnlyList<string?>? input, IReadOnlySet<string> known, string field, string what, FieldErrors errors)
    {
        if (input is null || input.Count == 0)
        {
            errors.Add(field, $"Minst én {what} mangler.");
            return [];
        }

        var unknown = input.Where(code => code is null || !known.Contains(code)).Select(code => code ?? "null").ToList();
        if (unknown.Count > 0)
        {
            errors.Add(field, $"Ukjent {what}: {string.Join(", ", unknown)}. Gyldige: {string.Join(", ", known)}.");
            return [];
        }

        return [.. input.Select(code => code!).Distinct(StringComparer.Ordinal)];
    }
}
