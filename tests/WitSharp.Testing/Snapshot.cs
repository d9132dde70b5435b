using System;
using System.IO;
using System.Runtime.CompilerServices;
using Xunit;

namespace WitSharp.Testing;

/// <summary>
/// A minimal snapshot helper: compares text with a file under the test project's <c>Snapshots/</c> folder.
/// Set <c>WITSHARP_UPDATE_SNAPSHOTS=1</c> to (re)write snapshots; a missing snapshot fails the test.
/// </summary>
public static class Snapshot
{
    /// <summary>Asserts that <paramref name="actual"/> equals the stored snapshot <paramref name="name"/>.</summary>
    public static void Match(string actual, string name, [CallerFilePath] string callerFile = "")
    {
        string dir = Path.Combine(Path.GetDirectoryName(callerFile)!, "Snapshots");
        string path = Path.Combine(dir, name);
        string normalized = actual.Replace("\r\n", "\n");
        if (Environment.GetEnvironmentVariable("WITSHARP_UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(dir);
            File.WriteAllText(path, normalized);
            return;
        }
        Assert.True(File.Exists(path), $"snapshot {path} does not exist; run with WITSHARP_UPDATE_SNAPSHOTS=1 to create it");
        Assert.Equal(File.ReadAllText(path).Replace("\r\n", "\n"), normalized);
    }
}
