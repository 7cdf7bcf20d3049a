using System.Reflection;

namespace Velferd.Workflows.Core.Activities;

/// <summary>
/// Creates input records from evaluated values: through a parameterless constructor and setters, or through the
/// primary constructor of a positional record (parameters matched to properties by name).
/// </summary>
internal sealed class InputRecordFactory
{
    private readonly ConstructorInfo? _constructor;
    private readonly int[]? _parameterToProperty;
    private readonly PropertyInfo[] _properties;

    private InputRecordFactory(Type type)
    {
        _properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead).ToArray();
        if (type.GetConstructor(Type.EmptyTypes) is not null)
        {
            return;
        }

        _constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        _parameterToProperty = _constructor.GetParameters()
            .Select(parameter => Array.FindIndex(_properties, p => string.Equals(p.Name, parameter.Name, StringComparison.OrdinalIgnoreCase)))
            .ToArray();
        if (_parameterToProperty.Any(i => i < 0))
        {
            throw new InvalidOperationException($"{type.Name}: every constructor parameter must match a property.");
        }
    }

    public static InputRecordFactory For(Type type) => new(type);

    /// <summary>Creates the record from values in property order (as <see cref="ActivityType.Inputs"/>).</summary>
    public object Create(Type type, object?[] values)
    {
        if (_constructor is null)
        {
            var instance = Activator.CreateInstance(type)!;
            for (var i = 0; i < _properties.Length; i++)
            {
                if (_properties[i].CanWrite)
                {
                    _properties[i].SetValue(instance, values[i]);
                }
            }

            return instance;
        }

        var arguments = new object?[_parameterToProperty!.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = values[_parameterToProperty[i]];
        }

        return _constructor.Invoke(arguments);
    }
}
