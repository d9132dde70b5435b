using System;
using System.Runtime.InteropServices;
using System.Text;
using WitSharp.Wasi.Filesystem.Interop;
using static WitSharp.Wasi.Filesystem.Interop.LinuxConstants;

namespace WitSharp.Wasi.Filesystem;

/// <summary>
/// <c>wasi:filesystem/types.directory-entry-stream</c>: a directory's entries one at a time, read lazily from the
/// kernel (a huge directory costs no memory up front). <c>.</c> and <c>..</c> are left out, as in Wasmtime.
/// </summary>
public sealed class DirectoryEntryStream : IDisposable
{
    // glibc and musl's struct dirent on 64-bit Linux: d_ino (8), d_off (8), d_reclen (2), d_type (1), then d_name.
    const int TypeOffset = 18;
    const int NameOffset = 19;
    const int MaxNameBytes = 256;

    static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    readonly FilesystemDescriptor directory;
    readonly DirectoryStreamHandle stream;
    readonly HandleBudget budget;
    bool disposed;

    DirectoryEntryStream(FilesystemDescriptor directory, DirectoryStreamHandle stream, HandleBudget budget)
    {
        this.directory = directory;
        this.stream = stream;
        this.budget = budget;
    }

    internal static DirectoryEntryStream Open(FilesystemDescriptor directory, HandleBudget budget)
    {
        // A fresh descriptor on the same directory, so this listing has its own position; fdopendir then owns it.
        var fd = LinuxLibC.OpenAt(directory.Handle, ".", LinuxConstants.ReadOnly | OpenDirectory | CloseOnExec, 0);
        if (fd < 0)
            throw directory.Fail("read-directory");
        var dir = LinuxLibC.Fdopendir(fd);
        if (dir == IntPtr.Zero)
        {
            var errno = ErrnoMapping.Last();
            LinuxLibC.Close(fd);
            throw FilesystemException.FromErrno(errno, "read-directory", directory.GuestPath);
        }
        return new DirectoryEntryStream(directory, new DirectoryStreamHandle(dir), budget);
    }

    /// <summary><c>read-directory-entry</c>: the next entry, or null at the end.</summary>
    public DirectoryEntry? ReadNext()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        while (true)
        {
            var entry = Next();
            if (entry == IntPtr.Zero)
                return null;
            var name = NameOf(entry);
            if (name is "." or "..")
                continue;
            var type = Marshal.ReadByte(entry, TypeOffset) switch
            {
                1 => DescriptorType.Fifo,
                2 => DescriptorType.CharacterDevice,
                4 => DescriptorType.Directory,
                6 => DescriptorType.BlockDevice,
                8 => DescriptorType.RegularFile,
                10 => DescriptorType.SymbolicLink,
                12 => DescriptorType.Socket,
                // DT_UNKNOWN: some file systems don't say; ask (the name is one component in this very directory).
                _ => FilesystemDescriptor.StatOf(directory.Handle, name, "read-directory-entry", name).Type,
            };
            return new DirectoryEntry(type, name);
        }
    }

    IntPtr Next()
    {
        var added = false;
        try
        {
            stream.DangerousAddRef(ref added);
            Marshal.SetLastPInvokeError(0);
            var entry = LinuxLibC.Readdir(stream.DangerousGetHandle());
            // readdir returns null both at the end (errno unchanged) and on error (errno set).
            if (entry == IntPtr.Zero && ErrnoMapping.Last() is var errno and not 0)
                throw FilesystemException.FromErrno(errno, "read-directory-entry", directory.GuestPath);
            return entry;
        }
        finally
        {
            if (added)
                stream.DangerousRelease();
        }
    }

    string NameOf(IntPtr entry)
    {
        // The kernel limits a name to 255 bytes plus its NUL, so the scan stays inside d_name.
        var bytes = new byte[MaxNameBytes];
        var length = 0;
        while (length < MaxNameBytes && Marshal.ReadByte(entry, NameOffset + length) is var b and not 0)
            bytes[length++] = b;
        try
        {
            return StrictUtf8.GetString(bytes, 0, length);
        }
        catch (DecoderFallbackException)
        {
            throw new FilesystemException(FilesystemErrorCode.IllegalByteSequence,
                $"read-directory-entry '{directory.GuestPath}': an entry's name is not UTF-8");
        }
    }

    /// <summary>Closes the listing.</summary>
    public void Dispose()
    {
        if (disposed)
            return;
        disposed = true;
        stream.Dispose();
        budget.Release();
    }

    sealed class DirectoryStreamHandle : SafeHandle
    {
        public DirectoryStreamHandle(IntPtr dir) : base(IntPtr.Zero, ownsHandle: true) => SetHandle(dir);

        public override bool IsInvalid => handle == IntPtr.Zero;

        protected override bool ReleaseHandle() => LinuxLibC.Closedir(handle) == 0;
    }
}
