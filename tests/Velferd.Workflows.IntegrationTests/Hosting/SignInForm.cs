using System.Net;
using System.Text.RegularExpressions;

namespace Velferd.Workflows.IntegrationTests.Hosting;

/// <summary>Reads the anti-forgery token of a page's form and fills in the sign-in form, as a browser would.</summary>
public static partial class SignInForm
{
    /// <summary>The sign-in form of <paramref name="page"/> with a user name and password (and any extra fields).</summary>
    public static FormUrlEncodedContent Fill(string page, string userName, string password, params (string Name, string Value)[] extra)
    {
        var (name, value) = TokenOf(page) ?? throw new InvalidOperationException("The page's form has no anti-forgery token.");
        var fields = new Dictionary<string, string> { [name] = value, ["userName"] = userName, ["password"] = password };
        foreach (var (field, text) in extra)
        {
            fields[field] = text;
        }

        return new FormUrlEncodedContent(fields);
    }

    /// <summary>The anti-forgery field of the page's first form, if it has one.</summary>
    public static (string Name, string Value)? TokenOf(string page) =>
        HiddenToken().Match(page) is { Success: true } match ? (WebUtility.HtmlDecode(match.Groups[1].Value), WebUtility.HtmlDecode(match.Groups[2].Value)) : null;

    [GeneratedRegex("<input type=\"hidden\" name=\"(__RequestVerificationToken[^\"]*)\" value=\"([^\"]+)\"\\s*/?>")]
    private static partial Regex HiddenToken();
}
