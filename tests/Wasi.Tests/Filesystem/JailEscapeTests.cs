using System;
using System.IO;
using WitSharp.Wasi.Filesystem;

namespace WitSharp.Wasi.Tests.Filesystem;

/// <summary>
/// Every way out of a preopen is refused with <c>not-permitted</c> (what Wasmtime answers), is recorded as a refusal,
/// and leaves the sentinel directory beside the jail exactly as it was.
/// </summary>
public sealed class JailEscapeTests : IDisposable
{
    readonly JailFixture fixture = new();

    public void Dispose() => fixture.Dispose();

    [SkippableTheory]
    [InlineData("openat2", "../outside/secret.txt")]
    [InlineData("walk", "../outside/secret.txt")]
    [InlineData("openat2", "sub/../../outside/secret.txt")]
    [InlineData("walk", "sub/../../outside/secret.txt")]
    [InlineData("openat2", "..")]
    [InlineData("walk", "..")]
    [InlineData("openat2", "/etc/passwd")]
    [InlineData("walk", "/etc/passwd")]
    [InlineData("openat2", "link-out-abs")]
    [InlineData("walk", "link-out-abs")]
    [InlineData("openat2", "link-out-rel")]
    [InlineData("walk", "link-out-rel")]
    [InlineData("openat2", "link-out-dir/secret.txt")]
    [InlineData("walk", "link-out-dir/secret.txt")]
    [InlineData("openat2", "link-out-root/etc/passwd")]
    [InlineData("walk", "link-out-root/etc/passwd")]
    [InlineData("openat2", "sub/link-up-out")]
    [InlineData("walk", "sub/link-up-out")]
    [InlineData("openat2", "link-dir-in/../../outside/secret.txt")]
    [InlineData("walk", "link-dir-in/../../outside/secret.txt")]
    public void Reading_a_path_out_of_the_jail_is_not_permitted(string resolver, string path)
    {
        using var fs = fixture.Open(JailResolvers.Named(resolver));
        var root = fs.GetDirectories()[0].Descriptor;
        var error = Assert.Throws<FilesystemException>(() =>
            root.OpenAt(PathFlags.SymlinkFollow, path, OpenFlags.None, DescriptorFlags.Read));
        Assert.Equal(FilesystemErrorCode.NotPermitted, error.Code);
        Assert.True(error.IsEscape);
        Assert.Contains(fs.Refusals, r => r.Operation == "open-at");
        Assert.Equal(0, fs.OpenHandles);
        fixture.AssertOutsideUnchanged();
    }

    [SkippableTheory]
    [MemberData(nameof(JailResolvers.Both), MemberType = typeof(JailResolvers))]
    public void No_change_reaches_outside_through_any_operation(string resolver)
    {
        using var fs = fixture.Open(JailResolvers.Named(resolver));
        var root = fs.GetDirectories()[0].Descriptor;
        Action[] attempts =
        [
            () => root.OpenAt(PathFlags.None, "../outside/new.txt", OpenFlags.Create, DescriptorFlags.Write),
            () => root.OpenAt(PathFlags.SymlinkFollow, "link-out-dir/new.txt", OpenFlags.Create, DescriptorFlags.Write),
            () => root.OpenAt(PathFlags.SymlinkFollow, "link-out-rel", OpenFlags.Truncate, DescriptorFlags.Write),
            () => root.CreateDirectoryAt("../outside/made"),
            () => root.CreateDirectoryAt("link-out-dir/made"),
            () => root.UnlinkFileAt("link-out-dir/secret.txt"),
            () => root.UnlinkFileAt("../outside/secret.txt"),
            () => root.RemoveDirectoryAt("../outside"),
            () => root.RenameAt("file.txt", root, "../outside/moved.txt"),
            () => root.RenameAt("link-out-dir/secret.txt", root, "stolen.txt"),
            () => root.LinkAt(PathFlags.None, "link-out-dir/secret.txt", root, "hard.txt"),
            () => root.SymlinkAt("/etc/passwd", "abs-link"),
            () => root.SymlinkAt("../outside/secret.txt", "rel-link"),
            () => root.SymlinkAt("sub/../../outside", "sneaky-link"),
            () => root.SetTimesAt(PathFlags.SymlinkFollow, "link-out-rel", NewTimestamp.Now, NewTimestamp.Now),
            () => root.SetTimesAt(PathFlags.None, "link-out-dir/secret.txt", NewTimestamp.Now, NewTimestamp.Now),
            () => root.StatAt(PathFlags.SymlinkFollow, "link-out-abs"),
            () => root.StatAt(PathFlags.None, "../outside"),
            () => root.MetadataHashAt(PathFlags.SymlinkFollow, "link-out-rel"),
            () => root.ReadlinkAt("link-out-dir/"),
        ];
        for (var i = 0; i < attempts.Length; i++)
        {
            var error = Assert.Throws<FilesystemException>(attempts[i]);
            Assert.True(error.Code == FilesystemErrorCode.NotPermitted, $"attempt {i}: {error.Message}");
        }
        Assert.Equal(16, fs.Refusals.Count); // the first 16 are kept
        Assert.False(File.Exists(Path.Combine(fixture.Jail, "abs-link")));
        Assert.False(File.Exists(Path.Combine(fixture.Jail, "stolen.txt")));
        Assert.True(File.Exists(Path.Combine(fixture.Jail, "file.txt")));
        fixture.AssertOutsideUnchanged();
    }

    [SkippableTheory]
    [MemberData(nameof(JailResolvers.Both), MemberType = typeof(JailResolvers))]
    public void Symlinks_that_stay_inside_are_followed(string resolver)
    {
        using var fs = fixture.Open(JailResolvers.Named(resolver));
        var root = fs.GetDirectories()[0].Descriptor;
        using (var inner = root.OpenAt(PathFlags.SymlinkFollow, "link-in", OpenFlags.None, DescriptorFlags.Read))
            Assert.Equal("inner", JailFixture.Text(inner.Read(100, 0).Data));
        using (var up = root.OpenAt(PathFlags.SymlinkFollow, "link-dir-in/link-up", OpenFlags.None, DescriptorFlags.Read))
            Assert.Equal("inside", JailFixture.Text(up.Read(100, 0).Data));
        using (var back = root.OpenAt(PathFlags.None, "sub/../file.txt", OpenFlags.None, DescriptorFlags.Read))
            Assert.Equal("inside", JailFixture.Text(back.Read(100, 0).Data));
        // Not following: the link itself is no file to read.
        var refused = Assert.Throws<FilesystemException>(() =>
            root.OpenAt(PathFlags.None, "link-in", OpenFlags.None, DescriptorFlags.Read));
        Assert.Equal(FilesystemErrorCode.Loop, refused.Code);
        Assert.Equal(DescriptorType.SymbolicLink, root.StatAt(PathFlags.None, "link-out-abs").Type);
        Assert.Equal("../outside", root.ReadlinkAt("link-out-dir"));
        var loop = Assert.Throws<FilesystemException>(() =>
            root.OpenAt(PathFlags.SymlinkFollow, "loop-a", OpenFlags.None, DescriptorFlags.Read));
        Assert.Equal(FilesystemErrorCode.Loop, loop.Code);
        Assert.Empty(fs.Refusals);
    }

    [SkippableTheory]
    [MemberData(nameof(JailResolvers.Both), MemberType = typeof(JailResolvers))]
    public void A_subdirectory_descriptor_is_jailed_to_the_preopen_not_to_itself(string resolver)
    {
        using var fs = fixture.Open(JailResolvers.Named(resolver));
        var root = fs.GetDirectories()[0].Descriptor;
        using var sub = root.OpenAt(PathFlags.None, "sub", OpenFlags.Directory, DescriptorFlags.Read);
        Assert.True(sub.IsDirectory);
        var error = Assert.Throws<FilesystemException>(() =>
            sub.OpenAt(PathFlags.None, "../../outside/secret.txt", OpenFlags.None, DescriptorFlags.Read));
        Assert.Equal(FilesystemErrorCode.NotPermitted, error.Code);
        // A link inside the preopen that climbs out of the subdirectory but not out of the preopen may be made.
        sub.SymlinkAt("../file.txt", "to-file");
        Assert.Equal("../file.txt", new FileInfo(Path.Combine(fixture.Jail, "sub", "to-file")).LinkTarget);
        fixture.AssertOutsideUnchanged();
    }

    [SkippableTheory]
    [MemberData(nameof(JailResolvers.Both), MemberType = typeof(JailResolvers))]
    public void Malformed_paths_get_their_own_errors(string resolver)
    {
        using var fs = fixture.Open(JailResolvers.Named(resolver));
        var root = fs.GetDirectories()[0].Descriptor;
        Assert.Equal(FilesystemErrorCode.Invalid, Assert.Throws<FilesystemException>(() =>
            root.OpenAt(PathFlags.None, "file.txt\0/../../outside/secret.txt", OpenFlags.None, DescriptorFlags.Read)).Code);
        Assert.Equal(FilesystemErrorCode.NoEntry, Assert.Throws<FilesystemException>(() =>
            root.OpenAt(PathFlags.None, "", OpenFlags.None, DescriptorFlags.Read)).Code);
        Assert.Equal(FilesystemErrorCode.NotDirectory, Assert.Throws<FilesystemException>(() =>
            root.OpenAt(PathFlags.None, "file.txt/", OpenFlags.None, DescriptorFlags.Read)).Code);
        Assert.Equal(FilesystemErrorCode.NoEntry, Assert.Throws<FilesystemException>(() =>
            root.OpenAt(PathFlags.None, "missing/x", OpenFlags.None, DescriptorFlags.Read)).Code);
    }

    [SkippableFact]
    public void The_kernel_here_offers_openat2()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "openat2 is a Linux system call");
        var release = Environment.OSVersion.Version;
        Skip.If(release < new Version(5, 6), $"Linux {release} predates openat2 (5.6)");
        Assert.True(JailResolver.Default.UsesOpenat2, $"Linux {release} should offer openat2 unless a seccomp filter hides it");
    }
}
