using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;

namespace WitSharp.Wasi.Tests.Filesystem;

/// <summary>
/// A host thread that keeps swapping <c>swap</c> (in <paramref name="directory"/>) between a real directory holding
/// <c>secret.txt</c> with <paramref name="decoy"/> and a symlink to <paramref name="linkTarget"/>, each swap an
/// atomic rename(2), until disposed: the race between check and open, as an attacker with host access would run it.
/// </summary>
internal sealed class SymlinkSwapper : IDisposable
{
    readonly CancellationTokenSource stop = new();
    readonly Thread thread;
    Exception? failure;
    int swaps;

    public SymlinkSwapper(string directory, string linkTarget, string decoy)
    {
        var swap = Path.Combine(directory, "swap");
        var heldDirectory = Path.Combine(directory, "held-dir");
        var heldLink = Path.Combine(directory, "held-link");
        Directory.CreateDirectory(swap);
        File.WriteAllText(Path.Combine(swap, "secret.txt"), decoy);
        File.CreateSymbolicLink(heldLink, linkTarget);
        thread = new Thread(() =>
        {
            try
            {
                while (!stop.IsCancellationRequested)
                {
                    Rename(swap, heldDirectory);
                    Rename(heldLink, swap);
                    Rename(swap, heldLink);
                    Rename(heldDirectory, swap);
                    swaps++;
                }
            }
            catch (Exception e)
            {
                failure = e;
            }
        }) { IsBackground = true };
        thread.Start();
    }

    /// <summary>Stops the thread and checks that it swapped at least once and never failed.</summary>
    public void Dispose()
    {
        stop.Cancel();
        thread.Join();
        stop.Dispose();
        Assert.Null(failure);
        Assert.True(swaps > 0, "the swapping thread never ran");
    }

    [DllImport("libc", EntryPoint = "rename", SetLastError = true)]
    static extern int RenameNative([MarshalAs(UnmanagedType.LPUTF8Str)] string from, [MarshalAs(UnmanagedType.LPUTF8Str)] string to);

    // File.Move refuses a symlink to a directory (it checks the target's type), so rename(2) directly.
    static void Rename(string from, string to)
    {
        if (RenameNative(from, to) != 0)
            throw new IOException($"rename {from} -> {to}: errno {Marshal.GetLastPInvokeError()}");
    }
}
