using Microsoft.AspNetCore.Antiforgery;

namespace Velferd.Workflows.Studio.SignIn;

/// <summary>An anti-forgery token for a form: the hidden field's name and value.</summary>
/// <param name="FieldName">The form field's name.</param>
/// <param name="Value">The request token.</param>
public sealed record FormToken(string FieldName, string Value)
{
    /// <summary>Issues a token (and its cookie) for a form on this response.</summary>
    public static FormToken Issue(HttpContext context, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        return new FormToken(tokens.FormFieldName, tokens.RequestToken ?? "");
    }
}
