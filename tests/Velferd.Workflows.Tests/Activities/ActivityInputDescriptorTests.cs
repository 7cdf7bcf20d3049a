using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Activities;
using Velferd.Workflows.Core;
using Velferd.Workflows.Core.Activities;

namespace Velferd.Workflows.Tests.Activities;

/// <summary>
/// Every activity the host offers explains each of its inputs in Norwegian to the process owner, marks the ones that
/// must be filled in, and shows its choices in Norwegian.
/// </summary>
public sealed class ActivityInputDescriptorTests
{
    // The inputs an activity cannot work without. An input whose empty or invalid value the activity answers with a
    // business outcome of its own (UgyldigInndata, UgyldigFodselsnummer, …) stays optional: the value usually comes
    // from an expression, and the process owner routes that outcome.
    private static readonly Dictionary<string, string[]> Required = new(StringComparer.Ordinal)
    {
        ["Elsa.Correlate"] = ["CorrelationId"],
        ["Elsa.Cron"] = ["CronExpression"],
        ["Elsa.Delay"] = ["TimeSpan"],
        ["Elsa.DispatchWorkflow"] = ["WorkflowDefinitionId"],
        ["Elsa.Event"] = ["EventName"],
        ["Elsa.ExecuteWorkflow"] = ["WorkflowDefinitionId"],
        ["Elsa.Fault"] = ["Message"],
        ["Elsa.FlowDecision"] = ["Condition"],
        ["Elsa.HttpEndpoint"] = ["Path"],
        ["Elsa.RunJavaScript"] = ["Script"],
        ["Elsa.SetOutput"] = ["OutputName"],
        ["Elsa.SetName"] = ["Value"],
        ["Elsa.SetVariable"] = ["Variable"],
        ["Elsa.StartAt"] = ["DateTime"],
        ["Velferd.AgeMilestone"] = ["BirthDate", "Age"],
        ["Velferd.CloseCase"] = ["EndCode", "Reason"],
        ["Velferd.Helsestasjon.OpprettBarneforlop"] = ["IdentityNumber", "BirthDate", "Team"],
        ["Velferd.SetCaseLevel"] = ["Level"],
        ["Velferd.DigitalPost.SendBrev"] = ["Title", "DocumentReference"],
        ["Velferd.CaseLetter"] = ["LetterId"],
        ["Velferd.ReporterFeedback"] = ["Step"],
        ["Velferd.UserTask"] = ["Title"],
    };

    /// <summary>The activities the host registers: the engine's built-ins and the welfare activities.</summary>
    public static TheoryData<string> ActivityTypeNames => [.. HostRegistry().All.Select(t => t.TypeName).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(ActivityTypeNames))]
    public void Descriptor_EveryBrowsableInput_HasANorwegianDescription(string typeName)
    {
        var descriptor = HostRegistry().Find(typeName)!.Descriptor;

        var undescribed = descriptor.Inputs.Where(i => i.IsBrowsable && string.IsNullOrWhiteSpace(i.Description)).Select(i => i.Name).ToList();

        Assert.True(undescribed.Count == 0, $"{typeName}: inputs without a description: {string.Join(", ", undescribed)}");
    }

    [Theory]
    [MemberData(nameof(ActivityTypeNames))]
    public void Descriptor_RequiredInputs_AreMarkedAndNoOthers(string typeName)
    {
        var descriptor = HostRegistry().Find(typeName)!.Descriptor;

        var marked = descriptor.Inputs.Where(i => i.IsRequired).Select(i => i.Name).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(Required.GetValueOrDefault(typeName, []).Order(StringComparer.Ordinal), marked);
    }

    [Theory]
    [MemberData(nameof(ActivityTypeNames))]
    public void Descriptor_EnumChoices_ShowNorwegianTexts(string typeName)
    {
        var type = HostRegistry().Find(typeName)!;

        var untranslated = (
            from input in type.Inputs
            where (Nullable.GetUnderlyingType(input.Property.PropertyType) ?? input.Property.PropertyType).IsEnum
            from item in Items(type.Descriptor.Inputs.Single(i => i.Name == input.Property.Name))
            where item["text"]!.GetValue<string>() == item["value"]!.GetValue<string>() && item["value"]!.GetValue<string>() != "Normal"
            select $"{input.Property.Name}={item["value"]}").ToList();

        Assert.True(untranslated.Count == 0, $"{typeName}: choices shown as their code: {string.Join(", ", untranslated)}");
    }

    [Fact]
    public void Descriptor_UserTaskPriority_ShowsNorwegianTextsAndStoresTheOldValues()
    {
        var priority = HostRegistry().Find("Velferd.UserTask")!.Descriptor.Inputs.Single(i => i.Name == "Priority");

        var items = Items(priority).Select(i => (Text: i["text"]!.GetValue<string>(), Value: i["value"]!.GetValue<string>())).ToList();

        Assert.Equal([("Lav", "Low"), ("Normal", "Normal"), ("Høy", "High"), ("Haster", "Urgent")], items);
        Assert.Equal("Normal", priority.DefaultValue);
    }

    private static IEnumerable<JsonObject> Items(InputDescriptor input) =>
        input.UISpecifications?["dropdown"]?["selectList"]?["items"] is JsonArray items ? items.Select(i => i!.AsObject()) : [];

    private static ActivityRegistry HostRegistry()
    {
        var services = new ServiceCollection();
        services.AddWorkflowCore();
        services.AddWelfareActivities();
        return new ActivityRegistry(services.Where(s => s.ServiceType == typeof(ActivityRegistration)).Select(s => (ActivityRegistration)s.ImplementationInstance!));
    }
}
