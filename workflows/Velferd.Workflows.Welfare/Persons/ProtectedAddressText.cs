using System.Text.RegularExpressions;
using Velferd.Workflows.Welfare.Cases;

namespace Velferd.Workflows.Welfare.Persons;

/// <summary>
/// Keeps an address out of free text that concerns a person with a strictly confidential address (R-63). The engine
/// never reads an address, so it cannot know the one a reporter typed into a melding («mor bor i Skjulestien 13 B»):
/// when the case holds such a person, everything in the text that reads as a Norwegian street address or a postcode
/// with its place is replaced. The rule errs on the side of hiding: a capitalised word followed by a house number, a
/// word ending like a street name (with or without a number) and a postcode with a place name all go, so «Gutten 7
/// år» loses its subject; the full text is not needed to keep the person hidden, the address is.
/// </summary>
public static partial class ProtectedAddressText
{
    // Endings of Norwegian street names, in any case («SKJULESTIEN»).
    private const string StreetEndings =
        "(?i:gata|gate|gaten|veien|vei|vegen|veg|stien|sti|stig|stigen|plassen|plass|allé|alle|allè|bakken|bakke|lia|li|tunet|tun|ringen|svingen|"
        + "kroken|løkka|brygge|bryggen|torget|torg|haugen|åsen|jordet|feltet|myra|lunden|parken|kollen|tangen|berget|grenda|grend|kaia|kai|strand|stranda)";

    /// <summary>What a hidden address reads as.</summary>
    public const string Hidden = "[adresse skjult]";

    /// <summary>
    /// <paramref name="text"/> with every address-like part replaced by <see cref="Hidden"/> when
    /// <paramref name="protection"/> is strictly confidential; otherwise the text as it is.
    /// </summary>
    public static string? Redact(string? text, AddressProtection protection)
    {
        if (text is null || protection != AddressProtection.StrictlyConfidential)
        {
            return text;
        }

        var withoutPlaces = PostcodeAndPlace().Replace(text, Hidden);
        var withoutNumbered = NumberedAddress().Replace(withoutPlaces, Hidden);
        return StreetName().Replace(withoutNumbered, Hidden);
    }

    /// <summary>The strictest protection among <paramref name="protections"/> (a case is as protected as its most protected person).</summary>
    public static AddressProtection Strictest(IEnumerable<AddressProtection> protections) =>
        protections.DefaultIfEmpty(AddressProtection.None).Max();

    /// <summary>
    /// How strictly <paramref name="welfareCase"/>'s free text is protected: as its most protected person, so a text a
    /// reporter or caseworker wrote about the family (the question, a closing reason, the stafettlogg, the timeline)
    /// loses an address once anyone on the case has a strictly confidential one.
    /// </summary>
    public static AddressProtection Of(WelfareCase welfareCase) => Strictest(welfareCase.Persons.Select(p => p.AddressProtection));

    // «3442 HYGGEN», «0150 Oslo»: four digits, then a place name.
    [GeneratedRegex(@"(?<!\d)\d{4}\s+\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*)?")]
    private static partial Regex PostcodeAndPlace();

    // «Skjulestien 13 B», «Slottsgate 3A», «storgata 10»: a capitalised word or one ending like a street, then a house
    // number with an optional letter.
    [GeneratedRegex(@"(?<![\p{L}\d])(?:\p{Lu}[\p{L}\.\-]*|[\p{L}\.\-]*" + StreetEndings + @")\s+\d{1,4}(?!\d)(?:\s?[A-Za-z](?!\p{L}))?")]
    private static partial Regex NumberedAddress();

    // A capitalised word ending like a street name, without a number: «bor i Skjulestien».
    [GeneratedRegex(@"\b\p{Lu}[\p{L}\-]*" + StreetEndings + @"\b")]
    private static partial Regex StreetName();
}
