using Velferd.Workflows.Studio.Home;
using Velferd.Workflows.Studio.SignIn;

namespace Velferd.Workflows.Tests.Studio.Home;

public sealed class StudioMenuTests
{
    [Theory]
    [InlineData("Caseworker", "/innboks|/saker|/designer/definitions", "/innboks")]
    [InlineData("Supervisor", "/innboks|/saker|/oversikt|/designer/definitions", "/innboks")]
    [InlineData("Admin", "/innboks|/saker|/oversikt|/prosesser|/designer/definitions", "/innboks")]
    [InlineData("ProcessOwner", "/prosesser|/innboks|/designer/definitions", "/prosesser")]
    [InlineData("Unknown", "/designer/definitions", "/designer/definitions")]
    public void For_Role_ShowsTheMenusTheRoleMayUse(string role, string expectedEntries, string expectedHome)
    {
        var user = new StudioUser("u", "U", new HashSet<string> { role }, new HashSet<string>(), "token");

        var entries = StudioMenu.For(user);

        Assert.Equal(expectedEntries, string.Join("|", entries.Select(e => e.Href)));
        Assert.Equal(expectedHome, StudioMenu.Home(user).Href);
    }

    [Fact]
    public void For_Designer_IsLoadedAsAPageOfItsOwn()
    {
        var user = new StudioUser("u", "U", new HashSet<string> { StudioRoles.Caseworker }, new HashSet<string>(), "token");

        var designer = StudioMenu.For(user).Single(e => e.Href == StudioMenu.Designer);

        Assert.True(designer.FullPageLoad);
    }

    [Theory]
    [InlineData("ungdomsteam", true)]
    [InlineData("ungdomsteam-vest", true)]
    [InlineData("tit-sentrum", false)]
    public void For_CaseworkerInAYouthTeam_ShowsUngdomsteam(string team, bool shown)
    {
        var user = new StudioUser("u", "U", new HashSet<string> { StudioRoles.Caseworker }, new HashSet<string> { team }, "token");

        var entries = StudioMenu.For(user);

        Assert.Equal(shown, entries.Any(e => e.Href == StudioMenu.YouthTeam));
    }
}
