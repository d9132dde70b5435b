using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using WitSharp.Wasi.Filesystem;

namespace WitSharp.Wasi.Tests.Filesystem;

/// <summary>The descriptor's operations inside a writable preopen, checked against the host file system.</summary>
public sealed class DescriptorOperationTests : IDisposable
{
    readonly JailFixture fixture = new();

    public void Dispose() => fixture.Dispose();

    [SkippableTheory]
    [MemberData(nameof(JailResolvers.Both), MemberType = typeof(JailResolvers))]
    public void Create_write_read_stat_rename_and_remove(string resolver)
    {
        using var fs = fixture.Open(JailResolvers.Named(resolver));
        var root = fs.GetDirectories()[0].Descriptor;
        root.CreateDirectoryAt("made");
        using (var created = root.OpenAt(PathFlags.None, "made/a.txt", OpenFlags.Create | OpenFlags.Exclusive, DescriptorFlags.Write))
        {
            Assert.Equal(5ul, created.Write("hello"u8, 0));
            Assert.Equal(6ul, created.Write(" world"u8, 5));
            Assert.Equal(DescriptorFlags.Write, created.GetFlags());
            using (var append = created.OpenAppendStream())
                append.Write("!"u8);
            var stat = created.Stat();
            Assert.Equal(DescriptorType.RegularFile, stat.Type);
            Assert.Equal(12ul, stat.Size);
            Assert.Equal(1ul, stat.LinkCount);
            Assert.NotNull(stat.DataModificationTimestamp);
        }
        Assert.Equal("hello world!", File.ReadAllText(Path.Combine(fixture.Jail, "made", "a.txt")));
        Assert.Equal(FilesystemErrorCode.Exist, Assert.Throws<FilesystemException>(() =>
            root.OpenAt(PathFlags.None, "made/a.txt", OpenFlags.Create | OpenFlags.Exclusive, DescriptorFlags.Write)).Code);

        using (var reader = root.OpenAt(PathFlags.None, "made/a.txt", OpenFlags.None, DescriptorFlags.Read))
        {
            Assert.Equal("world!", JailFixture.Text(reader.Read(100, 6).Data));
            Assert.True(reader.Read(100, 12).EndOfFile);
            using var stream = reader.OpenReadStream(6);
            Assert.Equal("world!", new StreamReader(stream).ReadToEnd());
            Assert.Equal(FilesystemErrorCode.BadDescriptor, Assert.Throws<FilesystemException>(() => reader.Write("x"u8, 0)).Code);
        }

        root.RenameAt("made/a.txt", root, "b.txt");
        Assert.False(File.Exists(Path.Combine(fixture.Jail, "made", "a.txt")));
        Assert.Equal("hello world!", File.ReadAllText(Path.Combine(fixture.Jail, "b.txt")));
        Assert.Equal(FilesystemErrorCode.NotEmpty, Assert.Throws<FilesystemException>(() => root.RemoveDirectoryAt("sub")).Code);
        Assert.Equal(FilesystemErrorCode.IsDirectory, Assert.Throws<FilesystemException>(() => root.UnlinkFileAt("made")).Code);
        root.RemoveDirectoryAt("made");
        root.UnlinkFileAt("b.txt");
        root.UnlinkFileAt("link-out-abs"); // removes the link, never its target
        Assert.False(Directory.Exists(Path.Combine(fixture.Jail, "made")));
        Assert.False(File.Exists(Path.Combine(fixture.Jail, "b.txt")));
        Assert.Equal(0, fs.OpenHandles);
        fixture.AssertOutsideUnchanged();
    }

    [SkippableTheory]
    [MemberData(nameof(JailResolvers.Both), MemberType = typeof(JailResolvers))]
    public void Read_directory_lists_entries_with_their_types(string resolver)
    {
        using var fs = fixture.Open(JailResolvers.Named(resolver));
        var root = fs.GetDirectories()[0].Descriptor;
        var entries = new List<DirectoryEntry>();
        using (var stream = root.ReadDirectory())
        {
            Assert.Equal(1, fs.OpenHandles);
            while (stream.ReadNext() is { } entry)
                entries.Add(entry);
        }
        var expected = new DirectoryInfo(fixture.Jail).EnumerateFileSystemInfos().Select(i => i.Name).Order(StringComparer.Ordinal);
        Assert.Equal(expected, entries.Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Equal(DescriptorType.Directory, entries.Single(e => e.Name == "sub").Type);
        Assert.Equal(DescriptorType.RegularFile, entries.Single(e => e.Name == "file.txt").Type);
        Assert.Equal(DescriptorType.SymbolicLink, entries.Single(e => e.Name == "link-out-dir").Type);
        Assert.Equal(0, fs.OpenHandles);
        using var file = root.OpenAt(PathFlags.None, "file.txt", OpenFlags.None, DescriptorFlags.Read);
        Assert.Equal(FilesystemErrorCode.NotDirectory, Assert.Throws<FilesystemException>(() => file.ReadDirectory()).Code);
    }

    [SkippableTheory]
    [MemberData(nameof(JailResolvers.Both), MemberType = typeof(JailResolvers))]
    public void Times_size_links_and_identity(string resolver)
    {
        using var fs = fixture.Open(JailResolvers.Named(resolver));
        var root = fs.GetDirectories()[0].Descriptor;
        var when = new FileTimestamp(1_000_000_000, 500);
        root.SetTimesAt(PathFlags.None, "file.txt", NewTimestamp.At(when), NewTimestamp.At(when));
        Assert.Equal(when, root.StatAt(PathFlags.None, "file.txt").DataModificationTimestamp);
        root.SetTimesAt(PathFlags.SymlinkFollow, "sub/link-up", NewTimestamp.NoChange, NewTimestamp.At(new FileTimestamp(2_000_000_000, 0)));
        Assert.Equal(2_000_000_000ul, root.StatAt(PathFlags.None, "file.txt").DataModificationTimestamp!.Value.Seconds);
        Assert.Equal(when, root.StatAt(PathFlags.None, "file.txt").DataAccessTimestamp);

        using var file = root.OpenAt(PathFlags.None, "file.txt", OpenFlags.None, DescriptorFlags.Read | DescriptorFlags.Write);
        file.SetSize(2);
        Assert.Equal("in", File.ReadAllText(Path.Combine(fixture.Jail, "file.txt")));
        root.LinkAt(PathFlags.None, "file.txt", root, "hard.txt");
        Assert.Equal(2ul, file.Stat().LinkCount);
        using var same = root.OpenAt(PathFlags.None, "hard.txt", OpenFlags.None, DescriptorFlags.Read);
        using var followed = root.OpenAt(PathFlags.SymlinkFollow, "sub/link-up", OpenFlags.None, DescriptorFlags.Read);
        Assert.True(file.IsSameObject(same));
        Assert.True(file.IsSameObject(followed));
        Assert.False(file.IsSameObject(root));
        Assert.Equal(file.MetadataHash(), root.MetadataHashAt(PathFlags.SymlinkFollow, "sub/link-up"));
        Assert.NotEqual(file.MetadataHash(), root.MetadataHashAt(PathFlags.None, "sub/link-up"));
        file.Advise(0, 0, Advice.Sequential);
        file.Sync();
        file.SyncData();
        root.SymlinkAt("file.txt", "made-link");
        Assert.Equal("file.txt", root.ReadlinkAt("made-link"));
        Assert.Equal(DescriptorType.Directory, root.GetDescriptorType());
        Assert.Equal(DescriptorType.RegularFile, file.GetDescriptorType());
    }

    [SkippableTheory]
    [MemberData(nameof(JailResolvers.Both), MemberType = typeof(JailResolvers))]
    public void The_open_handle_limit_holds(string resolver)
    {
        using var fs = fixture.Open(JailResolvers.Named(resolver), maxOpenHandles: 2);
        var root = fs.GetDirectories()[0].Descriptor;
        var first = root.OpenAt(PathFlags.None, "file.txt", OpenFlags.None, DescriptorFlags.Read);
        using var second = root.OpenAt(PathFlags.None, "sub", OpenFlags.None, DescriptorFlags.Read);
        var error = Assert.Throws<FilesystemException>(() => root.OpenAt(PathFlags.None, "file.txt", OpenFlags.None, DescriptorFlags.Read));
        Assert.Equal(FilesystemErrorCode.InsufficientMemory, error.Code);
        Assert.Equal(FilesystemErrorCode.InsufficientMemory, Assert.Throws<FilesystemException>(() => root.ReadDirectory()).Code);
        first.Dispose();
        first.Dispose(); // twice releases once
        using var third = root.OpenAt(PathFlags.None, "file.txt", OpenFlags.None, DescriptorFlags.Read);
        Assert.Equal(2, fs.OpenHandles);
    }
}
