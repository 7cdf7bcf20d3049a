namespace Velferd.Workflows.Welfare.YouthTeamTopics;

/// <summary>Where a topic stands, with the codes the API uses.</summary>
public static class YouthTeamTopicStatus
{
    /// <summary>Worked on.</summary>
    public const string Open = "åpen";

    /// <summary>Ended (end code <c>LUKKET</c>); nothing changes after.</summary>
    public const string Closed = "lukket";
}
