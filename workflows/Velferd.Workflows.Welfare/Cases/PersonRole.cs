namespace Velferd.Workflows.Welfare.Cases;

/// <summary>A person's place on a case.</summary>
public enum PersonRole
{
    /// <summary>The child or young person the case is about (or the unborn child).</summary>
    Child,

    /// <summary>A parent or guardian (foresatt); for an unborn child, the pregnant woman.</summary>
    Guardian,
}
