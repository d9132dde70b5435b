using System;
using System.IO;
using WitSharp.Cli.Input;

namespace WitSharp.Cli.Output;

/// <summary>
/// Replaces a file's contents so that it holds either the old bytes or the new ones, never a part or nothing: the new
/// bytes go to a temporary file beside the target (same folder, so the same file system), are flushed to disk, get
/// the target's permission bits, and the temporary file is then renamed over the target. When anything fails (a full
/// disk, a read-only folder), the target is untouched and the temporary file is removed.
/// </summary>
/// <remarks>
/// A target reached through a symbolic link is written at its real path, so the link stays a link. The owner and
/// group of the new file are the writer's (rename cannot keep them); the permission bits are kept.
/// </remarks>
public sealed class AtomicFileWriter
{
    private readonly Func<Stream, Stream> _wrapTemporary;

    /// <summary>A writer to the real file system.</summary>
    public AtomicFileWriter()
        : this(stream => stream)
    {
    }

    /// <summary>
    /// A writer whose temporary-file stream passes through <paramref name="wrapTemporary"/>: the seam tests use to
    /// make a write fail the way a full disk does, which permission bits cannot do when tests run as root.
    /// </summary>
    public AtomicFileWriter(Func<Stream, Stream> wrapTemporary)
    {
        _wrapTemporary = wrapTemporary;
    }

    /// <summary>
    /// Replaces the contents of the file <paramref name="path"/> with <paramref name="contents"/>, or creates it
    /// (with the default permissions) when there is none yet.
    /// </summary>
    /// <exception cref="IOException">The new contents could not be written; the file is unchanged.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder or file may not be written; the file is unchanged.</exception>
    public void Replace(string path, byte[] contents)
    {
        string target = RealPaths.Resolve(path);
        string folder = Path.GetDirectoryName(target) ?? ".";
        // Hidden, unique, and ending in neither .wit nor anything a walk would pick up if a crash left it behind.
        string temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.witsharp-tmp");
        try
        {
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                // The wrapper is a view of the file stream, which the using disposes.
                var stream = _wrapTemporary(file);
                stream.Write(contents, 0, contents.Length);
                stream.Flush();
                // Durable before the rename: after a crash the target is the old file or the complete new one.
                file.Flush(flushToDisk: true);
            }
            if (!OperatingSystem.IsWindows() && File.Exists(target)) File.SetUnixFileMode(temporary, File.GetUnixFileMode(target));
            File.Move(temporary, target, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            // The original error is the one to report; a leftover temporary file is hidden and harmless.
        }
    }
}
