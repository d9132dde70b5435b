using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.Win32.SafeHandles;
using WitSharp.Wasi.Filesystem.Interop;
using static WitSharp.Wasi.Filesystem.Interop.LinuxConstants;

namespace WitSharp.Wasi.Filesystem;

/// <summary>
/// Resolves a guest path relative to a directory descriptor without ever leaving the directory tree of the preopen
/// it came from: <c>..</c> past the root, absolute paths and symlinks leading out (absolute or relative) are refused
/// with <see cref="FilesystemErrorCode.NotPermitted"/>, as Wasmtime refuses them.
/// </summary>
/// <remarks>
/// Every step is relative to a descriptor already open inside the jail, so there is no window between a check and a
/// use: a symlink swapped in during resolution is either seen as a symlink (and resolved inside the jail) or not seen at
/// all. Two strategies, same results:
/// <list type="bullet">
/// <item>openat2(2) with RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS (Linux 5.6 and later): the kernel does the walk and
/// refuses escapes with EXDEV.</item>
/// <item>A walk in user space, one component at a time: <c>openat(dir, name, O_PATH | O_NOFOLLOW)</c>, a symlink read
/// through the descriptor of the link just opened (<c>readlinkat(fd, "")</c>) and its target spliced into the
/// remaining path, <c>..</c> popped from our own stack of open directories (never asked of the kernel, so a directory
/// moved out of the jail mid-walk cannot lead out). Used where openat2 is missing or filtered (ENOSYS, seccomp).</item>
/// </list>
/// </remarks>
internal sealed class JailResolver
{
    /// <summary>Symlinks expanded in one resolution before giving up with <c>loop</c>, as Linux's MAXSYMLINKS.</summary>
    const int MaxSymlinkExpansions = 40;

    /// <summary>openat2 returns EAGAIN when a rename raced with a ".." lookup; it asks the caller to try again.</summary>
    const int Openat2Retries = 8;

    static readonly Lazy<bool> KernelHasOpenat2 = new(ProbeOpenat2);

    /// <summary>The resolver this host uses: openat2 where the kernel allows it, else the walk.</summary>
    public static JailResolver Default { get; } = new(useOpenat2: null);

    /// <summary>The user-space walk whatever the kernel offers (tests run both strategies).</summary>
    public static JailResolver Walking { get; } = new(useOpenat2: false);

    readonly bool? requestedOpenat2;

    JailResolver(bool? useOpenat2) => requestedOpenat2 = useOpenat2;

    /// <summary>True when this resolver lets the kernel resolve with openat2.</summary>
    public bool UsesOpenat2 => requestedOpenat2 ?? KernelHasOpenat2.Value;

    /// <summary>
    /// Opens <paramref name="path"/> beneath <paramref name="root"/> with open(2) <paramref name="flags"/>;
    /// <paramref name="followFinal"/> says whether a symlink as the last component is followed (inside the jail).
    /// </summary>
    public SafeFileHandle Open(SafeFileHandle root, string path, int flags, int mode, bool followFinal, string operation)
    {
        CheckPath(path, operation);
        flags |= CloseOnExec;
        if (!followFinal)
            flags |= NoFollow;
        if (UsesOpenat2)
        {
            var how = new LinuxLibC.OpenHow
            {
                Flags = (ulong)(uint)flags,
                Mode = (ulong)(flags & (Create | 0x400000)) != 0 ? (ulong)mode : 0,
                Resolve = ResolveBeneath | ResolveNoMagicLinks,
            };
            for (var attempt = 0; ; attempt++)
            {
                var fd = LinuxLibC.Openat2(LinuxLibC.SysOpenat2, root, path, ref how, (nuint)24);
                if (fd >= 0)
                    return LinuxLibC.Own(fd);
                var errno = ErrnoMapping.Last();
                if (errno == EXDEV)
                    throw FilesystemException.Escape(operation, path);
                if (errno == EAGAIN && attempt < Openat2Retries)
                    continue;
                if (errno == EAGAIN)
                    break; // renames keep racing: the walk below does not depend on the kernel's retry check
                throw FilesystemException.FromErrno(errno, operation, path);
            }
        }
        return Walk(root, path, flags, mode, followFinal, operation);
    }

    /// <summary>
    /// Opens the directory that holds the last component of <paramref name="path"/> (an O_PATH descriptor, for the
    /// *at calls) and returns it with that component's name, which has no slash but a trailing one. A final <c>.</c> or
    /// <c>..</c> resolves the whole path as the directory and names it <c>.</c>, so no call ever looks above it.
    /// </summary>
    public (SafeFileHandle Parent, string Name) OpenParent(SafeFileHandle root, string path, string operation)
    {
        CheckPath(path, operation);
        var trimmed = path.TrimEnd('/');
        if (trimmed.Length == 0)
            trimmed = ".";
        var slash = trimmed.LastIndexOf('/');
        var name = slash < 0 ? trimmed : trimmed[(slash + 1)..];
        var parentPath = slash < 0 ? "." : trimmed[..(slash + 1)];
        if (name is "." or "..")
            return (Open(root, trimmed, PathOnly | OpenDirectory, 0, followFinal: true, operation), ".");
        // A trailing slash stays on the name: mkdirat, unlinkat, renameat, symlinkat and linkat never follow their
        // last component, slash or not, and the kernel gives the errors a slash calls for (ENOTDIR on a file).
        var suffix = trimmed.Length < path.Length ? "/" : "";
        return (Open(root, parentPath, PathOnly | OpenDirectory, 0, followFinal: true, operation), name + suffix);
    }

    static void CheckPath(string path, string operation)
    {
        if (path.Length == 0)
            throw new FilesystemException(FilesystemErrorCode.NoEntry, $"{operation}: the path is empty");
        // A NUL would end the C string early and make the kernel see a different path than the one checked.
        if (path.Contains('\0'))
            throw new FilesystemException(FilesystemErrorCode.Invalid, $"{operation}: the path contains a NUL character");
        if (path[0] == '/')
            throw FilesystemException.Escape(operation, path);
    }

    static SafeFileHandle Walk(SafeFileHandle root, string path, int flags, int mode, bool followFinal, string operation)
    {
        // Directories opened so far; [0] is the root, which the caller owns.
        var stack = new List<SafeFileHandle> { root };
        var pending = new LinkedList<string>();
        var mustBeDirectory = AppendComponents(pending, path, atFront: false);
        if (mustBeDirectory)
        {
            followFinal = true;
            if ((flags & Create) != 0)
                throw FilesystemException.FromErrno(EISDIR, operation, path);
            flags = (flags | OpenDirectory) & ~NoFollow;
        }
        var expansions = 0;
        try
        {
            while (true)
            {
                // Pop "." and ".." here, against our own stack: the kernel is never asked for "..".
                while (pending.First is { } head && head.Value is "." or "..")
                {
                    pending.RemoveFirst();
                    if (head.Value == "..")
                    {
                        if (stack.Count == 1)
                            throw FilesystemException.Escape(operation, path);
                        stack[^1].Dispose();
                        stack.RemoveAt(stack.Count - 1);
                    }
                }
                var top = stack[^1];
                if (pending.First is null)
                    return OpenOrThrow(top, ".", flags & ~NoFollow, mode, operation, path);
                var name = pending.First.Value;
                pending.RemoveFirst();
                var isLast = pending.First is null;
                if (isLast)
                {
                    var fd = LinuxLibC.OpenAt(top, name, flags | NoFollow, mode);
                    if (fd >= 0)
                    {
                        var opened = LinuxLibC.Own(fd);
                        if (!followFinal || (flags & PathOnly) == 0 || !IsSymlink(opened))
                            return opened;
                        // O_PATH | O_NOFOLLOW opened the link itself: follow it through this very descriptor.
                        var target = ReadLinkOf(opened, operation, path);
                        opened.Dispose();
                        Expand(pending, target, ref expansions, operation, path);
                        continue;
                    }
                    // O_NOFOLLOW met a symlink: ELOOP, or ENOTDIR when O_DIRECTORY was asked with O_PATH.
                    var errno = ErrnoMapping.Last();
                    if (errno is not (ELOOP or ENOTDIR) || !followFinal)
                        throw FilesystemException.FromErrno(errno, operation, path);
                    using (var link = OpenOrThrow(top, name, PathOnly | NoFollow | CloseOnExec, 0, operation, path))
                    {
                        if (!IsSymlink(link))
                        {
                            if (errno == ENOTDIR)
                                throw FilesystemException.FromErrno(errno, operation, path);
                            pending.AddFirst(name); // swapped back to a file or directory since: open it again
                            if (++expansions > MaxSymlinkExpansions)
                                throw FilesystemException.FromErrno(ELOOP, operation, path);
                            continue;
                        }
                        Expand(pending, ReadLinkOf(link, operation, path), ref expansions, operation, path);
                    }
                    continue;
                }
                var step = OpenOrThrow(top, name, PathOnly | NoFollow | CloseOnExec, 0, operation, path);
                var type = TypeOf(step, operation, path);
                if (type == TypeSymlink)
                {
                    var target = ReadLinkOf(step, operation, path);
                    step.Dispose();
                    Expand(pending, target, ref expansions, operation, path);
                    continue;
                }
                if (type != TypeDirectory)
                {
                    step.Dispose();
                    throw FilesystemException.FromErrno(ENOTDIR, operation, path);
                }
                stack.Add(step);
            }
        }
        finally
        {
            for (var i = 1; i < stack.Count; i++)
                stack[i].Dispose();
        }
    }

    static SafeFileHandle OpenOrThrow(SafeFileHandle dir, string name, int flags, int mode, string operation, string path)
    {
        var fd = LinuxLibC.OpenAt(dir, name, flags, mode);
        if (fd < 0)
            throw FilesystemException.FromErrno(ErrnoMapping.Last(), operation, path);
        return LinuxLibC.Own(fd);
    }

    static void Expand(LinkedList<string> pending, string target, ref int expansions, string operation, string path)
    {
        if (++expansions > MaxSymlinkExpansions)
            throw FilesystemException.FromErrno(ELOOP, operation, path);
        if (target.StartsWith('/'))
            throw FilesystemException.Escape(operation, path);
        AppendComponents(pending, target, atFront: true);
    }

    /// <summary>
    /// Splits <paramref name="path"/> into components, at the end of <paramref name="pending"/> or (a symlink's target)
    /// at its front; returns true when it ends with a slash. A spliced target ending with a slash gets a "." after it,
    /// so that its last component must be a directory.
    /// </summary>
    static bool AppendComponents(LinkedList<string> pending, string path, bool atFront)
    {
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var trailingSlash = path.EndsWith('/') && parts.Length > 0;
        if (atFront)
        {
            if (trailingSlash)
                pending.AddFirst(".");
            for (var i = parts.Length - 1; i >= 0; i--)
                pending.AddFirst(parts[i]);
        }
        else
        {
            foreach (var part in parts)
                pending.AddLast(part);
        }
        return trailingSlash;
    }

    static bool IsSymlink(SafeFileHandle handle) => TypeOf(handle, "stat", "") == TypeSymlink;

    static int TypeOf(SafeFileHandle handle, string operation, string path)
    {
        if (LinuxLibC.Statx(handle, "", AtEmptyPath | AtSymlinkNoFollow, StatxBasicStats, out var stat) != 0)
            throw FilesystemException.FromErrno(ErrnoMapping.Last(), operation, path);
        return stat.Mode & FileTypeMask;
    }

    /// <summary>Reads the target of the symlink <paramref name="link"/> was opened on (O_PATH | O_NOFOLLOW).</summary>
    internal static string ReadLinkOf(SafeFileHandle link, string operation, string path) =>
        ReadLink(link, "", operation, path);

    internal static string ReadLink(SafeFileHandle dir, string name, string operation, string path)
    {
        var buffer = new byte[4096];
        var length = LinuxLibC.ReadlinkAt(dir, name, buffer, (nuint)buffer.Length);
        if (length < 0)
            throw FilesystemException.FromErrno(ErrnoMapping.Last(), operation, path);
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer, 0, (int)length);
        }
        catch (DecoderFallbackException)
        {
            throw new FilesystemException(FilesystemErrorCode.IllegalByteSequence, $"{operation} '{path}': the link target is not UTF-8");
        }
    }

    static bool ProbeOpenat2()
    {
        if (!OperatingSystem.IsLinux())
            return false;
        var rootFd = LinuxLibC.Open("/", PathOnly | OpenDirectory | CloseOnExec, 0);
        if (rootFd < 0)
            return false;
        using var root = LinuxLibC.Own(rootFd);
        var how = new LinuxLibC.OpenHow
        {
            Flags = (ulong)(uint)(PathOnly | OpenDirectory | CloseOnExec),
            Resolve = ResolveBeneath | ResolveNoMagicLinks,
        };
        var fd = LinuxLibC.Openat2(LinuxLibC.SysOpenat2, root, ".", ref how, (nuint)24);
        if (fd < 0)
            return false;
        LinuxLibC.Own(fd).Dispose();
        return true;
    }
}
