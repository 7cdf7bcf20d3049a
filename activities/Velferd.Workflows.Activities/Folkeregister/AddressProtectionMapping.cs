using WelfareProtection = Velferd.Workflows.Welfare.Persons.AddressProtection;

namespace Velferd.Workflows.Activities.Folkeregister;

/// <summary>Folkeregisteret's grading of an address as the welfare domain keeps it.</summary>
public static class AddressProtectionMapping
{
    /// <summary>The domain's grading of <paramref name="protection"/>.</summary>
    public static WelfareProtection ToWelfare(AddressProtection protection) => protection switch
    {
        AddressProtection.StrictlyConfidential => WelfareProtection.StrictlyConfidential,
        AddressProtection.Confidential => WelfareProtection.Confidential,
        _ => WelfareProtection.None,
    };
}
