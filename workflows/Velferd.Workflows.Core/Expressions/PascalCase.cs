using System.Text;

namespace Velferd.Workflows.Core.Expressions;

/// <summary>
/// Names in Pascal case as Elsa forms them for generated names (a definition used as an activity, the JavaScript
/// helpers): words split at spaces, underscores and hyphens are joined, each starting with a capital.
/// </summary>
public static class PascalCase
{
    /// <summary><paramref name="text"/> in Pascal case (<c>min variabel</c> → <c>MinVariabel</c>, <c>navn</c> → <c>Navn</c>).</summary>
    public static string Of(string text)
    {
        var result = new StringBuilder(text.Length);
        var startOfWord = true;
        foreach (var c in text)
        {
            if (c is ' ' or '_' or '-')
            {
                startOfWord = true;
                continue;
            }

            result.Append(startOfWord ? char.ToUpperInvariant(c) : c);
            startOfWord = false;
        }

        return result.ToString();
    }
}
