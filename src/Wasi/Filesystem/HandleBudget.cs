using System.Threading;

namespace WitSharp.Wasi.Filesystem;

/// <summary>
/// Counts the descriptors and directory streams one instance holds open, so a guest cannot exhaust the host's
/// descriptor table. A preopen's root is not counted (the host chose it).
/// </summary>
internal sealed class HandleBudget(int limit)
{
    int open;

    public int Limit { get; } = limit;

    public int Open => Volatile.Read(ref open);

    /// <summary>Takes a slot or throws <c>insufficient-memory</c> (the WIT has no "too many open files").</summary>
    public void Take(string operation, string path)
    {
        if (Interlocked.Increment(ref open) <= Limit)
            return;
        Interlocked.Decrement(ref open);
        throw new FilesystemException(FilesystemErrorCode.InsufficientMemory,
            $"{operation} '{path}': the instance already holds {Limit} open files and directories (its limit)");
    }

    public void Release() => Interlocked.Decrement(ref open);
}
