using Velferd.Workflows.Studio;

namespace Velferd.Workflows.Tests.Architecture;

public sealed class StudioDependencyTests
{
    [Fact]
    public void Studio_ReferencesNoProjectOfTheEngine_SoItChangesCasesOnlyThroughTheApi()
    {
        var references = typeof(StudioServiceCollectionExtensions).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(references, name => name.StartsWith("Velferd.Workflows.", StringComparison.Ordinal) && name != "Velferd.Workflows.Api.Contracts");
        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
        Assert.Contains("MudBlazor", references);
    }
}
