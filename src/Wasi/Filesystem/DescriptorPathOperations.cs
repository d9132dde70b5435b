using System;
using Microsoft.Win32.SafeHandles;
using WitSharp.Wasi.Filesystem.Interop;
using static WitSharp.Wasi.Filesystem.Interop.LinuxConstants;

namespace WitSharp.Wasi.Filesystem;

/// <summary>
/// The path operations of <c>wasi:filesystem/types.descriptor</c> (<c>open-at</c>, <c>create-directory-at</c>,
/// <c>rename-at</c>…) on a directory <see cref="FilesystemDescriptor"/>. Each resolves its path through the jail to a
/// directory descriptor inside the preopen plus one last name, then makes one *at call that does not follow that name,
/// so nothing outside the preopen is ever touched. Checks come in Wasmtime's order, so both hosts fail alike.
/// </summary>
public static class DescriptorPathOperations
{
    /// <summary>Permission bits for files and directories the guest creates (the process umask still applies), as Wasmtime.</summary>
    const int CreateMode = 0x1B6; // 0666
    const int DirectoryMode = 0x1FF; // 0777

    /// <summary><c>open-at</c>.</summary>
    public static FilesystemDescriptor OpenAt(this FilesystemDescriptor directory, PathFlags pathFlags, string path,
        OpenFlags openFlags, DescriptorFlags flags)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(path);
        directory.RequireDirectory("open-at", path);
        var osFlags = 0;
        bool read = false, write = false, create = false;
        if ((openFlags & OpenFlags.Create) != 0)
        {
            osFlags |= Create | ((openFlags & OpenFlags.Exclusive) != 0 ? Exclusive : 0);
            create = write = true;
        }
        if ((openFlags & OpenFlags.Truncate) != 0)
        {
            osFlags |= Truncate;
            write = true;
        }
        if ((flags & DescriptorFlags.Read) != 0)
            read = true;
        if ((flags & DescriptorFlags.Write) != 0)
            write = true;
        else
            read = true; // opened for reading so the OS lets us, as Wasmtime does; writes are refused later
        if ((flags & (DescriptorFlags.FileIntegritySync | DescriptorFlags.DataIntegritySync | DescriptorFlags.RequestedWriteSync)) != 0)
            throw new FilesystemException(FilesystemErrorCode.Unsupported, $"open-at '{path}': the sync flags are not supported");
        if ((openFlags & OpenFlags.Directory) != 0)
        {
            if ((openFlags & (OpenFlags.Create | OpenFlags.Exclusive | OpenFlags.Truncate)) != 0)
                throw new FilesystemException(FilesystemErrorCode.Invalid, $"open-at '{path}': a directory cannot be created, truncated or opened exclusively");
            osFlags |= OpenDirectory;
        }
        if (create || write)
            directory.RequireWritable("open-at", path);
        osFlags |= read && write ? ReadWrite : write ? WriteOnly : LinuxConstants.ReadOnly;

        var owner = directory.Owner;
        owner.Budget.Take("open-at", directory.JoinGuest(path));
        SafeFileHandle? handle = null;
        try
        {
            handle = owner.Resolve(directory, path, "open-at", resolver =>
                resolver.Open(directory.Handle, path, osFlags, CreateMode, (pathFlags & PathFlags.SymlinkFollow) != 0, "open-at"));
            var isDirectory = FilesystemDescriptor.StatOf(handle, "", "open-at", path).Type == DescriptorType.Directory;
            var opened = (read ? DescriptorFlags.Read : 0) | (write ? DescriptorFlags.Write : 0);
            return new FilesystemDescriptor(owner, directory.Root, handle, ownsHandle: true, isDirectory, directory.IsReadOnlyPreopen, opened,
                directory.JoinGuest(path));
        }
        catch
        {
            handle?.Dispose();
            owner.Budget.Release();
            throw;
        }
    }

    /// <summary><c>create-directory-at</c>.</summary>
    public static void CreateDirectoryAt(this FilesystemDescriptor directory, string path) =>
        Mutate(directory, path, "create-directory-at", (parent, name) => LinuxLibC.MkdirAt(parent, name, DirectoryMode));

    /// <summary><c>remove-directory-at</c>.</summary>
    public static void RemoveDirectoryAt(this FilesystemDescriptor directory, string path) =>
        Mutate(directory, path, "remove-directory-at", (parent, name) => LinuxLibC.UnlinkAt(parent, name, AtRemoveDir));

    /// <summary><c>unlink-file-at</c>: removes a file or a symlink (never what a symlink points at).</summary>
    public static void UnlinkFileAt(this FilesystemDescriptor directory, string path) =>
        Mutate(directory, path, "unlink-file-at", (parent, name) => LinuxLibC.UnlinkAt(parent, name, 0));

    /// <summary>
    /// <c>symlink-at</c>: creates <paramref name="path"/> pointing at <paramref name="target"/>. A target that is absolute
    /// or climbs out of the preopen from the link's directory is refused with <c>not-permitted</c>: such a link could
    /// never be followed inside the jail, and the host (or a later, wider preopen) must not be handed one.
    /// </summary>
    public static void SymlinkAt(this FilesystemDescriptor directory, string target, string path)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(path);
        directory.RequireDirectory("symlink-at", path);
        directory.RequireWritable("symlink-at", path);
        if (target.Contains('\0'))
            throw new FilesystemException(FilesystemErrorCode.Invalid, "symlink-at: the target contains a NUL character");
        if (target.StartsWith('/'))
            throw directory.Owner.Refuse(FilesystemException.Escape("symlink-at", target), directory.JoinGuest(path));
        var (parent, name) = directory.Owner.Resolve(directory, path, "symlink-at", r => r.OpenParent(directory.Handle, path, "symlink-at"));
        using (parent)
        {
            if (ClimbsOut(directory.Owner.DepthBelowRoot(parent, directory), target))
                throw directory.Owner.Refuse(FilesystemException.Escape("symlink-at", target), directory.JoinGuest(path));
            if (LinuxLibC.SymlinkAt(target, parent, name) != 0)
                throw FilesystemException.FromErrno(ErrnoMapping.Last(), "symlink-at", path);
        }
    }

    /// <summary><c>readlink-at</c>.</summary>
    public static string ReadlinkAt(this FilesystemDescriptor directory, string path)
    {
        ArgumentNullException.ThrowIfNull(directory);
        directory.RequireDirectory("readlink-at", path);
        if (path.EndsWith('/'))
        {
            // "link/" means the directory the link leads to, which is no symlink: check it stays inside, then say so.
            directory.OpenPath(PathFlags.SymlinkFollow, path, "readlink-at").Dispose();
            throw new FilesystemException(FilesystemErrorCode.Invalid, $"readlink-at '{path}': not a symbolic link");
        }
        var (parent, name) = directory.Owner.Resolve(directory, path, "readlink-at", r => r.OpenParent(directory.Handle, path, "readlink-at"));
        using (parent)
            return JailResolver.ReadLink(parent, name, "readlink-at", path);
    }

    /// <summary><c>set-times-at</c>.</summary>
    public static void SetTimesAt(this FilesystemDescriptor directory, PathFlags pathFlags, string path,
        NewTimestamp access, NewTimestamp modification)
    {
        ArgumentNullException.ThrowIfNull(directory);
        directory.RequireDirectory("set-times-at", path);
        directory.RequireWritable("set-times-at", path);
        var times = FilesystemDescriptor.Times(access, modification);
        if ((pathFlags & PathFlags.SymlinkFollow) == 0)
        {
            Mutate(directory, path, "set-times-at", (parent, name) => LinuxLibC.UtimensAt(parent, name, times, AtSymlinkNoFollow));
            return;
        }
        // Followed: resolve in the jail to the object itself, then set its times through /proc's link to that very
        // descriptor (the kernel resolves a /proc/self/fd link to the open object, not to a path that could change).
        using var target = directory.OpenPath(PathFlags.SymlinkFollow, path, "set-times-at");
        using var cwd = new SafeFileHandle(-100, ownsHandle: false); // AT_FDCWD; the path below is absolute anyway
        if (LinuxLibC.UtimensAt(cwd, $"/proc/self/fd/{target.DangerousGetHandle()}", times, 0) != 0)
            throw FilesystemException.FromErrno(ErrnoMapping.Last(), "set-times-at", path);
    }

    /// <summary><c>rename-at</c>: both directories must allow changes (and Wasmtime also refuses mixing read-only with not).</summary>
    public static void RenameAt(this FilesystemDescriptor directory, string oldPath, FilesystemDescriptor newDirectory, string newPath)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(newDirectory);
        directory.RequireDirectory("rename-at", oldPath);
        newDirectory.RequireDirectory("rename-at", newPath);
        directory.RequireWritable("rename-at", oldPath);
        newDirectory.RequireWritable("rename-at", newPath);
        var (oldParent, oldName) = directory.Owner.Resolve(directory, oldPath, "rename-at", r => r.OpenParent(directory.Handle, oldPath, "rename-at"));
        using (oldParent)
        {
            var (newParent, newName) = newDirectory.Owner.Resolve(newDirectory, newPath, "rename-at", r => r.OpenParent(newDirectory.Handle, newPath, "rename-at"));
            using (newParent)
            {
                if (LinuxLibC.RenameAt(oldParent, oldName, newParent, newName) != 0)
                    throw FilesystemException.FromErrno(ErrnoMapping.Last(), "rename-at", oldPath);
            }
        }
    }

    /// <summary><c>link-at</c>: a hard link; following a symlink for the source is refused with <c>invalid</c>, as Wasmtime.</summary>
    public static void LinkAt(this FilesystemDescriptor directory, PathFlags oldPathFlags, string oldPath,
        FilesystemDescriptor newDirectory, string newPath)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(newDirectory);
        directory.RequireDirectory("link-at", oldPath);
        newDirectory.RequireDirectory("link-at", newPath);
        directory.RequireWritable("link-at", oldPath);
        newDirectory.RequireWritable("link-at", newPath);
        if ((oldPathFlags & PathFlags.SymlinkFollow) != 0)
            throw new FilesystemException(FilesystemErrorCode.Invalid, $"link-at '{oldPath}': following a symlink is not supported");
        var (oldParent, oldName) = directory.Owner.Resolve(directory, oldPath, "link-at", r => r.OpenParent(directory.Handle, oldPath, "link-at"));
        using (oldParent)
        {
            var (newParent, newName) = newDirectory.Owner.Resolve(newDirectory, newPath, "link-at", r => r.OpenParent(newDirectory.Handle, newPath, "link-at"));
            using (newParent)
            {
                if (LinuxLibC.LinkAt(oldParent, oldName, newParent, newName, 0) != 0)
                    throw FilesystemException.FromErrno(ErrnoMapping.Last(), "link-at", oldPath);
            }
        }
    }

    static void Mutate(FilesystemDescriptor directory, string path, string operation, Func<SafeFileHandle, string, int> call)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(path);
        directory.RequireDirectory(operation, path);
        directory.RequireWritable(operation, path);
        var (parent, name) = directory.Owner.Resolve(directory, path, operation, r => r.OpenParent(directory.Handle, path, operation));
        using (parent)
        {
            if (call(parent, name) != 0)
                throw FilesystemException.FromErrno(ErrnoMapping.Last(), operation, path);
        }
    }

    /// <summary>True when <paramref name="target"/>, read from a directory <paramref name="depth"/> levels below the preopen's root, climbs above that root.</summary>
    internal static bool ClimbsOut(int depth, string target)
    {
        foreach (var part in target.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            depth = part switch { "." => depth, ".." => depth - 1, _ => depth + 1 };
            if (depth < 0)
                return true;
        }
        return false;
    }
}
