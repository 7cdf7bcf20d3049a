using System.Text.Json.Nodes;

namespace Velferd.Workflows.Scenarios.P1;

/// <summary>The body of <c>POST /api/enquiries</c> the P1 scenarios send.</summary>
public static class EnquiryApi
{
    /// <summary>A henvendelse about <paramref name="child"/> to team <c>tit-sentrum</c>, with a concern no other test uses.</summary>
    public static JsonObject Enquiry(JsonObject child, string asker = "forelder", bool acute = false, string channel = "familiehjelpa") => new()
    {
        ["channel"] = channel,
        ["asker"] = asker,
        ["concern"] = $"Barnet har mye fravær og virker lei seg ({Guid.NewGuid():N}).",
        ["acute"] = acute,
        ["team"] = "tit-sentrum",
        ["child"] = child,
    };

    /// <summary>The form of the concretising step, with the child's view when given.</summary>
    public static JsonObject Concretised(string? childView) => new()
    {
        ["observasjoner"] = "Mye fravær siden august, trekker seg unna i friminuttene.",
        ["familienInformert"] = true,
        ["barnetsSyn"] = childView,
    };
}
