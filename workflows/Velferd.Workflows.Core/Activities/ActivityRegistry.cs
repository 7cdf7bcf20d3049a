namespace Velferd.Workflows.Core.Activities;

/// <summary>Marks an activity class for the registry; added by <c>AddActivity&lt;T&gt;()</c>.</summary>
/// <param name="ClrType">The activity class.</param>
public sealed record ActivityRegistration(Type ClrType);

/// <summary>Every activity type the engine can run, by type name.</summary>
public sealed class ActivityRegistry
{
    private readonly Dictionary<string, ActivityType> _byName;

    /// <summary>Builds the registry from the registrations in the container.</summary>
    public ActivityRegistry(IEnumerable<ActivityRegistration> registrations)
    {
        _byName = new Dictionary<string, ActivityType>(StringComparer.Ordinal);
        foreach (var registration in registrations.DistinctBy(r => r.ClrType))
        {
            var type = ActivityType.From(registration.ClrType);
            if (!_byName.TryAdd(type.TypeName, type))
            {
                throw new InvalidOperationException(
                    $"Activity type name '{type.TypeName}' is declared by both {_byName[type.TypeName].ClrType.Name} and {type.ClrType.Name}.");
            }
        }
    }

    /// <summary>Every registered type.</summary>
    public IReadOnlyCollection<ActivityType> All => _byName.Values;

    /// <summary>Finds a type by name, or null.</summary>
    public ActivityType? Find(string typeName) => _byName.GetValueOrDefault(typeName);
}
