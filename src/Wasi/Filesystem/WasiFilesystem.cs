using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.Win32.SafeHandles;
using WitSharp.Wasi.Filesystem.Interop;
using static WitSharp.Wasi.Filesystem.Interop.LinuxConstants;

namespace WitSharp.Wasi.Filesystem;

/// <summary>
/// The file system one instance sees: its preopened directories (each a jail), the limit on descriptors it may hold
/// open, and the record of paths it was refused. Create one per instance; disposing it closes the preopens' roots.
/// </summary>
/// <remarks>
/// Linux only: the jail rests on descriptor-relative system calls (openat2, or openat with O_NOFOLLOW step by step)
/// that have no race-free equivalent in .NET's path APIs. Elsewhere, constructing one with a preopen throws
/// <see cref="PlatformNotSupportedException"/> rather than offering a weaker jail; see docs/wasi-filesystem.md.
/// </remarks>
public sealed class WasiFilesystem : IDisposable
{
    /// <summary>Refusals remembered for messages; more are counted but not kept (a guest could try millions).</summary>
    const int MaxRefusalsKept = 16;

    /// <summary>How far <see cref="DepthBelowRoot"/> climbs before deciding a directory is not below the root.</summary>
    const int MaxDepth = 4096;

    readonly List<(WasiPreopen Preopen, SafeFileHandle Root)> roots = [];
    readonly List<FilesystemRefusal> refusals = [];
    bool disposed;

    /// <summary>Opens the roots of <paramref name="preopens"/>; the guest may hold at most <paramref name="maxOpenHandles"/> descriptors and directory streams at once.</summary>
    /// <exception cref="PlatformNotSupportedException">A preopen was given and the host is not Linux.</exception>
    /// <exception cref="DirectoryNotFoundException">A preopen's host path is not a directory.</exception>
    public WasiFilesystem(IEnumerable<WasiPreopen> preopens, int maxOpenHandles = 1024)
        : this(preopens, maxOpenHandles, JailResolver.Default)
    {
    }

    internal WasiFilesystem(IEnumerable<WasiPreopen> preopens, int maxOpenHandles, JailResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(preopens);
        ArgumentOutOfRangeException.ThrowIfNegative(maxOpenHandles);
        Resolver = resolver;
        Budget = new HandleBudget(maxOpenHandles);
        try
        {
            foreach (var preopen in preopens)
                roots.Add((preopen, OpenRoot(preopen)));
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>True where preopened directories are supported (Linux).</summary>
    public static bool IsSupported => OperatingSystem.IsLinux();

    /// <summary>The preopened directories, in the order <c>get-directories</c> lists them.</summary>
    public IReadOnlyList<WasiPreopen> Preopens => roots.ConvertAll(r => r.Preopen);

    /// <summary>Descriptors and directory streams the guest holds open now.</summary>
    public int OpenHandles => Budget.Open;

    /// <summary>The most the guest may hold open at once.</summary>
    public int MaxOpenHandles => Budget.Limit;

    /// <summary>The first paths the guest was refused for leading outside every preopen (at most 16 kept).</summary>
    public IReadOnlyList<FilesystemRefusal> Refusals
    {
        get
        {
            lock (refusals)
                return refusals.ToArray();
        }
    }

    /// <summary>Raised on each refusal, on the thread of the guest's call.</summary>
    public event Action<FilesystemRefusal>? Refused;

    internal HandleBudget Budget { get; }

    internal JailResolver Resolver { get; }

    /// <summary>
    /// <c>wasi:filesystem/preopens.get-directories</c>: a descriptor per preopen with its guest path. The descriptors
    /// share the root (closing one does not close the preopen) and do not count against the handle limit.
    /// </summary>
    public IReadOnlyList<(FilesystemDescriptor Descriptor, string GuestPath)> GetDirectories()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        var result = new List<(FilesystemDescriptor, string)>(roots.Count);
        foreach (var (preopen, root) in roots)
        {
            var flags = DescriptorFlags.Read | (preopen.ReadOnly ? 0 : DescriptorFlags.Write);
            result.Add((new FilesystemDescriptor(this, root, root, ownsHandle: false, isDirectory: true, preopen.ReadOnly,
                flags, preopen.GuestPath), preopen.GuestPath));
        }
        return result;
    }

    internal T Resolve<T>(FilesystemDescriptor directory, string path, string operation, Func<JailResolver, T> resolve)
    {
        try
        {
            return resolve(Resolver);
        }
        catch (FilesystemException e) when (e.IsEscape)
        {
            throw Refuse(e, directory.JoinGuest(path));
        }
    }

    internal FilesystemException Refuse(FilesystemException refusal, string guestPath)
    {
        var record = new FilesystemRefusal(OperationOf(refusal.Message), guestPath);
        lock (refusals)
        {
            if (refusals.Count < MaxRefusalsKept)
                refusals.Add(record);
        }
        Refused?.Invoke(record);
        return refusal;
    }

    /// <summary>
    /// How many levels <paramref name="directory"/> lies below the root of <paramref name="through"/>'s preopen,
    /// found by climbing ".." from the open descriptor to the root's device and inode; a large negative number when
    /// the root is not found (then every relative target counts as climbing out).
    /// </summary>
    internal int DepthBelowRoot(SafeFileHandle directory, FilesystemDescriptor through)
    {
        var rootId = Identity(through.Root);
        var current = LinuxLibC.OpenAt(directory, ".", PathOnly | OpenDirectory | CloseOnExec, 0);
        if (current < 0)
            return int.MinValue / 2;
        var handle = LinuxLibC.Own(current);
        try
        {
            for (var depth = 0; depth < MaxDepth; depth++)
            {
                var id = Identity(handle);
                if (id == rootId)
                    return depth;
                var up = LinuxLibC.OpenAt(handle, "..", PathOnly | OpenDirectory | CloseOnExec, 0);
                if (up < 0)
                    break;
                var parent = LinuxLibC.Own(up);
                var reachedTop = Identity(parent) == id; // "/" is its own parent
                handle.Dispose();
                handle = parent;
                if (reachedTop)
                    break;
            }
            return int.MinValue / 2;
        }
        finally
        {
            handle.Dispose();
        }
    }

    static (ulong, uint, uint) Identity(SafeFileHandle handle) =>
        LinuxLibC.Statx(handle, "", AtEmptyPath, StatxBasicStats, out var stat) == 0
            ? (stat.Inode, stat.DevMajor, stat.DevMinor)
            : (0, uint.MaxValue, uint.MaxValue);

    static string OperationOf(string message)
    {
        var space = message.IndexOf(' ');
        return space < 0 ? message : message[..space];
    }

    static SafeFileHandle OpenRoot(WasiPreopen preopen)
    {
        if (!IsSupported)
            throw new PlatformNotSupportedException(
                $"Preopened directories need Linux (descriptor-relative, race-free path resolution); cannot preopen '{preopen.HostPath}'.");
        var fd = LinuxLibC.Open(Path.GetFullPath(preopen.HostPath), LinuxConstants.ReadOnly | OpenDirectory | CloseOnExec, 0);
        if (fd < 0)
            throw new DirectoryNotFoundException(
                $"Cannot preopen '{preopen.HostPath}' as '{preopen.GuestPath}': {ErrnoMapping.Describe(ErrnoMapping.Last())}");
        return LinuxLibC.Own(fd);
    }

    /// <summary>Closes the preopens' roots; descriptors the guest still holds close with their own handles.</summary>
    public void Dispose()
    {
        if (disposed)
            return;
        disposed = true;
        foreach (var (_, root) in roots)
            root.Dispose();
    }
}
