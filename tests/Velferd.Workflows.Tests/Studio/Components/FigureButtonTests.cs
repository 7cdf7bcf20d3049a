using Bunit;
using Velferd.Workflows.Studio.Overview;

namespace Velferd.Workflows.Tests.Studio.Components;

public sealed class FigureButtonTests : StudioComponentContext
{
    [Fact]
    public void Render_Zero_IsPlainTextWithNothingToOpen()
    {
        var figure = Render<FigureButton>(p => p.Add(f => f.Count, 0).Add(f => f.Label, "Forfalte oppgaver i tit-sentrum"));

        Assert.Empty(figure.FindAll("button"));
        Assert.Equal("0", figure.Find("span").TextContent);
    }

    [Fact]
    public void Click_AnOverdueFigure_OpensItsTasks_AndReadsAsWhatItCounts()
    {
        var opened = 0;
        var figure = Render<FigureButton>(p => p.Add(f => f.Count, 3).Add(f => f.Bad, true).Add(f => f.Label, "Forfalte oppgaver i tit-sentrum").Add(f => f.OnClick, () => opened++));

        var button = figure.Find("button");
        button.Click();

        Assert.Equal(1, opened);
        Assert.Equal("3: Forfalte oppgaver i tit-sentrum", button.GetAttribute("aria-label"));
        Assert.Contains("velferd-bad", button.ClassList);
    }
}
