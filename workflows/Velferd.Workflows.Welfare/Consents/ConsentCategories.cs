namespace Velferd.Workflows.Welfare.Consents;

/// <summary>The information categories a consent covers, with the codes the API uses.</summary>
public static class ConsentCategories
{
    /// <summary>Health information: from 16 the young person's own consent is required and suffices .</summary>
    public const string Health = "helse";

    /// <summary>School information.</summary>
    public const string School = "skole";

    /// <summary>Child-welfare information.</summary>
    public const string ChildWelfare = "barnevern";

    /// <summary>Financial information.</summary>
    public const string Finances = "okonomi";

    /// <summary>Anything else.</summary>
    public const string Other = "annet";

    /// <summary>Every category.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal) { Health, School, ChildWelfare, Finances, Other };
}
