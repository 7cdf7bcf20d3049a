namespace Velferd.Workflows.Persistence.Leases;

/// <summary>A row a node claims under a lease (<see cref="LeaseClaim"/>): its id and the token of the claim holding it.</summary>
public interface ILeasedRow
{
    /// <summary>The row's id.</summary>
    string Id { get; }

    /// <summary>The token of the claim that holds the row, if one does.</summary>
    string? ClaimToken { get; }
}
