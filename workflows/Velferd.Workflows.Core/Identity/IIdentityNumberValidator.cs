namespace Velferd.Workflows.Core.Identity;

/// <summary>
/// Checks a Norwegian identity number (fødselsnummer or D-number) before it is stored or sent anywhere. One replaceable
/// service, because Skatteetaten has announced changes to the scheme (DOMAIN.md R-57): register another implementation
/// before <c>AddWorkflowCore</c> and every form, activity and domain rule uses it.
/// </summary>
public interface IIdentityNumberValidator
{
    /// <summary>What <paramref name="value"/> is: which kind of number, or why it is not a valid one.</summary>
    IdentityNumberCheck Check(string? value);

    /// <summary>True when <paramref name="value"/> is a well-formed number with valid check digits.</summary>
    bool IsValid(string? value);
}
