namespace Velferd.Workflows.Welfare.Access;

/// <summary>The signed-in user as the need-to-know decision sees him.</summary>
/// <param name="UserName">The user name.</param>
/// <param name="Teams">His teams.</param>
/// <param name="Services">His services (<c>ppt</c>, <c>barnevern</c>, …).</param>
/// <param name="IsAdmin">True for an administrator.</param>
public sealed record CaseUser(string UserName, IReadOnlySet<string> Teams, IReadOnlySet<string> Services, bool IsAdmin);
