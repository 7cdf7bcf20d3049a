using Velferd.Workflows.Testing.Databases;

namespace Velferd.Workflows.IntegrationTests.Persistence;

/// <summary>The SQLite store tests share one migrated database and run one at a time, each resetting it first.</summary>
[CollectionDefinition(Name)]
public sealed class SqliteCollection : ICollectionFixture<SqliteDatabase>
{
    public const string Name = "SQLite";
}
