using System.Threading.Tasks;
using WitSharp.Wasi.Bindings.Wasi.Io.V0_2_12.Poll;

namespace WitSharp.Wasi.Io;

/// <summary>
/// A <c>pollable</c> that is ready when a task completes (successfully or not: readiness says "the operation will not
/// block", and a failed one reports its error on the next call). Every WASI part makes its pollables from tasks, so
/// <c>poll</c> can wait on many of them without a thread each.
/// </summary>
public class TaskPollable : Pollable
{
    /// <summary>A pollable that is already ready.</summary>
    public static TaskPollable Completed() => new(Task.CompletedTask);

    /// <summary>Creates a pollable ready when <paramref name="task"/> completes.</summary>
    public TaskPollable(Task task) => Task = task ?? throw new System.ArgumentNullException(nameof(task));

    /// <summary>The task whose completion makes this pollable ready.</summary>
    public Task Task { get; }

    /// <inheritdoc />
    public override bool Ready() => Task.IsCompleted;

    /// <inheritdoc />
    public override void Block()
    {
        // Waiting, not observing: a faulted task still means "ready"; its error belongs to the operation it stands for.
        ((System.IAsyncResult)Task).AsyncWaitHandle.WaitOne();
    }
}
