using Velferd.Workflows.Core;
using Velferd.Workflows.Testing.Identity;
using Velferd.Workflows.Testing.Welfare;
using Velferd.Workflows.Welfare.Persons;

namespace Velferd.Workflows.Tests.Welfare;

public sealed class PersonRulesTests
{
    private static readonly string Fnr = IdentityNumbers.Fnr(new DateOnly(2014, 5, 10));
    private static readonly string Dnr = IdentityNumbers.Dnr(new DateOnly(2014, 5, 10));

    public static TheoryData<string, PersonInput, string[]> BadPersons => new()
    {
        { "nothing", new PersonInput(), ["child"] },
        { "fnr and dnr", new PersonInput(Fnr: Fnr, Dnr: Dnr), ["child"] },
        { "unborn with fnr", new PersonInput(Fnr: Fnr, Unborn: true, DueDate: new DateOnly(2024, 9, 1)), ["child"] },
        { "unborn without due date", new PersonInput(Unborn: true), ["child.dueDate"] },
        { "due date when born", new PersonInput(Fnr: Fnr, Unborn: false, DueDate: new DateOnly(2024, 9, 1)), ["child.dueDate"] },
        { "bad check digit", new PersonInput(Fnr: IdentityNumbers.WithBadCheckDigit(Fnr)), ["child.fnr"] },
        { "D-number as fnr", new PersonInput(Fnr: Dnr), ["child.fnr"] },
        { "fnr as D-number", new PersonInput(Dnr: Fnr), ["child.dnr"] },
        { "ten digits", new PersonInput(Fnr: Fnr[..10]), ["child.fnr"] },
    };

    [Theory]
    [MemberData(nameof(BadPersons))]
    public void Identify_R56R57_BadPersonIsRefusedOnItsField(string scenario, PersonInput input, string[] fields)
    {
        var errors = new FieldErrors();

        var identity = PersonRules.Identify(input, "child", errors, TestIdentityNumbers.Validator());

        Assert.Null(identity);
        Assert.Equal(fields.Order(), errors.ToDictionary().Keys.Order());
        Assert.False(string.IsNullOrEmpty(scenario));
    }

    [Fact]
    public void Identify_R56_FnrDnrAndUnbornAreTheThreeKinds()
    {
        var errors = new FieldErrors();

        var fnr = PersonRules.Identify(new PersonInput(Fnr: Fnr), "a", errors, TestIdentityNumbers.Validator());
        var dnr = PersonRules.Identify(new PersonInput(Dnr: Dnr), "b", errors, TestIdentityNumbers.Validator());
        var unborn = PersonRules.Identify(new PersonInput(Unborn: true, DueDate: new DateOnly(2024, 9, 1)), "c", errors, TestIdentityNumbers.Validator());

        Assert.True(errors.IsEmpty);
        Assert.Equal(PersonIdentity.OfFnr(Fnr), fnr);
        Assert.Equal(PersonIdentity.OfDnr(Dnr), dnr);
        Assert.Equal(new PersonIdentity(IdentityKind.Unborn, null, new DateOnly(2024, 9, 1)), unborn);
    }

    [Fact]
    public void ToString_NeverShowsTheNumber()
    {
        Assert.DoesNotContain(Fnr, PersonIdentity.OfFnr(Fnr).ToString(), StringComparison.Ordinal);
    }
}
