namespace Velferd.Workflows.Welfare.Cases;

/// <summary>The open cases whose child has an identity number: what a Folkeregisteret event about the child acts on .</summary>
public static class ChildCaseLookup
{
    private const int PageSize = 100;

    /// <summary>Every open case of every team whose child has <paramref name="identityNumber"/>.</summary>
    public static async Task<List<WelfareCase>> OpenCasesOfChildAsync(this ICaseStore cases, string identityNumber, CancellationToken cancellationToken)
    {
        var found = new List<WelfareCase>();
        for (var page = 0; ; page++)
        {
            var listed = await cases.ListAsync(
                new CaseQuery { Teams = null, Status = CaseStatus.Open, Search = identityNumber, Page = page, PageSize = PageSize }, cancellationToken);
            found.AddRange(listed.Items.Where(c => c.Child.Identity.Number == identityNumber));
            if (listed.Items.Count < PageSize)
            {
                return found;
            }
        }
    }
}
