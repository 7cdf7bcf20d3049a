using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Consents;

namespace Velferd.Workflows.Testing.Welfare;

/// <summary>
/// Builds consents for rule and store tests: given by both of the case's guardians as parents to ppt and helse for the
/// categories skole and helse, valid 2024-03-01 to 2025-02-28, scanned, with the child's view.
/// </summary>
public sealed class ConsentBuilder
{
    private static int _sequence;

    private Consent _consent;
    private readonly WelfareCase _case;

    private ConsentBuilder(WelfareCase subject)
    {
        _case = subject;
        var n = Interlocked.Increment(ref _sequence);
        _consent = new Consent
        {
            Id = Ids.New(WelfareCaseBuilder.DefaultNow.AddMilliseconds(n)),
            CaseId = subject.Id,
            Signers = [.. subject.Guardians.Select(g => new ConsentSigner(g.Identity, SignerCapacity.Parent, g.Name))],
            Services = [ConsentServices.Ppt, ConsentServices.Health],
            Categories = [ConsentCategories.School, ConsentCategories.Health],
            Purpose = "Drøfting i tidlig innsatsteam",
            ValidFrom = new DateOnly(2024, 3, 1),
            ValidTo = new DateOnly(2025, 2, 28),
            Method = ConsentMethod.Scanned,
            ChildView = "Jeg vil at skolen og helsesykepleier snakker sammen.",
            RecordedAt = WelfareCaseBuilder.DefaultNow,
            RecordedBy = "ola.saksbehandler",
        };
    }

    /// <summary>Starts a consent on <paramref name="subject"/>.</summary>
    public static ConsentBuilder For(WelfareCase subject) => new(subject);

    /// <summary>Signed only by the guardians at <paramref name="indexes"/>, as parents.</summary>
    public ConsentBuilder SignedByGuardians(params int[] indexes)
    {
        _consent = _consent with { Signers = [.. indexes.Select(i => new ConsentSigner(_case.Guardians[i].Identity, SignerCapacity.Parent, null))] };
        return this;
    }

    /// <summary>Adds the child's own signature (<c>selv</c>).</summary>
    public ConsentBuilder AlsoSignedByChild()
    {
        _consent = _consent with { Signers = [.. _consent.Signers, new ConsentSigner(_case.Child.Identity, SignerCapacity.Self, null)] };
        return this;
    }

    /// <summary>Signed by the child alone.</summary>
    public ConsentBuilder SignedByChildOnly()
    {
        _consent = _consent with { Signers = [new ConsentSigner(_case.Child.Identity, SignerCapacity.Self, null)] };
        return this;
    }

    /// <summary>The services and categories.</summary>
    public ConsentBuilder Covering(string[] services, string[] categories)
    {
        _consent = _consent with { Services = services, Categories = categories };
        return this;
    }

    /// <summary>The validity.</summary>
    public ConsentBuilder Valid(DateOnly from, DateOnly to)
    {
        _consent = _consent with { ValidFrom = from, ValidTo = to };
        return this;
    }

    /// <summary>Changes anything else.</summary>
    public ConsentBuilder With(Func<Consent, Consent> change)
    {
        _consent = change(_consent);
        return this;
    }

    /// <summary>The consent.</summary>
    public Consent Build() => _consent;
}
