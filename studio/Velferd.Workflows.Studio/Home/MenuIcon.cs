namespace Velferd.Workflows.Studio.Home;

/// <summary>The icons of the menu entries.</summary>
public enum MenuIcon
{
    /// <summary>The inbox.</summary>
    Inbox,

    /// <summary>The case list.</summary>
    Cases,

    /// <summary>The overview.</summary>
    Overview,

    /// <summary>The designer.</summary>
    Designer,

    /// <summary>The process owner's pathways.</summary>
    Processes,

    /// <summary>The youth team's topics.</summary>
    YouthTeam,
}
