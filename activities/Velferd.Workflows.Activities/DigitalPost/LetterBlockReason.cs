namespace Velferd.Workflows.Activities.DigitalPost;

/// <summary>Why a letter was not sent.</summary>
public enum LetterBlockReason
{
    /// <summary>Sent; nothing blocked it.</summary>
    None,

    /// <summary>Strictly confidential address and no allowed digital channel .</summary>
    StrictlyConfidentialAddress,

    /// <summary>Folkeregisteret does not know the person .</summary>
    PersonNotFound,

    /// <summary>The person is registered as deceased (R-60: stop letters).</summary>
    Deceased,
}
