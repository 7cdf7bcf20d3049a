namespace Velferd.Workflows.Welfare.Cases;

/// <summary>
/// The open cases with a person of a given identity number: what a Folkeregisteret event about the child acts on
/// or about a parent expecting a child.
/// </summary>
public static class ChildCaseLookup
{
    private const int PageSize = 100;

    /// <summary>Every open case of every team whose child has <paramref name="identityNumber"/>.</summary>
    public static Task<List<WelfareCase>> OpenCasesOfChildAsync(this ICaseStore cases, string identityNumber, CancellationToken cancellationToken) =>
        cases.OpenCasesAsync(identityNumber, c => c.Child.Identity.Number == identityNumber, cancellationToken);

    /// <summary>Every open case of every team with <paramref name="identityNumber"/> as its child or a guardian.</summary>
    public static Task<List<WelfareCase>> OpenCasesWithPersonAsync(this ICaseStore cases, string identityNumber, CancellationToken cancellationToken) =>
        cases.OpenCasesAsync(identityNumber, c => c.Persons.Any(p => p.Identity.Number == identityNumber), cancellationToken);

    // The search matches a person's whole number anywhere on the case; the filter keeps the right role.
    private static async Task<List<WelfareCase>> OpenCasesAsync(
        this ICaseStore cases, string identityNumber, Func<WelfareCase, bool> keep, CancellationToken cancellationToken)
    {
        var found = new List<WelfareCase>();
        for (var page = 0; ; page++)
        {
            var listed = await cases.ListAsync(
                new CaseQuery { Teams = null, Status = CaseStatus.Open, Search = identityNumber, Page = page, PageSize = PageSize }, cancellationToken);
            found.AddRange(listed.Items.Where(keep));
            if (listed.Items.Count < PageSize)
            {
                return found;
            }
        }
    }
}
