using System.Globalization;

namespace Velferd.Workflows.Studio.Resources;

/// <summary>Fills the <c>{0}</c> of a resource text (bokmål number formatting).</summary>
public static class TextFormat
{
    private static readonly CultureInfo Norwegian = CultureInfo.GetCultureInfo("nb-NO");

    /// <summary><paramref name="template"/> with <c>{0}</c> replaced by <paramref name="value"/>.</summary>
    public static string With(string template, object value) =>
        template.Replace("{0}", Convert.ToString(value, Norwegian), StringComparison.Ordinal);

    /// <summary><paramref name="template"/> with <c>{0}</c>, <c>{1}</c>, … replaced by <paramref name="values"/> in order.</summary>
    public static string With(string template, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            template = template.Replace($"{{{i}}}", Convert.ToString(values[i], Norwegian), StringComparison.Ordinal);
        }

        return template;
    }
}
