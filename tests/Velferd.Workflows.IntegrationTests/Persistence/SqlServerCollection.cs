using Velferd.Workflows.Testing.Databases;

namespace Velferd.Workflows.IntegrationTests.Persistence;

/// <summary>
/// The SQL Server store tests share one migrated database and run one at a time, each resetting it first. Without
/// <c>VELFERD_TEST_SQLSERVER</c> (CI has no SQL Server) each reports that it did not run.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SqlServerCollection : ICollectionFixture<SqlServerDatabase>
{
    public const string Name = "SQL Server";
}
