namespace Velferd.Workflows.Core.HumanTasks;

/// <summary>Inbox orders; each is a keyset order ending in the task id, so paging is stable.</summary>
public enum HumanTaskSort
{
    /// <summary>Soonest due first; tasks without a due instant last.</summary>
    Due,

    /// <summary>Most urgent first, then soonest due.</summary>
    Priority,

    /// <summary>Newest first.</summary>
    Newest,
}
