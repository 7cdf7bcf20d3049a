using Microsoft.EntityFrameworkCore;
using Velferd.Workflows.Persistence.Welfare;
using Velferd.Workflows.Welfare.Letters;
using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Persistence.Letters;

/// <summary>The case's letters; each write stores its timeline events in the same <c>SaveChanges</c>.</summary>
public sealed class EfLetterStore(WorkflowsDbContext db) : ILetterStore
{
    /// <inheritdoc />
    public async Task AddAsync(IReadOnlyList<Letter> letters, IReadOnlyList<CaseEvent> events, CancellationToken cancellationToken)
    {
        try
        {
            db.Set<LetterRow>().AddRange(letters.Select(ToRow));
            db.Set<CaseEventRow>().AddRange(events.Select(WelfareMapping.ToRow));
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <inheritdoc />
    public async Task<Letter?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var row = await db.Set<LetterRow>().AsNoTracking().FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
        return row is null ? null : ToModel(row);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Letter>> ListForCaseAsync(string caseId, CancellationToken cancellationToken)
    {
        var rows = await db.Set<LetterRow>().AsNoTracking().Where(l => l.CaseId == caseId).ToListAsync(cancellationToken);
        return [.. rows.OrderBy(l => l.Id, StringComparer.Ordinal).Select(ToModel)];
    }

    /// <inheritdoc />
    public async Task<bool> FinishAsync(Letter finished, IReadOnlyList<CaseEvent> events, CancellationToken cancellationToken)
    {
        try
        {
            var entry = db.Set<LetterRow>().Attach(ToRow(finished));
            entry.Property(l => l.Status).OriginalValue = nameof(LetterStatus.Queued);
            foreach (var property in entry.Properties.Where(p => !p.Metadata.IsPrimaryKey()))
            {
                property.IsModified = true;
            }

            db.Set<CaseEventRow>().AddRange(events.Select(WelfareMapping.ToRow));
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private static LetterRow ToRow(Letter l) => new()
    {
        Id = l.Id,
        CaseId = l.CaseId,
        PersonId = l.PersonId,
        ReportId = l.ReportId,
        Kind = l.Kind,
        Title = l.Title,
        Body = l.Body,
        Reasons = l.Reasons,
        AppealInformation = l.AppealInformation,
        MeetingId = l.MeetingId,
        Status = l.Status.ToString(),
        Channel = l.Channel,
        ShipmentId = l.ShipmentId,
        Reason = l.Reason,
        CreatedAt = l.CreatedAt,
        CreatedBy = l.CreatedBy,
        FinishedAt = l.FinishedAt,
    };

    private static Letter ToModel(LetterRow r) => new()
    {
        Id = r.Id,
        CaseId = r.CaseId,
        PersonId = r.PersonId,
        ReportId = r.ReportId,
        Kind = r.Kind,
        Title = r.Title,
        Body = r.Body,
        Reasons = r.Reasons,
        AppealInformation = r.AppealInformation,
        MeetingId = r.MeetingId,
        Status = Enum.Parse<LetterStatus>(r.Status),
        Channel = r.Channel,
        ShipmentId = r.ShipmentId,
        Reason = r.Reason,
        CreatedAt = r.CreatedAt,
        CreatedBy = r.CreatedBy,
        FinishedAt = r.FinishedAt,
    };
}
