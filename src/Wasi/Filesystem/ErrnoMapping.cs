using System;
using WitSharp.Wasi.Filesystem.Interop;
using static WitSharp.Wasi.Filesystem.Interop.LinuxConstants;

namespace WitSharp.Wasi.Filesystem;

/// <summary>
/// Linux errno to <see cref="FilesystemErrorCode"/>. Where Wasmtime maps an errno it is mapped the same way (the
/// differential tests compare the two hosts); the rest follow the WIT's own errno notes instead of Wasmtime's `io`.
/// </summary>
internal static class ErrnoMapping
{
    public static FilesystemErrorCode ToErrorCode(int errno) => errno switch
    {
        EPERM => FilesystemErrorCode.NotPermitted,
        ENOENT => FilesystemErrorCode.NoEntry,
        ENOMEM => FilesystemErrorCode.InsufficientMemory,
        EIO => FilesystemErrorCode.Io,
        EBADF => FilesystemErrorCode.BadDescriptor,
        EBUSY => FilesystemErrorCode.Busy,
        EACCES => FilesystemErrorCode.Access,
        ENOTDIR => FilesystemErrorCode.NotDirectory,
        EISDIR => FilesystemErrorCode.IsDirectory,
        EINVAL => FilesystemErrorCode.Invalid,
        EEXIST => FilesystemErrorCode.Exist,
        EFBIG => FilesystemErrorCode.FileTooLarge,
        ENOSPC => FilesystemErrorCode.InsufficientSpace,
        ESPIPE => FilesystemErrorCode.InvalidSeek,
        EMLINK => FilesystemErrorCode.TooManyLinks,
        ENAMETOOLONG => FilesystemErrorCode.NameTooLong,
        ENOTEMPTY => FilesystemErrorCode.NotEmpty,
        ELOOP => FilesystemErrorCode.Loop,
        EOVERFLOW => FilesystemErrorCode.Overflow,
        EILSEQ => FilesystemErrorCode.IllegalByteSequence,
        EOPNOTSUPP => FilesystemErrorCode.Unsupported,
        EALREADY => FilesystemErrorCode.Already,
        EINPROGRESS => FilesystemErrorCode.InProgress,
        EINTR => FilesystemErrorCode.Interrupted,
        EPIPE => FilesystemErrorCode.Pipe,
        EAGAIN => FilesystemErrorCode.WouldBlock,
        EDEADLK => FilesystemErrorCode.Deadlock,
        EDQUOT => FilesystemErrorCode.Quota,
        EMSGSIZE => FilesystemErrorCode.MessageSize,
        ENODEV => FilesystemErrorCode.NoDevice,
        ENOLCK => FilesystemErrorCode.NoLock,
        ENOTRECOVERABLE => FilesystemErrorCode.NotRecoverable,
        ENOTTY => FilesystemErrorCode.NoTty,
        ENXIO => FilesystemErrorCode.NoSuchDevice,
        EROFS => FilesystemErrorCode.ReadOnly,
        ETXTBSY => FilesystemErrorCode.TextFileBusy,
        EXDEV => FilesystemErrorCode.CrossDevice,
        _ => FilesystemErrorCode.Io,
    };

    /// <summary>A short description of <paramref name="errno"/> for messages (the host's strerror text).</summary>
    public static string Describe(int errno) => $"{System.Runtime.InteropServices.Marshal.GetPInvokeErrorMessage(errno)} (errno {errno})";

    /// <summary>The errno of the last failed call on this thread.</summary>
    public static int Last() => System.Runtime.InteropServices.Marshal.GetLastPInvokeError();
}
