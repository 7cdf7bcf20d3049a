using System.Text.Json.Nodes;
using Velferd.Workflows.Core.Activities;
using Velferd.Workflows.Core.SubWorkflows;

namespace Velferd.Workflows.Host.ElsaApi;

/// <summary>
/// Turns our activity descriptors (generated from the activity declarations) into Elsa Studio's shape, and holds
/// the fixed lists the designer's panels need: expression syntaxes, variable types, storage drivers, strategies.
/// </summary>
public static class ElsaDescriptors
{
    /// <summary>The root container every definition has; the designer looks its descriptor up on load.</summary>
    public const string FlowchartTypeName = "Elsa.Flowchart";

    /// <summary>The flowchart's descriptor: a container that is not in the toolbox.</summary>
    public static ElsaActivityDescriptor Flowchart { get; } = new(
        FlowchartTypeName, "Elsa", "Flowchart", 1, "Flyt", "Flytskjema", "Aktiviteter koblet sammen med piler.", nameof(ActivityKind.Action),
        [], [], [], [], [], IsContainer: true, IsBrowsable: false, IsStart: false, IsTerminal: false);

    /// <summary>
    /// Every activity the engine runs, plus the flowchart, sorted by category and name. The type that runs a definition
    /// used as an activity is left out: the designer knows each such definition by its own name
    /// (<see cref="ElsaDefinitionActivities"/>), never by this type's.
    /// </summary>
    public static IReadOnlyList<ElsaActivityDescriptor> Activities(ActivityRegistry registry) =>
        [Flowchart, .. registry.All.Where(t => t.TypeName != WorkflowDefinitionActivity.TypeName).Select(t => From(t.Descriptor))
            .OrderBy(d => d.Category, StringComparer.Ordinal).ThenBy(d => d.TypeName, StringComparer.Ordinal)];

    /// <summary>One of our descriptors in Elsa's shape.</summary>
    public static ElsaActivityDescriptor From(ActivityDescriptor descriptor) => new(
        descriptor.TypeName,
        descriptor.Namespace,
        descriptor.Name,
        descriptor.Version,
        descriptor.Category,
        descriptor.DisplayName,
        descriptor.Description,
        descriptor.Kind.ToString(),
        [.. descriptor.Inputs.Select(i => new ElsaInputDescriptor(
            i.Name, i.TypeName, i.IsRequired ? $"{i.DisplayName} *" : i.DisplayName, i.IsRequired ? $"Påkrevd. {i.Description}".TrimEnd() : i.Description,
            i.Order, i.IsBrowsable, IsSynthetic: false, i.IsWrapped, i.UIHint, i.Category,
            i.DefaultValue, i.DefaultSyntax, IsReadOnly: false, IsSensitive: false, StorageDriverType: null,
            UISpecificationsOf(i, descriptor), i.IsRequired))],
        [.. descriptor.Outputs.Select((o, index) => new ElsaOutputDescriptor(o.Name, o.TypeName, o.DisplayName, o.Description, index, IsBrowsable: true, IsSynthetic: false))],
        [.. descriptor.Ports.Select(p => new ElsaPortDescriptor(p.Name, p.DisplayName, "Flow", IsBrowsable: true)),
            .. descriptor.EmbeddedPorts.Select(p => new ElsaPortDescriptor(p.Name, p.DisplayName, "Embedded", IsBrowsable: true))],
        [],
        [],
        descriptor.IsContainer,
        descriptor.IsBrowsable,
        descriptor.IsStart,
        descriptor.IsTerminal);

    /// <summary>
    /// The input's UI specifications. The Studio draws an activity with a «dynamic outcomes» input with only the
    /// outcomes typed into it, plus the fixed ones its specifications name; so the activity's own ports (a user task's
    /// «Overskredet») go there, or a process owner could not connect them.
    /// </summary>
    private static JsonObject? UISpecificationsOf(InputDescriptor input, ActivityDescriptor activity)
    {
        var specifications = (JsonObject?)input.UISpecifications?.DeepClone();
        if (input.UIHint != UIHints.DynamicOutcomes || activity.Ports.Count == 0)
        {
            return specifications;
        }

        specifications ??= [];
        specifications["DynamicOutcomesOptions"] = new JsonObject { ["fixedOutcomes"] = new JsonArray([.. activity.Ports.Select(p => JsonValue.Create(p.Name))]) };
        return specifications;
    }

    /// <summary>
    /// The syntaxes the engine evaluates. Elsa Studio needs at least one besides Literal, Object and Variable, and
    /// JavaScript (Jint) is ours.
    /// </summary>
    public static IReadOnlyList<ElsaExpressionDescriptor> Expressions { get; } =
    [
        new("Literal", "Verdi", IsSerializable: true, IsBrowsable: true, new Dictionary<string, object>()),
        new("Object", "Objekt (JSON)", IsSerializable: true, IsBrowsable: true, new Dictionary<string, object> { ["MonacoLanguage"] = "json" }),
        new("Variable", "Variabel", IsSerializable: true, IsBrowsable: true, new Dictionary<string, object>()),
        new("JavaScript", "JavaScript", IsSerializable: true, IsBrowsable: true, new Dictionary<string, object> { ["MonacoLanguage"] = "javascript" }),
    ];

    /// <summary>The variable types the engine converts values to.</summary>
    public static IReadOnlyList<ElsaVariableType> VariableTypes { get; } =
    [
        new("String", "Tekst", "Primitive typer", "Tekst."),
        new("Boolean", "Sann/usann", "Primitive typer", "Ja eller nei."),
        new("Int32", "Heltall", "Primitive typer", "Et heltall (32 bit)."),
        new("Int64", "Stort heltall", "Primitive typer", "Et heltall (64 bit)."),
        new("Double", "Desimaltall", "Primitive typer", "Et flyttall."),
        new("Decimal", "Beløp", "Primitive typer", "Et desimaltall med fast presisjon."),
        new("DateTimeOffset", "Tidspunkt", "Tid", "Et tidspunkt med tidssone."),
        new("TimeSpan", "Varighet", "Tid", "En varighet."),
        new("Object", "Objekt", "Dynamisk", "Vilkårlig JSON."),
    ];

    /// <summary>Variables live in the instance state, committed with each burst.</summary>
    public static IReadOnlyList<ElsaStorageDriver> StorageDrivers { get; } =
    [
        new("Velferd.WorkflowInstance", "Forløpsinstans", Priority: 0, Deprecated: false),
    ];

    /// <summary>Any number of instances may run at once; this is the only activation rule the engine has.</summary>
    public static IReadOnlyList<ElsaTypedChoice> ActivationStrategies { get; } =
    [
        new("Velferd.Always", "Alltid", "Nye instanser kan alltid startes, også når andre kjører."),
    ];

    /// <summary>A fault stops the instance and raises an incident.</summary>
    public static IReadOnlyList<ElsaTypedChoice> IncidentStrategies { get; } =
    [
        new("Velferd.FaultInstance", "Stopp forløpet", "En feil stopper forløpet og registrerer en hendelse for drift."),
    ];

    /// <summary>The execution log is always written, with the burst.</summary>
    public static IReadOnlyList<ElsaTypedChoice> LogPersistenceStrategies { get; } =
    [
        new("Velferd.Include", "Ta med", "Kjøreloggen lagres sammen med hver kjøring."),
    ];
}
