using System;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace WitSharp.Wasi.Filesystem.Interop;

/// <summary>
/// The few libc entry points the jail needs, all relative to a directory descriptor so that no path is ever resolved
/// from the process's working directory or the root. Every descriptor argument is a <see cref="SafeHandle"/>: the
/// marshaller holds a reference for the duration of the call, so a concurrent dispose cannot close (and the kernel
/// cannot recycle) the number while a call uses it.
/// </summary>
/// <remarks>
/// Linux only (the callers check <see cref="OperatingSystem.IsLinux"/>). Descriptors travel as pointer-sized values
/// where libc takes an <c>int</c>; on LP64 Linux ABIs the callee reads the low 32 bits of the register, which hold it.
/// </remarks>
internal static class LinuxLibC
{
    const string Lib = "libc";

    /// <summary>The syscall number of openat2, the same on every Linux architecture (added after the 5.1 unification).</summary>
    public const long SysOpenat2 = 437;

    [DllImport(Lib, EntryPoint = "syscall", SetLastError = true)]
    public static extern long Openat2(long number, SafeHandle dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, ref OpenHow how, nuint size);

    [DllImport(Lib, EntryPoint = "openat", SetLastError = true)]
    public static extern int OpenAt(SafeHandle dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, int mode);

    [DllImport(Lib, EntryPoint = "open", SetLastError = true)]
    public static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, int mode);

    [DllImport(Lib, EntryPoint = "close", SetLastError = true)]
    public static extern int Close(IntPtr fd);

    [DllImport(Lib, EntryPoint = "statx", SetLastError = true)]
    public static extern int Statx(SafeHandle dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, out StatxBuffer buffer);

    [DllImport(Lib, EntryPoint = "mkdirat", SetLastError = true)]
    public static extern int MkdirAt(SafeHandle dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int mode);

    [DllImport(Lib, EntryPoint = "unlinkat", SetLastError = true)]
    public static extern int UnlinkAt(SafeHandle dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport(Lib, EntryPoint = "renameat", SetLastError = true)]
    public static extern int RenameAt(SafeHandle olddirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldpath, SafeHandle newdirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string newpath);

    [DllImport(Lib, EntryPoint = "linkat", SetLastError = true)]
    public static extern int LinkAt(SafeHandle olddirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldpath, SafeHandle newdirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string newpath, int flags);

    [DllImport(Lib, EntryPoint = "symlinkat", SetLastError = true)]
    public static extern int SymlinkAt([MarshalAs(UnmanagedType.LPUTF8Str)] string target, SafeHandle newdirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string linkpath);

    [DllImport(Lib, EntryPoint = "readlinkat", SetLastError = true)]
    public static extern nint ReadlinkAt(SafeHandle dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] buffer, nuint size);

    [DllImport(Lib, EntryPoint = "utimensat", SetLastError = true)]
    public static extern int UtimensAt(SafeHandle dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, Timespec[] times, int flags);

    [DllImport(Lib, EntryPoint = "futimens", SetLastError = true)]
    public static extern int Futimens(SafeHandle fd, Timespec[] times);

    [DllImport(Lib, EntryPoint = "pread", SetLastError = true)]
    public static extern nint Pread(SafeHandle fd, ref byte buffer, nuint count, long offset);

    [DllImport(Lib, EntryPoint = "pwrite", SetLastError = true)]
    public static extern nint Pwrite(SafeHandle fd, ref byte buffer, nuint count, long offset);

    [DllImport(Lib, EntryPoint = "ftruncate", SetLastError = true)]
    public static extern int Ftruncate(SafeHandle fd, long length);

    [DllImport(Lib, EntryPoint = "fsync", SetLastError = true)]
    public static extern int Fsync(SafeHandle fd);

    [DllImport(Lib, EntryPoint = "fdatasync", SetLastError = true)]
    public static extern int Fdatasync(SafeHandle fd);

    /// <summary>Returns the error number itself (0 on success), unlike the calls above.</summary>
    [DllImport(Lib, EntryPoint = "posix_fadvise")]
    public static extern int PosixFadvise(SafeHandle fd, long offset, long length, int advice);

    [DllImport(Lib, EntryPoint = "fcntl", SetLastError = true)]
    public static extern int Fcntl(SafeHandle fd, int command);

    [DllImport(Lib, EntryPoint = "fdopendir", SetLastError = true)]
    public static extern IntPtr Fdopendir(IntPtr fd);

    [DllImport(Lib, EntryPoint = "readdir", SetLastError = true)]
    public static extern IntPtr Readdir(IntPtr dir);

    [DllImport(Lib, EntryPoint = "closedir", SetLastError = true)]
    public static extern int Closedir(IntPtr dir);

    /// <summary>Wraps a descriptor number the kernel just returned; the handle owns and will close it.</summary>
    public static SafeFileHandle Own(long fd) => new((IntPtr)fd, ownsHandle: true);

    /// <summary><c>struct open_how</c> of openat2(2).</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct OpenHow
    {
        public ulong Flags;
        public ulong Mode;
        public ulong Resolve;
    }

    /// <summary><c>struct timespec</c> on LP64 Linux.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    /// <summary><c>struct statx_timestamp</c>.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct StatxTimestamp
    {
        public long Seconds;
        public uint Nanoseconds;
        public int Reserved;
    }

    /// <summary><c>struct statx</c>: a kernel ABI with one layout on every architecture (256 bytes).</summary>
    [StructLayout(LayoutKind.Sequential, Size = 256)]
    public struct StatxBuffer
    {
        public uint Mask;
        public uint BlockSize;
        public ulong Attributes;
        public uint LinkCount;
        public uint Uid;
        public uint Gid;
        public ushort Mode;
        public ushort Spare0;
        public ulong Inode;
        public ulong Size;
        public ulong Blocks;
        public ulong AttributesMask;
        public StatxTimestamp AccessTime;
        public StatxTimestamp BirthTime;
        public StatxTimestamp ChangeTime;
        public StatxTimestamp ModificationTime;
        public uint RdevMajor;
        public uint RdevMinor;
        public uint DevMajor;
        public uint DevMinor;
    }
}
