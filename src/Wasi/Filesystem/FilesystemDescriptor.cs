using System;
using System.Runtime.InteropServices;
using System.Threading;
using Microsoft.Win32.SafeHandles;
using WitSharp.Wasi.Filesystem.Interop;
using static WitSharp.Wasi.Filesystem.Interop.LinuxConstants;

namespace WitSharp.Wasi.Filesystem;

/// <summary>
/// The host side of a <c>wasi:filesystem/types.descriptor</c>: an open file or directory inside a preopen. Path
/// operations resolve through the jail (<see cref="JailResolver"/>); a descriptor from a read-only preopen refuses
/// every change with <c>not-permitted</c>, as Wasmtime does. Failures throw <see cref="FilesystemException"/>
/// carrying the WASI error code.
/// </summary>
public sealed class FilesystemDescriptor : IDisposable
{
    /// <summary>Most bytes one <see cref="Read"/> returns, as Wasmtime caps it: a guest asking for 4 GiB gets less.</summary>
    public const int MaxReadLength = 64 * 1024;

    readonly bool ownsHandle;
    readonly WasiFilesystem owner;
    int disposed;

    internal FilesystemDescriptor(WasiFilesystem owner, SafeFileHandle root, SafeFileHandle handle, bool ownsHandle,
        bool isDirectory, bool readOnlyPreopen, DescriptorFlags flags, string guestPath)
    {
        this.owner = owner;
        Root = root;
        Handle = handle;
        this.ownsHandle = ownsHandle;
        IsDirectory = isDirectory;
        IsReadOnlyPreopen = readOnlyPreopen;
        OpenedFlags = flags;
        GuestPath = guestPath;
    }

    internal SafeFileHandle Handle { get; }

    /// <summary>The root of the preopen this descriptor was reached through.</summary>
    internal SafeFileHandle Root { get; }

    /// <summary>True for a directory (path operations work), false for anything else opened as a file.</summary>
    public bool IsDirectory { get; }

    /// <summary>True when the preopen this descriptor came through is read-only.</summary>
    public bool IsReadOnlyPreopen { get; }

    /// <summary>Read and write as requested at open (what <see cref="GetFlags"/> reports).</summary>
    public DescriptorFlags OpenedFlags { get; }

    /// <summary>The guest's path to this object (the preopen's guest path joined with the path opened), for messages.</summary>
    public string GuestPath { get; }

    /// <summary><c>get-type</c>.</summary>
    public DescriptorType GetDescriptorType() => IsDirectory ? DescriptorType.Directory : Stat().Type;

    /// <summary><c>get-flags</c>.</summary>
    public DescriptorFlags GetFlags()
    {
        var status = LinuxLibC.Fcntl(Handle, FcntlGetFlags);
        if (status < 0)
            throw Fail("get-flags");
        var flags = OpenedFlags;
        if ((status & LinuxConstants.Sync) == LinuxConstants.Sync)
            flags |= DescriptorFlags.FileIntegritySync;
        else if ((status & DataSync) != 0)
            flags |= DescriptorFlags.DataIntegritySync;
        if (IsDirectory && (OpenedFlags & DescriptorFlags.Write) != 0)
            flags = (flags & ~DescriptorFlags.Write) | DescriptorFlags.MutateDirectory;
        return flags;
    }

    /// <summary><c>stat</c>: of the object itself (a symlink opened without following is reported as one).</summary>
    public DescriptorStat Stat() => StatOf(Handle, "", "stat", GuestPath);

    /// <summary><c>stat-at</c>.</summary>
    public DescriptorStat StatAt(PathFlags pathFlags, string path)
    {
        using var target = OpenPath(pathFlags, path, "stat-at");
        return StatOf(target, "", "stat-at", path);
    }

    /// <summary><c>metadata-hash</c>: device and inode, so two descriptors on one object hash alike.</summary>
    public MetadataHashValue MetadataHash() => HashOf(Handle, "metadata-hash", GuestPath);

    /// <summary><c>metadata-hash-at</c>.</summary>
    public MetadataHashValue MetadataHashAt(PathFlags pathFlags, string path)
    {
        using var target = OpenPath(pathFlags, path, "metadata-hash-at");
        return HashOf(target, "metadata-hash-at", path);
    }

    /// <summary><c>is-same-object</c>.</summary>
    public bool IsSameObject(FilesystemDescriptor other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return MetadataHash() == other.MetadataHash();
    }

    /// <summary><c>read</c>: up to <paramref name="length"/> bytes (at most <see cref="MaxReadLength"/>) at <paramref name="offset"/>; true at end of file.</summary>
    public (byte[] Data, bool EndOfFile) Read(ulong length, ulong offset)
    {
        RequireFile();
        var buffer = new byte[(int)Math.Min(length, MaxReadLength)];
        var count = ReadAt(buffer, offset);
        return count == 0 ? ([], true) : (buffer.AsSpan(0, count).ToArray(), false);
    }

    /// <summary><c>write</c>: writes <paramref name="data"/> at <paramref name="offset"/>; returns the bytes written.</summary>
    public ulong Write(ReadOnlySpan<byte> data, ulong offset)
    {
        RequireFile();
        RequireWritable("write", GuestPath);
        return (ulong)WriteAt(data, offset);
    }

    /// <summary>Reads into <paramref name="buffer"/> at <paramref name="offset"/>; 0 at end of file (the input streams' primitive).</summary>
    public int ReadAt(Span<byte> buffer, ulong offset)
    {
        var count = LinuxLibC.Pread(Handle, ref MemoryMarshal.GetReference(buffer), (nuint)buffer.Length, CheckedOffset(offset, "read"));
        return count < 0 ? throw Fail("read") : (int)count;
    }

    /// <summary>Writes <paramref name="data"/> at <paramref name="offset"/>; returns the count written (the output streams' primitive).</summary>
    public int WriteAt(ReadOnlySpan<byte> data, ulong offset)
    {
        RequireWritable("write", GuestPath);
        var count = LinuxLibC.Pwrite(Handle, ref MemoryMarshal.GetReference(data), (nuint)data.Length, CheckedOffset(offset, "write"));
        return count < 0 ? throw Fail("write") : (int)count;
    }

    /// <summary><c>read-via-stream</c>: a stream reading from <paramref name="offset"/>.</summary>
    public DescriptorStream OpenReadStream(ulong offset)
    {
        if (IsDirectory)
            throw new FilesystemException(FilesystemErrorCode.IsDirectory, $"read-via-stream '{GuestPath}': it is a directory");
        return new DescriptorStream(this, DescriptorStreamMode.Read, offset);
    }

    /// <summary><c>write-via-stream</c>: a stream writing from <paramref name="offset"/>.</summary>
    public DescriptorStream OpenWriteStream(ulong offset)
    {
        RequireFile();
        RequireWritable("write-via-stream", GuestPath);
        return new DescriptorStream(this, DescriptorStreamMode.Write, offset);
    }

    /// <summary><c>append-via-stream</c>: a stream writing at the end of the file.</summary>
    public DescriptorStream OpenAppendStream()
    {
        RequireFile();
        RequireWritable("append-via-stream", GuestPath);
        return new DescriptorStream(this, DescriptorStreamMode.Append, 0);
    }

    /// <summary><c>advise</c>.</summary>
    public void Advise(ulong offset, ulong length, Advice advice)
    {
        RequireFile();
        var result = LinuxLibC.PosixFadvise(Handle, CheckedOffset(offset, "advise"), CheckedOffset(length, "advise"), (int)advice);
        if (result != 0)
            throw FilesystemException.FromErrno(result, "advise", GuestPath);
    }

    /// <summary><c>set-size</c>.</summary>
    public void SetSize(ulong size)
    {
        RequireFile();
        RequireWritable("set-size", GuestPath);
        if (LinuxLibC.Ftruncate(Handle, CheckedOffset(size, "set-size")) != 0)
            throw Fail("set-size");
    }

    /// <summary><c>sync</c>.</summary>
    public void Sync()
    {
        if (LinuxLibC.Fsync(Handle) != 0)
            throw Fail("sync");
    }

    /// <summary><c>sync-data</c>.</summary>
    public void SyncData()
    {
        if (LinuxLibC.Fdatasync(Handle) != 0)
            throw Fail("sync-data");
    }

    /// <summary><c>set-times</c>.</summary>
    public void SetTimes(NewTimestamp access, NewTimestamp modification)
    {
        RequireWritable("set-times", GuestPath);
        if (LinuxLibC.Futimens(Handle, Times(access, modification)) != 0)
            throw Fail("set-times");
    }

    /// <summary><c>read-directory</c>: the entries other than <c>.</c> and <c>..</c>, in the file system's order.</summary>
    public DirectoryEntryStream ReadDirectory()
    {
        RequireDirectory("read-directory", GuestPath);
        owner.Budget.Take("read-directory", GuestPath);
        try
        {
            return DirectoryEntryStream.Open(this, owner.Budget);
        }
        catch
        {
            owner.Budget.Release();
            throw;
        }
    }

    internal FilesystemException Fail(string operation, string? path = null) =>
        FilesystemException.FromErrno(ErrnoMapping.Last(), operation, path ?? GuestPath);

    internal WasiFilesystem Owner => owner;

    internal void RequireDirectory(string operation, string path)
    {
        if (!IsDirectory)
            throw new FilesystemException(FilesystemErrorCode.NotDirectory, $"{operation} '{path}': '{GuestPath}' is not a directory");
    }

    internal void RequireWritable(string operation, string path)
    {
        if (IsReadOnlyPreopen)
            throw FilesystemException.ReadOnlyPreopen(operation, JoinGuest(path));
    }

    void RequireFile()
    {
        if (IsDirectory)
            throw new FilesystemException(FilesystemErrorCode.BadDescriptor, $"'{GuestPath}' is a directory");
    }

    /// <summary>Opens <paramref name="path"/> as O_PATH (following a final symlink when asked), for metadata calls.</summary>
    internal SafeFileHandle OpenPath(PathFlags pathFlags, string path, string operation)
    {
        RequireDirectory(operation, path);
        return owner.Resolve(this, path, operation, resolver =>
            resolver.Open(Handle, path, PathOnly, 0, (pathFlags & PathFlags.SymlinkFollow) != 0, operation));
    }

    internal string JoinGuest(string path) =>
        path.Length == 0 || path == GuestPath ? GuestPath
        : GuestPath is "." ? path
        : GuestPath.EndsWith('/') ? GuestPath + path : GuestPath + "/" + path;

    internal static long CheckedOffset(ulong value, string operation) =>
        value > long.MaxValue
            ? throw new FilesystemException(FilesystemErrorCode.Invalid, $"{operation}: {value} is beyond the largest file offset")
            : (long)value;

    internal static LinuxLibC.Timespec[] Times(NewTimestamp access, NewTimestamp modification) =>
        [ToTimespec(access), ToTimespec(modification)];

    static LinuxLibC.Timespec ToTimespec(NewTimestamp value) => value.Kind switch
    {
        1 => new LinuxLibC.Timespec { Nanoseconds = UtimeNow },
        2 when value.Value.Nanoseconds >= 1_000_000_000 || value.Value.Seconds > long.MaxValue =>
            throw new FilesystemException(FilesystemErrorCode.Invalid, "set-times: the timestamp is out of range"),
        2 => new LinuxLibC.Timespec { Seconds = (long)value.Value.Seconds, Nanoseconds = value.Value.Nanoseconds },
        _ => new LinuxLibC.Timespec { Nanoseconds = UtimeOmit },
    };

    internal static DescriptorStat StatOf(SafeHandle handle, string name, string operation, string path)
    {
        if (LinuxLibC.Statx(handle, name, AtEmptyPath | AtSymlinkNoFollow, StatxBasicStats, out var stat) != 0)
            throw FilesystemException.FromErrno(ErrnoMapping.Last(), operation, path);
        return new DescriptorStat(TypeOfMode(stat.Mode), stat.LinkCount, stat.Size,
            Timestamp(stat.AccessTime, (stat.Mask & 0x20) != 0),
            Timestamp(stat.ModificationTime, (stat.Mask & 0x40) != 0),
            Timestamp(stat.ChangeTime, (stat.Mask & 0x80) != 0));
    }

    static MetadataHashValue HashOf(SafeHandle handle, string operation, string path)
    {
        if (LinuxLibC.Statx(handle, "", AtEmptyPath | AtSymlinkNoFollow, StatxBasicStats, out var stat) != 0)
            throw FilesystemException.FromErrno(ErrnoMapping.Last(), operation, path);
        return new MetadataHashValue(stat.Inode, ((ulong)stat.DevMajor << 32) | stat.DevMinor);
    }

    static FileTimestamp? Timestamp(LinuxLibC.StatxTimestamp time, bool present) =>
        present && time.Seconds >= 0 ? new FileTimestamp((ulong)time.Seconds, time.Nanoseconds) : null;

    internal static DescriptorType TypeOfMode(int mode) => (mode & FileTypeMask) switch
    {
        TypeRegular => DescriptorType.RegularFile,
        TypeDirectory => DescriptorType.Directory,
        TypeSymlink => DescriptorType.SymbolicLink,
        TypeCharacterDevice => DescriptorType.CharacterDevice,
        TypeBlockDevice => DescriptorType.BlockDevice,
        TypeFifo => DescriptorType.Fifo,
        TypeSocket => DescriptorType.Socket,
        _ => DescriptorType.Unknown,
    };

    /// <summary>Closes the descriptor (a preopen's root stays open until its <see cref="WasiFilesystem"/> is disposed).</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
            return;
        if (ownsHandle)
        {
            Handle.Dispose();
            owner.Budget.Release();
        }
    }
}
