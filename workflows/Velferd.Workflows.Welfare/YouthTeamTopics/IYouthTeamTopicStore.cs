namespace Velferd.Workflows.Welfare.YouthTeamTopics;

/// <summary>Ungdomsteam topics.</summary>
public interface IYouthTeamTopicStore
{
    /// <summary>Stores <paramref name="topic"/>: new at revision 1, else over the stored revision − 1 (a concurrency conflict otherwise).</summary>
    Task SaveAsync(YouthTeamTopic topic, CancellationToken cancellationToken);

    /// <summary>Reads one, or null.</summary>
    Task<YouthTeamTopic?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>The topics of <paramref name="teams"/> (null: every team), open ones first by review date, then closed ones newest first.</summary>
    Task<IReadOnlyList<YouthTeamTopic>> ListAsync(IReadOnlyCollection<string>? teams, bool includeClosed, CancellationToken cancellationToken);
}
