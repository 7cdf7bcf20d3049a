namespace Velferd.Workflows.Core.Identity;

/// <summary>Why a value is not a valid identity number. Names the rule broken, never the value.</summary>
public enum IdentityNumberProblem
{
    /// <summary>Empty or missing.</summary>
    Missing,

    /// <summary>Not exactly 11 digits.</summary>
    NotElevenDigits,

    /// <summary>The day or the month is outside the ranges of a fødselsnummer or D-number.</summary>
    InvalidDate,

    /// <summary>A synthetic test number (month + 80), and this system accepts only real numbers.</summary>
    SyntheticNotAllowed,

    /// <summary>A check digit does not match the nine digits before it.</summary>
    CheckDigits,
}
