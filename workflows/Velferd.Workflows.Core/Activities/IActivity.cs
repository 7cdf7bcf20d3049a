namespace Velferd.Workflows.Core.Activities;

/// <summary>
/// The runner's view of an activity. Activity authors derive from <see cref="Activity{TInput,TOutput}"/>, which
/// binds typed input records; implementations hold no state between calls (state lives in the context).
/// </summary>
public interface IActivity
{
    /// <summary>Runs the activity when the flow reaches it.</summary>
    ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken);

    /// <summary>Runs when a stimulus resumes a bookmark the activity created.</summary>
    ValueTask<ActivityResult> ResumeAsync(ActivityContext context, CancellationToken cancellationToken);
}
