using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;
using WitSharp.Wasi.Filesystem;

namespace WitSharp.Wasi.Tests.Filesystem;

/// <summary>
/// The race between check and open: a host thread keeps swapping <c>swap</c> between a real directory inside the
/// jail and a symlink to the sentinel directory outside, while the guest side opens, creates and removes through it.
/// Nothing outside may ever be read or changed, whatever the interleaving.
/// </summary>
public sealed class JailRaceTests : IDisposable
{
    const int Attempts = 3000;
    const string Decoy = "decoy inside the jail";

    readonly JailFixture fixture = new();

    public void Dispose() => fixture.Dispose();

    [DllImport("libc", EntryPoint = "rename", SetLastError = true)]
    static extern int RenameNative([MarshalAs(UnmanagedType.LPUTF8Str)] string from, [MarshalAs(UnmanagedType.LPUTF8Str)] string to);

    static void Rename(string from, string to)
    {
        if (RenameNative(from, to) != 0)
            throw new IOException($"rename {from} -> {to}: errno {Marshal.GetLastPInvokeError()}");
    }

    [SkippableTheory]
    [MemberData(nameof(JailResolvers.Both), MemberType = typeof(JailResolvers))]
    public void A_symlink_swapped_in_during_open_never_leads_out(string resolver)
    {
        using var fs = fixture.Open(JailResolvers.Named(resolver));
        var root = fs.GetDirectories()[0].Descriptor;
        var swap = Path.Combine(fixture.Jail, "swap");
        var heldDirectory = Path.Combine(fixture.Jail, "held-dir");
        var heldLink = Path.Combine(fixture.Jail, "held-link");
        Directory.CreateDirectory(swap);
        File.WriteAllText(Path.Combine(swap, "secret.txt"), Decoy);
        File.CreateSymbolicLink(heldLink, "../outside");

        using var stop = new CancellationTokenSource();
        var swaps = 0;
        Exception? swapFailure = null;
        var swapper = new Thread(() =>
        {
            // Each rename(2) is atomic: "swap" is always either the directory or the link. (File.Move won't move a
            // symlink to a directory: it checks the target's type first.)
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
                swapFailure = e;
            }
        }) { IsBackground = true };
        swapper.Start();

        int read = 0, refused = 0;
        try
        {
            for (var i = 0; i < Attempts; i++)
            {
                try
                {
                    using var file = root.OpenAt(PathFlags.SymlinkFollow, "swap/secret.txt", OpenFlags.None, DescriptorFlags.Read);
                    var text = JailFixture.Text(file.Read(1000, 0).Data);
                    Assert.NotEqual(JailFixture.SecretText, text);
                    Assert.True(text.Length == 0 || text == Decoy, text); // empty: caught between re-create and write
                    read++;
                }
                catch (FilesystemException e) when (e.Code is FilesystemErrorCode.NotPermitted or FilesystemErrorCode.NoEntry)
                {
                    refused++;
                }
                try
                {
                    root.OpenAt(PathFlags.SymlinkFollow, "swap/planted.txt", OpenFlags.Create, DescriptorFlags.Write).Dispose();
                    root.UnlinkFileAt("swap/secret.txt");
                    // Put the decoy back through the jail too (a host write would follow the link out itself).
                    using var again = root.OpenAt(PathFlags.SymlinkFollow, "swap/secret.txt", OpenFlags.Create, DescriptorFlags.Write);
                    again.Write(System.Text.Encoding.UTF8.GetBytes(Decoy), 0);
                }
                catch (Exception e) when (e is FilesystemException or IOException)
                {
                    // Refused (the link was in place) or the directory moved under us: both fine, as long as outside holds.
                }
            }
        }
        finally
        {
            stop.Cancel();
            swapper.Join();
        }
        Assert.Null(swapFailure);
        Assert.True(swaps > 0, "the swapping thread never ran");
        Assert.Equal(Attempts, read + refused);
        Assert.False(File.Exists(Path.Combine(fixture.Outside, "planted.txt")));
        fixture.AssertOutsideUnchanged();
    }
}
