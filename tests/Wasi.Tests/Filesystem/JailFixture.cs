using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using WitSharp.Wasi.Filesystem;

namespace WitSharp.Wasi.Tests.Filesystem;

/// <summary>
/// A temporary tree for jail tests: <c>jail/</c> (the preopen) with files, a subdirectory and symlinks that stay
/// inside or lead out, beside <c>outside/</c>, a sentinel directory the guest must never read or change.
/// </summary>
public sealed class JailFixture : IDisposable
{
    public const string SecretText = "outside: never readable through the jail";

    public JailFixture()
    {
        Root = Directory.CreateTempSubdirectory("witsharp-jail-").FullName;
        Jail = Path.Combine(Root, "jail");
        Outside = Path.Combine(Root, "outside");
        Directory.CreateDirectory(Path.Combine(Jail, "sub"));
        Directory.CreateDirectory(Outside);
        File.WriteAllText(Path.Combine(Outside, "secret.txt"), SecretText);
        File.WriteAllText(Path.Combine(Jail, "file.txt"), "inside");
        File.WriteAllText(Path.Combine(Jail, "sub", "inner.txt"), "inner");
        File.CreateSymbolicLink(Path.Combine(Jail, "link-in"), "sub/inner.txt");
        File.CreateSymbolicLink(Path.Combine(Jail, "link-dir-in"), "sub");
        File.CreateSymbolicLink(Path.Combine(Jail, "sub", "link-up"), "../file.txt");
        File.CreateSymbolicLink(Path.Combine(Jail, "link-out-abs"), Path.Combine(Outside, "secret.txt"));
        File.CreateSymbolicLink(Path.Combine(Jail, "link-out-rel"), "../outside/secret.txt");
        File.CreateSymbolicLink(Path.Combine(Jail, "link-out-dir"), "../outside");
        File.CreateSymbolicLink(Path.Combine(Jail, "link-out-root"), "/");
        File.CreateSymbolicLink(Path.Combine(Jail, "sub", "link-up-out"), "../../outside/secret.txt");
        File.CreateSymbolicLink(Path.Combine(Jail, "loop-a"), "loop-b");
        File.CreateSymbolicLink(Path.Combine(Jail, "loop-b"), "loop-a");
        OutsideFingerprint = Fingerprint(Outside);
    }

    public string Root { get; }
    public string Jail { get; }
    public string Outside { get; }

    /// <summary>Names, types, sizes, modification times and contents of everything under <see cref="Outside"/> when the fixture was made.</summary>
    public string OutsideFingerprint { get; }

    /// <summary>A filesystem with the jail preopened as <c>/jail</c>.</summary>
    internal WasiFilesystem Open(JailResolver resolver, bool readOnly = false, int maxOpenHandles = 64) =>
        new([new WasiPreopen(Jail, "/jail", readOnly)], maxOpenHandles, resolver);

    /// <summary>Lists every entry below <paramref name="directory"/> with what identifies its state.</summary>
    public static string Fingerprint(string directory)
    {
        var lines = new List<string>();
        Walk(new DirectoryInfo(directory));
        return string.Join("\n", lines);

        void Walk(DirectoryInfo dir)
        {
            lines.Add($"{dir.FullName} dir {dir.LastWriteTimeUtc.Ticks}");
            foreach (var item in dir.EnumerateFileSystemInfos().OrderBy(i => i.Name, StringComparer.Ordinal))
            {
                if (item.LinkTarget is { } target)
                    lines.Add($"{item.FullName} link {target}");
                else if (item is FileInfo file)
                    lines.Add($"{file.FullName} file {file.Length} {file.LastWriteTimeUtc.Ticks} {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file.FullName)))}");
                else
                    Walk((DirectoryInfo)item); // a real directory: symlinks are listed above, never entered
            }
        }
    }

    public void AssertOutsideUnchanged() => Assert.Equal(OutsideFingerprint, Fingerprint(Outside));

    public static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A test that failed mid-way may leave a read-only file; the temporary folder is then left to the OS.
        }
    }
}
