using System;
using System.IO;

namespace WitSharp.Wasi.Filesystem;

/// <summary>A filesystem operation failed with a WASI <see cref="FilesystemErrorCode"/>; the guest receives the code.</summary>
public sealed class FilesystemException : IOException
{
    /// <summary>Creates the exception for <paramref name="code"/>.</summary>
    public FilesystemException(FilesystemErrorCode code, string message) : base(message) => Code = code;

    /// <summary>The code the guest sees.</summary>
    public FilesystemErrorCode Code { get; }

    /// <summary>True when the operation was refused because its path led outside the preopen (the jail).</summary>
    public bool IsEscape { get; init; }

    internal static FilesystemException FromErrno(int errno, string operation, string path) =>
        new(ErrnoMapping.ToErrorCode(errno), $"{operation} '{path}': {ErrnoMapping.Describe(errno)}");

    internal static FilesystemException Escape(string operation, string path) =>
        new(FilesystemErrorCode.NotPermitted, $"{operation} '{path}': the path leads outside its preopened directory")
        {
            IsEscape = true,
        };

    internal static FilesystemException ReadOnlyPreopen(string operation, string path) =>
        new(FilesystemErrorCode.NotPermitted, $"{operation} '{path}': the preopened directory is read-only");
}
