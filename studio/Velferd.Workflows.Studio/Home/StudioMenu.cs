using Velferd.Workflows.Studio.Resources;
using Velferd.Workflows.Studio.SignIn;

namespace Velferd.Workflows.Studio.Home;

/// <summary>Which menus a user sees and where the studio opens for them, from their roles (the API checks again).</summary>
public static class StudioMenu
{
    /// <summary>The inbox.</summary>
    public const string Inbox = "/innboks";

    /// <summary>The case list.</summary>
    public const string Cases = "/saker";

    /// <summary>The supervisor's overview.</summary>
    public const string Overview = "/oversikt";

    /// <summary>The process owner's pathways, versions and clock.</summary>
    public const string Processes = "/prosesser";

    /// <summary>The youth team's topics (Ungdomsteam).</summary>
    public const string YouthTeam = "/ungdomsteam";

    /// <summary>
    /// How a youth team's id begins (<c>ungdomsteam</c>, <c>ungdomsteam-vest</c>): the studio knows a user's teams only by
    /// their ids, and the menu entry is for members of a youth team.
    /// </summary>
    public const string YouthTeamPrefix = "ungdomsteam";

    /// <summary>The designer's pathway list (a page of its own, loaded in full).</summary>
    public const string Designer = "/designer/definitions";

    /// <summary>The menu entries for <paramref name="user"/>, in order.</summary>
    public static IReadOnlyList<MenuEntry> For(StudioUser user)
    {
        var entries = new List<MenuEntry>();
        if (user.WorksTasks)
        {
            entries.Add(new MenuEntry(Inbox, Texts.MenuInbox, MenuIcon.Inbox, FullPageLoad: false));
            entries.Add(new MenuEntry(Cases, Texts.MenuCases, MenuIcon.Cases, FullPageLoad: false));
        }

        if (user.WorksTasks && YouthTeamsOf(user).Count > 0)
        {
            entries.Add(new MenuEntry(YouthTeam, Texts.MenuYouthTeam, MenuIcon.YouthTeam, FullPageLoad: false));
        }

        if (user.Supervises)
        {
            entries.Add(new MenuEntry(Overview, Texts.MenuOverview, MenuIcon.Overview, FullPageLoad: false));
        }

        if (user.EditsPathways)
        {
            entries.Add(new MenuEntry(Processes, Texts.MenuProcesses, MenuIcon.Processes, FullPageLoad: false));
            if (!user.WorksTasks)
            {
                // A process owner's inbox holds the tasks of his test runs from the designer.
                entries.Add(new MenuEntry(Inbox, Texts.MenuInbox, MenuIcon.Inbox, FullPageLoad: false));
            }
        }

        // Everyone may look at pathways; the designer itself lets only process owners change them.
        entries.Add(new MenuEntry(Designer, Texts.MenuDesigner, MenuIcon.Designer, FullPageLoad: true));
        return entries;
    }

    /// <summary>The youth teams <paramref name="user"/> is a member of, in order.</summary>
    public static IReadOnlyList<string> YouthTeamsOf(StudioUser user) =>
        [.. user.Teams.Where(t => t.StartsWith(YouthTeamPrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    /// <summary>Where <c>/</c> takes <paramref name="user"/>: their first menu entry.</summary>
    public static MenuEntry Home(StudioUser user) => For(user)[0];
}
