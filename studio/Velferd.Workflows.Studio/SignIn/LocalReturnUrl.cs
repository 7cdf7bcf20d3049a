namespace Velferd.Workflows.Studio.SignIn;

/// <summary>
/// Where sign-in may send the user back to: a path on this site only. Anything a browser could read as another site
/// is refused: <c>//evil</c>, <c>/\evil</c>, absolute URLs, and paths with control characters or spaces, which
/// browsers strip (<c>/%09/evil.example</c> arrives as "/", tab, "/evil.example" and is followed as
/// <c>//evil.example</c>).
/// </summary>
public static class LocalReturnUrl
{
    /// <summary><paramref name="returnUrl"/> if it is a local path, else <paramref name="fallback"/>.</summary>
    public static string Or(string? returnUrl, string fallback) => IsLocal(returnUrl) ? returnUrl! : fallback;

    /// <summary>True for a path on this site.</summary>
    public static bool IsLocal(string? url) =>
        url is { Length: > 0 }
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c == '\\');
}
