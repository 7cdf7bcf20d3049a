namespace Velferd.Workflows.Simulator;

/// <summary>The seeded test persons, one per case the services must handle.</summary>
public static class TestPersons
{
    /// <summary>Mother: active in KRR with a digital mailbox (letters go digital).</summary>
    public const string Mother = "10858540068";

    /// <summary>Father: reserved in KRR (letters go to print).</summary>
    public const string ReservedFather = "02917941044";

    /// <summary>Strictly confidential address, not in KRR (printed letters blocked).</summary>
    public const string StrictlyConfidential = "20819042013";

    /// <summary>
    /// The home address Folkeregisteret gives for <see cref="StrictlyConfidential"/> (the simulator answers it as for
    /// anyone, so tests can show the host never lets it out: R-63).
    /// </summary>
    public const string StrictlyConfidentialStreet = "Skjulestien 13 B";

    /// <summary>A child of <see cref="Mother"/> and <see cref="ReservedFather"/>.</summary>
    public const string Child = "14831650010";

    /// <summary>A newborn of <see cref="Mother"/> (born 2024-06-01).</summary>
    public const string Newborn = "01862451054";

    /// <summary>The twin of <see cref="Newborn"/>, born the same day to <see cref="Mother"/>.</summary>
    public const string NewbornTwin = "01862451135";

    /// <summary>
    /// A young adult (born 2006-09-15, 18 on 2024-09-15) in KRR with a digital mailbox: a care measure ending at 18
    /// sends her the vedtak by digital post (AS-17).
    /// </summary>
    public const string YoungAdult = "15890650071";

    /// <summary>A deceased person.</summary>
    public const string Deceased = "07875043018";

    /// <summary>Deleted from KRR (not active: letters go to print).</summary>
    public const string DeletedFromKrr = "15888844098";

    /// <summary>A valid synthetic number the simulator does not know (Folkeregisteret answers 404).</summary>
    public const string Unknown = "01818512345";

    /// <summary>Everyone, keyed by number.</summary>
    public static IReadOnlyDictionary<string, TestPerson> All { get; } = new[]
    {
        new TestPerson(Mother, "1985-05-10", "ugradert", null, "AKTIV", false, true, [], "Storgata 10"),
        new TestPerson(ReservedFather, "1979-11-02", "ugradert", null, "AKTIV", true, false, []),
        new TestPerson(StrictlyConfidential, "1990-01-20", "strengtFortrolig", null, "IKKE_REGISTRERT", false, false, [], StrictlyConfidentialStreet),
        new TestPerson(Child, "2016-03-14", "ugradert", null, "IKKE_REGISTRERT", false, false, [Mother, ReservedFather]),
        new TestPerson(Newborn, "2024-06-01", "ugradert", null, "IKKE_REGISTRERT", false, false, [Mother]),
        new TestPerson(NewbornTwin, "2024-06-01", "ugradert", null, "IKKE_REGISTRERT", false, false, [Mother]),
        new TestPerson(YoungAdult, "2006-09-15", "ugradert", null, "AKTIV", false, true, []),
        new TestPerson(Deceased, "1950-07-07", "ugradert", "2023-01-05", "SLETTET", false, false, []),
        new TestPerson(DeletedFromKrr, "1988-08-15", "ugradert", null, "SLETTET", false, false, []),
    }.ToDictionary(p => p.IdentityNumber, StringComparer.Ordinal);
}
