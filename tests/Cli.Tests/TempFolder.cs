using System;
using System.IO;

namespace WitSharp.Cli.Tests;

/// <summary>A temporary folder for test inputs, deleted on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    /// <summary>A small file with one resolution error on line 4.</summary>
    public const string Broken = "package demo:broken;\n\ninterface api {\n  get: func() -> missing-type;\n}\n";

    public string Path { get; } = Directory.CreateTempSubdirectory("witsharp-cli-").FullName;

    public string Write(string name, string text)
    {
        string path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
