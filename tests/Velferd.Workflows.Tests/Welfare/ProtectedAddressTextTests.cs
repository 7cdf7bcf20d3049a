using Velferd.Workflows.Welfare.Persons;

namespace Velferd.Workflows.Tests.Welfare;

public sealed class ProtectedAddressTextTests
{
    [Theory]
    [InlineData("Mor bor i Skjulestien 13 B.", "Mor bor i [adresse skjult].")]
    [InlineData("Adresse: skjulestien 13b, 3442 HYGGEN", "Adresse: [adresse skjult], [adresse skjult]")]
    [InlineData("Hun flyttet til SKJULESTIEN i fjor.", "Hun flyttet til [adresse skjult] i fjor.")]
    [InlineData("Far kjører til Slottsgate 3A hver dag.", "Far kjører til [adresse skjult] hver dag.")]
    [InlineData("Postadresse 0150 Oslo.", "Postadresse [adresse skjult].")]
    [InlineData("Eleven har vært borte 12 dager og er 9 år.", "Eleven har vært borte 12 dager og er 9 år.")]
    [InlineData("Barnets nummer er 14831650010.", "Barnets nummer er 14831650010.")]
    public void Redact_StrictlyConfidential_HidesEveryAddressLikePartAndKeepsTheRest(string text, string expected) =>
        Assert.Equal(expected, ProtectedAddressText.Redact(text, AddressProtection.StrictlyConfidential));

    [Theory]
    [InlineData(AddressProtection.None)]
    [InlineData(AddressProtection.Confidential)]
    public void Redact_NotStrictlyConfidential_TextAsTyped(AddressProtection protection) =>
        Assert.Equal("Familien bor i Storgata 10, 3442 HYGGEN.", ProtectedAddressText.Redact("Familien bor i Storgata 10, 3442 HYGGEN.", protection));

    [Fact]
    public void Strictest_OneStrictlyConfidentialPersonAmongOthers_IsStrictlyConfidential() =>
        Assert.Equal(
            AddressProtection.StrictlyConfidential,
            ProtectedAddressText.Strictest([AddressProtection.None, AddressProtection.StrictlyConfidential, AddressProtection.Confidential]));

    [Fact]
    public void Strictest_NoPersons_IsNone() => Assert.Equal(AddressProtection.None, ProtectedAddressText.Strictest([]));
}
