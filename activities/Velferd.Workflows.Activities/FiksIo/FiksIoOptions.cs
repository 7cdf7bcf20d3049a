using System.ComponentModel.DataAnnotations;

namespace Velferd.Workflows.Activities.FiksIo;

/// <summary>Our Fiks IO account and how the receiver polls it; the endpoint itself is <c>Services:FiksIo</c>.</summary>
public sealed class FiksIoOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "FiksIo";

    /// <summary>The municipality's Fiks IO account id (kontoId).</summary>
    [Required]
    public string AccountId { get; set; } = "velferd-konto";

    /// <summary>False leaves receiving to another node (or to tests that drive the receiver themselves).</summary>
    public bool ReceiveEnabled { get; set; } = true;

    /// <summary>How often the receiver asks for new messages.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);
}
