using System;
using System.IO;

namespace WitSharp.Wasi.Tests;

/// <summary>
/// A throwaway package directory in the temp folder: one WASI package's files as the root and every other WASI package
/// under deps/, all symbolic links to where they lie, so a package that uses its siblings resolves on its own.
/// </summary>
public sealed class PackageView : IDisposable
{
    private static readonly string[] s_packages = { "io", "clocks", "random", "cli", "filesystem", "sockets", "http" };

    private PackageView(string path) => Path = path;

    public string Path { get; }

    public static PackageView Create(string root, Func<string, string> folderOf)
    {
        string path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "witsharp-wasi-view-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(System.IO.Path.Combine(path, "deps"));
        foreach (string file in Directory.GetFiles(folderOf(root), "*.wit"))
        {
            File.CreateSymbolicLink(System.IO.Path.Combine(path, System.IO.Path.GetFileName(file)), file);
        }
        foreach (string package in s_packages)
        {
            if (package != root) Directory.CreateSymbolicLink(System.IO.Path.Combine(path, "deps", package), folderOf(package));
        }
        return new PackageView(path);
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
