using Velferd.Workflows.Core.Activities;

namespace Velferd.Workflows.Activities.YouthTeamTopics;

/// <summary>Input of the Ungdomsteam topic activities: which topic.</summary>
public sealed record YouthTeamTopicInput
{
    /// <summary>The topic; empty means the instance's correlation id, which is the topic id.</summary>
    [Input(DisplayName = "Tema-id", Description = "Temaet det gjelder. Tomt = instansens korrelasjons-id, som er tema-id-en.", Order = 0)]
    public string? TopicId { get; init; }
}
