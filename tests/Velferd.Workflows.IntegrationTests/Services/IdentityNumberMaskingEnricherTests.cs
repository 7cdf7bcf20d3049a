using Serilog.Events;
using Serilog.Parsing;
using Velferd.Workflows.Host.Logging;
using Velferd.Workflows.Simulator;

namespace Velferd.Workflows.IntegrationTests.Services;

public sealed class IdentityNumberMaskingEnricherTests
{
    [Fact]
    public void Enrich_RequestPathWithAnIdentityNumber_MasksItAndLeavesOtherNumbers()
    {
        var template = new MessageTemplateParser().Parse("HTTP {RequestMethod} {RequestPath} responded {StatusCode}");
        var logEvent = new LogEvent(DateTimeOffset.UnixEpoch, LogEventLevel.Information, null, template,
        [
            new LogEventProperty("RequestMethod", new ScalarValue("GET")),
            new LogEventProperty("RequestPath", new ScalarValue($"/simulator/folkeregisteret/api/v1/personer/{TestPersons.Child}")),
            new LogEventProperty("StatusCode", new ScalarValue(200)),
            new LogEventProperty("WorkflowInstanceId", new ScalarValue("0196a7b3c2d14e5f8a9b0c1d2e3f4a5b")),
            new LogEventProperty("Ticks", new ScalarValue("123456789012")),
        ]);

        new IdentityNumberMaskingEnricher().Enrich(logEvent, null!);

        var rendered = logEvent.RenderMessage();
        Assert.Equal("HTTP \"GET\" \"/simulator/folkeregisteret/api/v1/personer/***********\" responded 200", rendered);
        Assert.Equal("\"0196a7b3c2d14e5f8a9b0c1d2e3f4a5b\"", logEvent.Properties["WorkflowInstanceId"].ToString());
        Assert.Equal("\"123456789012\"", logEvent.Properties["Ticks"].ToString());
    }
}
