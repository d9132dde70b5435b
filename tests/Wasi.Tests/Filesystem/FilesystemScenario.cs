using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;

namespace WitSharp.Wasi.Tests.Filesystem;

/// <summary>
/// The host side of one run of a file corpus program: <c>data/</c> (preopened read-write as <c>/data</c>),
/// <c>ro/</c> (read-only as <c>/ro</c>) and <c>outside/</c> beside them, which no run may read or change.
/// Each host of a differential gets its own scenario, built alike.
/// </summary>
public sealed class FilesystemScenario : IDisposable
{
    public const string SecretText = "outside secret: never to be read through /data";

    public FilesystemScenario()
    {
        Root = Directory.CreateTempSubdirectory("witsharp-fs-").FullName;
        Data = Path.Combine(Root, "data");
        ReadOnly = Path.Combine(Root, "ro");
        Outside = Path.Combine(Root, "outside");
        Directory.CreateDirectory(Data);
        Directory.CreateDirectory(Path.Combine(ReadOnly, "sub"));
        Directory.CreateDirectory(Outside);
        File.WriteAllText(Path.Combine(Outside, "secret.txt"), SecretText);
        File.WriteAllText(Path.Combine(Data, "seed.txt"), "seed text\n");
        File.WriteAllText(Path.Combine(Data, "doomed.txt"), "to be removed\n");
        File.WriteAllText(Path.Combine(Data, "inside.txt"), "inside\n");
        File.WriteAllText(Path.Combine(ReadOnly, "inside.txt"), "read-only inside\n");
        File.WriteAllText(Path.Combine(ReadOnly, "sub", "kept.txt"), "kept\n");
        File.CreateSymbolicLink(Path.Combine(Data, "link-out"), "../outside/secret.txt");
        File.CreateSymbolicLink(Path.Combine(Data, "link-abs"), Path.Combine(Outside, "secret.txt"));
        File.CreateSymbolicLink(Path.Combine(Data, "link-dir-out"), "../outside");
        OutsideBefore = Fingerprint(Outside, withTimes: true);
        ReadOnlyBefore = Fingerprint(ReadOnly, withTimes: true);
    }

    public string Root { get; }
    public string Data { get; }
    public string ReadOnly { get; }
    public string Outside { get; }
    public string OutsideBefore { get; }
    public string ReadOnlyBefore { get; }

    /// <summary>Configures our host: /data read-write, /ro read-only.</summary>
    public WasiConfiguration Grant(WasiConfiguration configuration) =>
        configuration.Preopen(Data, "/data").Preopen(ReadOnly, "/ro", readOnly: true);

    /// <summary>Configures Wasmtime alike.</summary>
    public global::Wasmtime.WasiConfiguration Grant(global::Wasmtime.WasiConfiguration configuration) =>
        configuration.WithPreopenedDirectory(Data, "/data", true).WithPreopenedDirectory(ReadOnly, "/ro", false);

    /// <summary>Neither the sentinel directory nor the read-only preopen changed in any way (names, contents, times).</summary>
    public void AssertUntouched()
    {
        Assert.Equal(OutsideBefore, Fingerprint(Outside, withTimes: true));
        Assert.Equal(ReadOnlyBefore, Fingerprint(ReadOnly, withTimes: true));
    }

    /// <summary>
    /// Every entry below <paramref name="directory"/> by its relative name: type, link target, size and content hash
    /// (and modification time when <paramref name="withTimes"/>). Symlinks are listed, never entered.
    /// </summary>
    public static string Fingerprint(string directory, bool withTimes)
    {
        var lines = new List<string>();
        var scenarioRoot = Path.GetDirectoryName(Path.GetFullPath(directory))!;
        Walk(new DirectoryInfo(directory), "");
        return string.Join("\n", lines);

        void Walk(DirectoryInfo dir, string relative)
        {
            lines.Add($"{relative}/ dir{(withTimes ? " " + dir.LastWriteTimeUtc.Ticks : "")}");
            foreach (var item in dir.EnumerateFileSystemInfos().OrderBy(i => i.Name, StringComparer.Ordinal))
            {
                var name = relative + "/" + item.Name;
                if (item.LinkTarget is { } target)
                    lines.Add($"{name} -> {target.Replace(scenarioRoot, "<root>")}"); // each host's scenario has its own root
                else if (item is FileInfo file)
                    lines.Add($"{name} {file.Length} {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file.FullName)))[..16]}{(withTimes ? " " + file.LastWriteTimeUtc.Ticks : "")}");
                else
                    Walk((DirectoryInfo)item, name);
            }
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean when a failed run left something odd behind.
        }
    }
}
