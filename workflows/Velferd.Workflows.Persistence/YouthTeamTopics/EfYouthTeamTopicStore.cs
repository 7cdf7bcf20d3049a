using Microsoft.EntityFrameworkCore;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Welfare.YouthTeamTopics;

namespace Velferd.Workflows.Persistence.YouthTeamTopics;

/// <summary>Ungdomsteam topics in <c>welfare_youth_team_topics</c>; each write is one <c>SaveChanges</c>, revisions checked.</summary>
public sealed class EfYouthTeamTopicStore(WorkflowsDbContext db) : IYouthTeamTopicStore
{
    /// <inheritdoc />
    public async Task SaveAsync(YouthTeamTopic topic, CancellationToken cancellationToken)
    {
        try
        {
            var row = YouthTeamTopicMapping.ToRow(topic);
            var set = db.Set<YouthTeamTopicRow>();
            if (topic.Revision == 1)
            {
                set.Add(row);
            }
            else
            {
                var stored = await set.FindAsync([topic.Id], cancellationToken) ?? throw new ConcurrencyConflictException($"Topic {topic.Id} does not exist.");
                db.Entry(stored).CurrentValues.SetValues(row);
                db.Entry(stored).Property(t => t.Revision).OriginalValue = topic.Revision - 1;
            }

            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException("The topic was changed by someone else.");
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <inheritdoc />
    public async Task<YouthTeamTopic?> FindAsync(string id, CancellationToken cancellationToken) =>
        await db.Set<YouthTeamTopicRow>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken) is { } row
            ? YouthTeamTopicMapping.ToModel(row)
            : null;

    /// <inheritdoc />
    public async Task<IReadOnlyList<YouthTeamTopic>> ListAsync(IReadOnlyCollection<string>? teams, bool includeClosed, CancellationToken cancellationToken)
    {
        var query = db.Set<YouthTeamTopicRow>().AsNoTracking();
        if (teams is not null)
        {
            query = query.Where(t => teams.Contains(t.Team));
        }

        if (!includeClosed)
        {
            query = query.Where(t => t.Status == YouthTeamTopicStatus.Open);
        }

        var rows = await query.ToListAsync(cancellationToken);
        return [.. rows
            .Select(YouthTeamTopicMapping.ToModel)
            .OrderBy(t => t.Status == YouthTeamTopicStatus.Open ? 0 : 1)
            .ThenBy(t => t.Status == YouthTeamTopicStatus.Open ? t.ReviewDate : DateOnly.MinValue)
            .ThenByDescending(t => t.ClosedAt)
            .ThenBy(t => t.Id, StringComparer.Ordinal)];
    }
}
