using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace WitSharp.Benchmarks;

/// <summary>Finds the repository root and <c>../shared</c> from a benchmark binary (which may live in an artifacts folder).</summary>
public static class BenchPaths
{
    /// <summary>The folder holding WitSharp.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary><c>../shared</c> beside the repository root.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "WitSharp.sln"))) return dir.FullName;
        }
        string? recorded = typeof(BenchPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "WitSharpRepositoryRoot")?.Value;
        if (recorded != null && File.Exists(Path.Combine(recorded, "WitSharp.sln"))) return Path.GetFullPath(recorded);
        throw new InvalidOperationException("Cannot find WitSharp.sln; run the benchmarks from inside the repository.");
    }
}
