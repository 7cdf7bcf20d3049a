using Velferd.Workflows.Testing.Databases;

namespace Velferd.Workflows.IntegrationTests.Persistence;

/// <summary>The PostgreSQL store tests share one migrated database and run one at a time, each resetting it first.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresDatabase>
{
    public const string Name = "PostgreSQL";
}
