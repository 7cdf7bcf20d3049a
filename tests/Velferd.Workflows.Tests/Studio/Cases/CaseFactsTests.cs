using MudBlazor;
using Velferd.Workflows.Studio.Cases;
using Velferd.Workflows.Studio.HostApi;

namespace Velferd.Workflows.Tests.Studio.Cases;

public sealed class CaseFactsTests
{
    [Fact]
    public void Person_ABornChild_NameNumberAndAge()
    {
        var child = new CasePersonAnswer("Kari Testbarn", "14031612345", null, false, null, 10, "ugradert", "folkeregisteret");

        Assert.Equal("Kari Testbarn, 14031612345, 10 år", CaseFacts.Person(child));
    }

    [Fact]
    public void Person_AProtectedPersonTheHostLeftTheNumberOff_SaysAdressebeskyttetAndNothingMore()
    {
        var protectedPerson = new CasePersonAnswer(null, null, null, false, null, null, "strengtFortrolig", "folkeregisteret");

        Assert.Equal("Adressebeskyttet", CaseFacts.Person(protectedPerson));
    }

    [Fact]
    public void Person_AnUnbornChild_ShowsTheDueDateInsteadOfANumber()
    {
        var unborn = new CasePersonAnswer(null, null, null, true, new DateOnly(2027, 2, 3), null, "ugradert", "ingen");

        Assert.Equal("Ufødt, termin 03.02.2027", CaseFacts.Person(unborn));
    }

    [Theory]
    [InlineData("GYLDIG", Color.Success)]
    [InlineData("DELVIS", Color.Warning)]
    [InlineData("TRUKKET", Color.Error)]
    [InlineData("MANGLER", Color.Error)]
    public void ConsentColor_ByStatus(string status, Color expected) => Assert.Equal(expected, CaseFacts.ConsentColor(status));
}
