using Velferd.Workflows.Core;

namespace Velferd.Workflows.Tests.Architecture;

public sealed class CoreDependencyTests
{
    [Fact]
    public void Core_ReferencesNoInfrastructure()
    {
        string[] denied = ["Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Quartz", "Serilog", "MudBlazor", "Npgsql", "Velferd.Workflows.Persistence", "Velferd.Workflows.Scheduling", "Velferd.Workflows.Activities", "Velferd.Workflows.Host"];

        var references = typeof(WorkflowJson).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(references, name => denied.Any(d => name.StartsWith(d, StringComparison.Ordinal)));
        Assert.Contains("Jint", references);
    }
}
