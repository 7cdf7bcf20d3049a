namespace Velferd.Workflows.Activities.Identity;

/// <summary>
/// Checks a Norwegian identity number (fødselsnummer or D-number) before it is sent anywhere. One replaceable
/// service, because Skatteetaten has announced changes to the scheme (DOMAIN.md R-57).
/// </summary>
public interface IIdentityNumberValidator
{
    /// <summary>True when <paramref name="value"/> is a well-formed number with valid check digits.</summary>
    bool IsValid(string? value);
}
