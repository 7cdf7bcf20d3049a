using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json.Nodes;

namespace Velferd.Workflows.Core.Activities;

/// <summary>
/// A registered activity type: its CLR class, its input and output records and the descriptor generated from
/// them. Built once per type at start-up; the runner and the designer both read it.
/// </summary>
public sealed class ActivityType
{
    private ActivityType(Type clrType, ActivityAttribute attribute, Type inputType, Type outputType)
    {
        ClrType = clrType;
        TypeName = attribute.TypeName;
        Version = attribute.Version;
        InputType = inputType;
        OutputType = outputType;
        Inputs = [.. inputType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead)
            .Select(p => new ActivityInput(p, p.GetCustomAttribute<InputAttribute>() ?? new InputAttribute()))];
        Outputs = [.. outputType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.Name != "EqualityContract")
            .Select(p => new ActivityOutput(p, p.GetCustomAttribute<OutputAttribute>() ?? new OutputAttribute()))];
        Binder = InputRecordFactory.For(inputType);
        EmbeddedPorts = attribute.EmbeddedPorts;
        HandlesBreak = attribute.HandlesBreak;
        OnlyStarts = attribute.OnlyStarts;
        Descriptor = Describe(attribute);
    }

    /// <summary>The activity class.</summary>
    public Type ClrType { get; }

    /// <summary>The stable type name.</summary>
    public string TypeName { get; }

    /// <summary>The type's version.</summary>
    public int Version { get; }

    /// <summary>The input record type.</summary>
    public Type InputType { get; }

    /// <summary>The output record type.</summary>
    public Type OutputType { get; }

    /// <summary>The inputs, one per input record property.</summary>
    public IReadOnlyList<ActivityInput> Inputs { get; }

    /// <summary>The outputs, one per output record property.</summary>
    public IReadOnlyList<ActivityOutput> Outputs { get; }

    /// <summary>The ports that hold an embedded activity (a loop's <c>Body</c>).</summary>
    public IReadOnlyList<string> EmbeddedPorts { get; }

    /// <summary>True for a loop that <c>Elsa.Break</c> in its body stops.</summary>
    public bool HandlesBreak { get; }

    /// <summary>True when the activity can only begin a flow (<see cref="ActivityAttribute.OnlyStarts"/>).</summary>
    public bool OnlyStarts { get; }

    /// <summary>The descriptor served to the designer.</summary>
    public ActivityDescriptor Descriptor { get; }

    internal InputRecordFactory Binder { get; }

    /// <summary>Reads an activity class's declaration.</summary>
    /// <exception cref="InvalidOperationException">The class lacks <see cref="ActivityAttribute"/> or the typed base.</exception>
    public static ActivityType From(Type clrType)
    {
        var attribute = clrType.GetCustomAttribute<ActivityAttribute>()
            ?? throw new InvalidOperationException($"{clrType.Name} has no [Activity] attribute.");
        if (!typeof(IActivity).IsAssignableFrom(clrType))
        {
            throw new InvalidOperationException($"{clrType.Name} does not implement IActivity.");
        }

        var (input, output) = FindRecords(clrType);
        return new ActivityType(clrType, attribute, input, output);
    }

    private static (Type Input, Type Output) FindRecords(Type clrType)
    {
        for (var type = clrType; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Activity<,>))
            {
                var arguments = type.GetGenericArguments();
                return (arguments[0], arguments[1]);
            }
        }

        return (typeof(NoInput), typeof(NoOutput));
    }

    private ActivityDescriptor Describe(ActivityAttribute attribute)
    {
        var dot = TypeName.LastIndexOf('.');
        var ns = dot > 0 ? TypeName[..dot] : TypeName;
        var name = dot > 0 ? TypeName[(dot + 1)..] : TypeName;
        return new ActivityDescriptor(
            TypeName,
            Version,
            ns,
            name,
            attribute.Category,
            attribute.DisplayName ?? name,
            attribute.Description,
            attribute.Kind,
            [.. Inputs.Select((input, index) => input.Describe(index))],
            [.. Outputs.Select(o => new OutputDescriptor(o.Property.Name, TypeNames.Of(o.Property.PropertyType), o.Attribute.DisplayName ?? o.Property.Name, o.Attribute.Description))],
            [.. attribute.Outcomes.Select(o => new PortDescriptor(o, o))],
            attribute.IsBrowsable,
            IsContainer: false,
            attribute.IsStart,
            attribute.IsTerminal)
        {
            EmbeddedPorts = [.. attribute.EmbeddedPorts.Select(p => new PortDescriptor(p, EmbeddedPortNames.DisplayName(p)))],
        };
    }
}

/// <summary>One input of an activity type.</summary>
public sealed class ActivityInput(PropertyInfo property, InputAttribute attribute)
{
    /// <summary>The input record property.</summary>
    public PropertyInfo Property { get; } = property;

    /// <summary>How the designer shows it.</summary>
    public InputAttribute Attribute { get; } = attribute;

    /// <summary>The key under which the definition stores the value (the camelCased property name).</summary>
    public string JsonName { get; } = JsonNamingPolicyCache.CamelCase(property.Name);

    internal InputDescriptor Describe(int index)
    {
        var type = Property.PropertyType;
        var hint = Attribute.UIHint ?? (Nullable.GetUnderlyingType(type) ?? type) switch
        {
            var t when t == typeof(bool) => UIHints.Checkbox,
            var t when t.IsEnum => UIHints.Dropdown,
            _ => Attribute.Options is null ? UIHints.SingleLine : UIHints.Dropdown,
        };
        var valueType = Nullable.GetUnderlyingType(type) ?? type;
        var options = Attribute.Options ?? (valueType.IsEnum ? Enum.GetNames(valueType) : null);
        JsonObject? specifications = null;
        if (options is not null && hint is UIHints.Dropdown or UIHints.RadioList or UIHints.CheckList)
        {
            // The stored value stays the code (an enum name); only the text the process owner reads is Norwegian.
            var items = new JsonArray([.. options.Select((o, i) => (JsonNode)new JsonObject { ["text"] = OptionText(valueType, o, i), ["value"] = o })]);
            var key = hint == UIHints.Dropdown ? "dropdown" : hint;
            specifications = new JsonObject
            {
                [key] = new JsonObject
                {
                    ["selectList"] = new JsonObject { ["items"] = items, ["isFlagsEnum"] = false, ["sortItems"] = false },
                },
            };
        }

        return new InputDescriptor(
            Property.Name,
            TypeNames.Of(type),
            Attribute.DisplayName ?? Property.Name,
            Attribute.Description,
            Attribute.Order == 0 ? index : Attribute.Order,
            Attribute.IsBrowsable,
            Attribute.IsWrapped,
            hint,
            Attribute.Category,
            Attribute.DefaultValue,
            Attribute.DefaultSyntax,
            options,
            specifications,
            Attribute.IsRequired);
    }

    private string OptionText(Type valueType, string option, int index) =>
        Attribute.OptionTexts is { } texts && index < texts.Length ? texts[index]
        : valueType.IsEnum ? valueType.GetField(option)?.GetCustomAttribute<DisplayAttribute>()?.Name ?? option
        : option;
}

/// <summary>One output of an activity type.</summary>
public sealed class ActivityOutput(PropertyInfo property, OutputAttribute attribute)
{
    /// <summary>The output record property.</summary>
    public PropertyInfo Property { get; } = property;

    /// <summary>How the designer shows it.</summary>
    public OutputAttribute Attribute { get; } = attribute;

    /// <summary>The key under which the definition binds it to a variable.</summary>
    public string JsonName { get; } = JsonNamingPolicyCache.CamelCase(property.Name);
}

internal static class JsonNamingPolicyCache
{
    public static string CamelCase(string name) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(name);
}
