using Velferd.Workflows.Studio.SignIn;

namespace Velferd.Workflows.Tests.Studio.SignIn;

public sealed class LocalReturnUrlTests
{
    [Theory]
    [InlineData("/", "/")]
    [InlineData("/innboks", "/innboks")]
    [InlineData("/designer/definitions/p1-en-dor-inn?x=1#y", "/designer/definitions/p1-en-dor-inn?x=1#y")]
    [InlineData(null, "/fallback")]
    [InlineData("", "/fallback")]
    [InlineData("//evil.example", "/fallback")]
    [InlineData("/\\evil.example", "/fallback")]
    [InlineData("/\t/evil.example", "/fallback")]
    [InlineData("/\n/evil.example", "/fallback")]
    [InlineData("/ /evil.example", "/fallback")]
    [InlineData("/a\\b", "/fallback")]
    [InlineData("https://evil.example/", "/fallback")]
    [InlineData("evil.example", "/fallback")]
    [InlineData("javascript:alert(1)", "/fallback")]
    public void Or_ReturnUrl_KeepsOnlyLocalPaths(string? returnUrl, string expected)
    {
        var target = LocalReturnUrl.Or(returnUrl, "/fallback");

        Assert.Equal(expected, target);
    }
}
