namespace WitSharp.Wasi.Filesystem;

/// <summary>
/// <c>wasi:filesystem/types.error-code</c>, member for member in the WIT's order (so a value converts to the
/// generated binding's enum by its number).
/// </summary>
public enum FilesystemErrorCode
{
    /// <summary>Permission denied (EACCES).</summary>
    Access,
    /// <summary>Resource unavailable, or operation would block (EAGAIN).</summary>
    WouldBlock,
    /// <summary>Connection already in progress (EALREADY).</summary>
    Already,
    /// <summary>Bad descriptor (EBADF).</summary>
    BadDescriptor,
    /// <summary>Device or resource busy (EBUSY).</summary>
    Busy,
    /// <summary>Resource deadlock would occur (EDEADLK).</summary>
    Deadlock,
    /// <summary>Storage quota exceeded (EDQUOT).</summary>
    Quota,
    /// <summary>File exists (EEXIST).</summary>
    Exist,
    /// <summary>File too large (EFBIG).</summary>
    FileTooLarge,
    /// <summary>Illegal byte sequence (EILSEQ).</summary>
    IllegalByteSequence,
    /// <summary>Operation in progress (EINPROGRESS).</summary>
    InProgress,
    /// <summary>Interrupted function (EINTR).</summary>
    Interrupted,
    /// <summary>Invalid argument (EINVAL).</summary>
    Invalid,
    /// <summary>I/O error (EIO).</summary>
    Io,
    /// <summary>Is a directory (EISDIR).</summary>
    IsDirectory,
    /// <summary>Too many levels of symbolic links (ELOOP).</summary>
    Loop,
    /// <summary>Too many links (EMLINK).</summary>
    TooManyLinks,
    /// <summary>Message too large (EMSGSIZE).</summary>
    MessageSize,
    /// <summary>Filename too long (ENAMETOOLONG).</summary>
    NameTooLong,
    /// <summary>No such device (ENODEV).</summary>
    NoDevice,
    /// <summary>No such file or directory (ENOENT).</summary>
    NoEntry,
    /// <summary>No locks available (ENOLCK).</summary>
    NoLock,
    /// <summary>Not enough space (ENOMEM).</summary>
    InsufficientMemory,
    /// <summary>No space left on device (ENOSPC).</summary>
    InsufficientSpace,
    /// <summary>Not a directory (ENOTDIR).</summary>
    NotDirectory,
    /// <summary>Directory not empty (ENOTEMPTY).</summary>
    NotEmpty,
    /// <summary>State not recoverable (ENOTRECOVERABLE).</summary>
    NotRecoverable,
    /// <summary>Not supported (ENOTSUP).</summary>
    Unsupported,
    /// <summary>Inappropriate I/O control operation (ENOTTY).</summary>
    NoTty,
    /// <summary>No such device or address (ENXIO).</summary>
    NoSuchDevice,
    /// <summary>Value too large to be stored in data type (EOVERFLOW).</summary>
    Overflow,
    /// <summary>Operation not permitted (EPERM): also what a path escaping its preopen and a write through a read-only preopen get, as in Wasmtime.</summary>
    NotPermitted,
    /// <summary>Broken pipe (EPIPE).</summary>
    Pipe,
    /// <summary>Read-only file system (EROFS).</summary>
    ReadOnly,
    /// <summary>Invalid seek (ESPIPE).</summary>
    InvalidSeek,
    /// <summary>Text file busy (ETXTBSY).</summary>
    TextFileBusy,
    /// <summary>Cross-device link (EXDEV).</summary>
    CrossDevice,
}
