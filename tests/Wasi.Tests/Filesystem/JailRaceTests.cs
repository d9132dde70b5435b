using System;
using System.IO;
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

    [SkippableTheory]
    [MemberData(nameof(JailResolvers.Both), MemberType = typeof(JailResolvers))]
    public void A_symlink_swapped_in_during_open_never_leads_out(string resolver)
    {
        using var fs = fixture.Open(JailResolvers.Named(resolver));
        var root = fs.GetDirectories()[0].Descriptor;
        int read = 0, refused = 0;
        using (new SymlinkSwapper(fixture.Jail, "../outside", Decoy))
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
        Assert.Equal(Attempts, read + refused);
        Assert.False(File.Exists(Path.Combine(fixture.Outside, "planted.txt")));
        fixture.AssertOutsideUnchanged();
    }
}
