namespace Velferd.Workflows.Core.Runtime;

/// <summary>New ids: time-ordered (UUID v7) in 32 hex digits, so keyset paging follows creation order.</summary>
public static class Ids
{
    /// <summary>A new id stamped with <paramref name="now"/>.</summary>
    public static string New(DateTimeOffset now) => Guid.CreateVersion7(now).ToString("N");
}
