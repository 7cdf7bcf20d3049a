using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Persons;

namespace Velferd.Workflows.Testing.Welfare;

/// <summary>
/// Builds cases for rule and store tests: an open BTI case at level 2 of team <c>tit-sentrum</c> for a child born
/// 2014-05-10 (Folkeregisteret's date) with two holders of parental responsibility, unless told otherwise.
/// </summary>
public sealed class WelfareCaseBuilder
{
    /// <summary>The instant cases are registered at (Oslo date 2024-03-01).</summary>
    public static readonly DateTimeOffset DefaultNow = new(2024, 3, 1, 15, 0, 0, TimeSpan.Zero);

    /// <summary>The default child's number.</summary>
    public static readonly string ChildNumber = IdentityNumbers.Fnr(new DateOnly(2014, 5, 10));

    /// <summary>The first holder's number (mother).</summary>
    public static readonly string MotherNumber = IdentityNumbers.Fnr(new DateOnly(1985, 5, 10));

    /// <summary>The second holder's number (father).</summary>
    public static readonly string FatherNumber = IdentityNumbers.Fnr(new DateOnly(1983, 2, 1));

    private static int _sequence;

    private WelfareCase _case;

    private WelfareCaseBuilder(DateTimeOffset now)
    {
        var n = Interlocked.Increment(ref _sequence);
        _case = new WelfareCase
        {
            Id = Ids.New(now.AddMilliseconds(n)),
            Municipality = "3201",
            Kind = CaseKind.Bti,
            Level = 2,
            Team = "tit-sentrum",
            Question = "Hvordan kan vi hjelpe?",
            Status = CaseStatus.Open,
            CreatedAt = now,
            CreatedBy = "ola.saksbehandler",
            Child = Person(PersonRole.Child, PersonIdentity.OfFnr(ChildNumber), new DateOnly(2014, 5, 10), now, n * 10),
            Guardians =
            [
                Person(PersonRole.Guardian, PersonIdentity.OfFnr(MotherNumber), new DateOnly(1985, 5, 10), now, (n * 10) + 1),
                Person(PersonRole.Guardian, PersonIdentity.OfFnr(FatherNumber), new DateOnly(1983, 2, 1), now, (n * 10) + 2),
            ],
        };
    }

    /// <summary>Starts a case registered at <paramref name="now"/>.</summary>
    public static WelfareCaseBuilder Open(DateTimeOffset? now = null) => new(now ?? DefaultNow);

    /// <summary>The child's Folkeregisteret birth date.</summary>
    public WelfareCaseBuilder ChildBornOn(DateOnly? birthDate)
    {
        _case = _case with { Child = _case.Child with { BirthDate = birthDate, BirthDateFromRegistry = birthDate is not null } };
        return this;
    }

    /// <summary>An unborn child due on <paramref name="dueDate"/>; the pregnant woman is the one guardian.</summary>
    public WelfareCaseBuilder Unborn(DateOnly dueDate)
    {
        _case = _case with
        {
            Child = _case.Child with { Identity = PersonIdentity.OfUnborn(dueDate), BirthDate = null, BirthDateFromRegistry = false },
            Guardians = [_case.Guardians[0]],
        };
        return this;
    }

    /// <summary>Keeps only the guardians at <paramref name="indexes"/> as holders of parental responsibility.</summary>
    public WelfareCaseBuilder HoldersAre(params int[] indexes)
    {
        _case = _case with { Guardians = [.. _case.Guardians.Select((g, i) => g with { HasParentalResponsibility = indexes.Contains(i) })] };
        return this;
    }

    /// <summary>Changes anything else.</summary>
    public WelfareCaseBuilder With(Func<WelfareCase, WelfareCase> change)
    {
        _case = change(_case);
        return this;
    }

    /// <summary>The case.</summary>
    public WelfareCase Build() => _case;

    private static CasePerson Person(PersonRole role, PersonIdentity identity, DateOnly born, DateTimeOffset now, int n) => new()
    {
        Id = Ids.New(now.AddMilliseconds(n)),
        Role = role,
        Identity = identity,
        Name = role == PersonRole.Child ? "Testbarn" : "Testforelder",
        BirthDate = born,
        BirthDateFromRegistry = true,
        HasParentalResponsibility = role == PersonRole.Guardian,
        RegistryStatus = RegistryStatus.Found,
    };
}
