namespace Velferd.Workflows.Welfare.Consents;

/// <summary>The services a consent is given to (R-26: to services, never to staff), with the codes the API uses.</summary>
public static class ConsentServices
{
    /// <summary>Health (helsestasjon, school health service).</summary>
    public const string Health = "helse";

    /// <summary>PPT, the educational-psychological service.</summary>
    public const string Ppt = "ppt";

    /// <summary>School.</summary>
    public const string School = "skole";

    /// <summary>Kindergarten.</summary>
    public const string Kindergarten = "barnehage";

    /// <summary>Child welfare.</summary>
    public const string ChildWelfare = "barnevern";

    /// <summary>NAV.</summary>
    public const string Nav = "nav";

    /// <summary>Mental health and substance services.</summary>
    public const string MentalHealth = "psykisk-helse";

    /// <summary>Every service, in the order the API lists them.</summary>
    public static IReadOnlyList<string> Ordered { get; } = [Health, Ppt, School, Kindergarten, ChildWelfare, Nav, MentalHealth];

    /// <summary>Every service.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(Ordered, StringComparer.Ordinal);
}
