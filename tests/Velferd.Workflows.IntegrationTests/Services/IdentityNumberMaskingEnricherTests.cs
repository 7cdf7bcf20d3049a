using Serilog.Events;
using Serilog.Formatting.Display;
using Serilog.Parsing;
using Velferd.Workflows.Host.Logging;
using Velferd.Workflows.Simulator;

namespace Velferd.Workflows.IntegrationTests.Services;

public sealed class IdentityNumberMaskingEnricherTests
{
    private static readonly MessageTemplateParser Parser = new();

    [Fact]
    public void Enrich_RequestPathWithAnIdentityNumber_MasksItAndLeavesOtherNumbers()
    {
        var logEvent = Event("HTTP {RequestMethod} {RequestPath} responded {StatusCode}",
            ("RequestMethod", new ScalarValue("GET")),
            ("RequestPath", new ScalarValue($"/simulator/folkeregisteret/api/v1/personer/{TestPersons.Child}")),
            ("StatusCode", new ScalarValue(200)),
            ("WorkflowInstanceId", new ScalarValue("0196a7b3c2d14e5f8a9b0c1d2e3f4a5b")),
            ("Ticks", new ScalarValue("123456789012")));

        new IdentityNumberMaskingEnricher().Enrich(logEvent, null!);

        var rendered = logEvent.RenderMessage();
        Assert.Equal("HTTP \"GET\" \"/simulator/folkeregisteret/api/v1/personer/***********\" responded 200", rendered);
        Assert.Equal("\"0196a7b3c2d14e5f8a9b0c1d2e3f4a5b\"", logEvent.Properties["WorkflowInstanceId"].ToString());
        Assert.Equal("\"123456789012\"", logEvent.Properties["Ticks"].ToString());
    }

    [Theory]
    [InlineData("d7f3a14831650010b2c9")]
    [InlineData("inst_14831650010")]
    [InlineData("20261205123")]
    [InlineData("99999999999")]
    public void Enrich_ElevenDigitsInsideAnIdOrNotADate_StaysAsIs(string id)
    {
        var logEvent = Event("Resumed {InstanceId}", ("InstanceId", new ScalarValue(id)));

        new IdentityNumberMaskingEnricher().Enrich(logEvent, null!);

        Assert.Equal($"\"{id}\"", logEvent.Properties["InstanceId"].ToString());
    }

    [Fact]
    public void Enrich_NumberLoggedAsANumberOrInsideAStructure_IsMasked()
    {
        var logEvent = Event("Looked up {Person} in {Request}",
            ("Person", new ScalarValue(long.Parse(TestPersons.Newborn, System.Globalization.CultureInfo.InvariantCulture))),
            ("Request", new StructureValue([new LogEventProperty("Ident", new ScalarValue(TestPersons.Mother)), new LogEventProperty("Attempt", new ScalarValue(2))])),
            ("Batch", new SequenceValue([new ScalarValue(TestPersons.Child), new ScalarValue("ok")])));

        new IdentityNumberMaskingEnricher().Enrich(logEvent, null!);

        var all = string.Join(" ", logEvent.Properties.Values.Select(v => v.ToString()));
        Assert.DoesNotContain(TestPersons.Mother, all, StringComparison.Ordinal);
        Assert.DoesNotContain(TestPersons.Child, all, StringComparison.Ordinal);
        Assert.DoesNotContain(TestPersons.Newborn[1..], all, StringComparison.Ordinal);
        Assert.Contains("Attempt: 2", all, StringComparison.Ordinal);
    }

    [Fact]
    public void MaskingTextFormatter_ExceptionQuotingANumber_WritesTheLineWithTheNumberMasked()
    {
        var failure = new InvalidOperationException($"Duplicate key value violates unique constraint: (fnr)=({TestPersons.Mother})");
        var logEvent = new LogEvent(DateTimeOffset.UnixEpoch, LogEventLevel.Error, failure, Parser.Parse("Could not store the person"), []);
        var formatter = new MaskingTextFormatter(new MessageTemplateTextFormatter("{Message:lj}{NewLine}{Exception}"));
        using var output = new StringWriter();

        formatter.Format(logEvent, output);

        Assert.Contains("Could not store the person", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("(fnr)=(***********)", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(TestPersons.Mother, output.ToString(), StringComparison.Ordinal);
    }

    private static LogEvent Event(string template, params (string Name, LogEventPropertyValue Value)[] properties) =>
        new(DateTimeOffset.UnixEpoch, LogEventLevel.Information, null, Parser.Parse(template),
            [.. properties.Select(p => new LogEventProperty(p.Name, p.Value))]);
}
