using Microsoft.EntityFrameworkCore;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Persistence.Welfare;
using Velferd.Workflows.Welfare.Meetings;
using Velferd.Workflows.Welfare.Notifications;
using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Persistence.TeamWork;

/// <summary>Team meetings; each write stores its timeline events and notifications in the same <c>SaveChanges</c>.</summary>
public sealed class EfMeetingStore(WorkflowsDbContext db) : IMeetingStore
{
    private IQueryable<MeetingRow> Meetings => db.Set<MeetingRow>().AsNoTracking().Include(m => m.Participants);

    /// <inheritdoc />
    public async Task AddAsync(Meeting meeting, IReadOnlyList<CaseEvent> events, CancellationToken cancellationToken)
    {
        try
        {
            db.Set<MeetingRow>().Add(TeamWorkMapping.ToRow(meeting));
            db.Set<CaseEventRow>().AddRange(events.Select(WelfareMapping.ToRow));
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <inheritdoc />
    public async Task<Meeting?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var row = await Meetings.FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        return row is null ? null : TeamWorkMapping.ToModel(row);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Meeting>> ListForCaseAsync(string caseId, CancellationToken cancellationToken)
    {
        var rows = await Meetings.Where(m => m.CaseId == caseId).ToListAsync(cancellationToken);
        return [.. rows.OrderBy(m => m.At).ThenBy(m => m.Id, StringComparer.Ordinal).Select(TeamWorkMapping.ToModel)];
    }

    /// <inheritdoc />
    /// <remarks>Every change is from a planned meeting: a meeting no longer planned in the database is a conflict.</remarks>
    public async Task UpdateAsync(
        IReadOnlyList<Meeting> changed, IReadOnlyList<CaseEvent> events, IReadOnlyList<Notification> notices, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var meeting in changed)
            {
                var row = TeamWorkMapping.ToRow(meeting);
                row.Participants = [];
                var entry = db.Set<MeetingRow>().Attach(row);
                entry.Property(m => m.Status).OriginalValue = nameof(MeetingStatus.Planned);
                foreach (var property in entry.Properties.Where(p => !p.Metadata.IsPrimaryKey()))
                {
                    property.IsModified = true;
                }
            }

            db.Set<CaseEventRow>().AddRange(events.Select(WelfareMapping.ToRow));
            db.Set<NotificationRow>().AddRange(notices.Select(TeamWorkMapping.ToRow));
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException("A meeting was changed by someone else.");
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
