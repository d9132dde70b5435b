using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Xunit;

namespace WitSharp.Testing;

/// <summary>Finds the repository root (the folder holding WitSharp.sln) and the <c>../shared</c> folder beside it.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    /// <summary>The repository root.</summary>
    public static string Root => s_root.Value;

    /// <summary><c>../shared</c> beside the repository root, or null when it is absent.</summary>
    public static string? Shared
    {
        get
        {
            string path = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            return Directory.Exists(path) ? path : null;
        }
    }

    /// <summary>A path inside <c>../shared</c>; skips the calling test with a visible reason when it is missing.</summary>
    public static string RequireShared(params string[] parts)
    {
        string? shared = Shared;
        Skip.If(shared is null, $"../shared is not beside the repository root ({Root}); this test reads its data there.");
        string path = Path.Combine(new[] { shared! }.Concat(parts).ToArray());
        Skip.IfNot(File.Exists(path) || Directory.Exists(path), $"{path} is missing from ../shared.");
        return path;
    }

    /// <summary>A path inside the repository.</summary>
    public static string InRepository(params string[] parts) => Path.Combine(new[] { Root }.Concat(parts).ToArray());

    private static string FindRoot()
    {
        // Walk up from the test binary first, as DEVELOPERS.md asks.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "WitSharp.sln"))) return dir.FullName;
        }
        // Binaries built into a private artifacts folder carry the root they were built from.
        string? recorded = typeof(RepositoryPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "WitSharpRepositoryRoot")?.Value;
        if (recorded != null && File.Exists(Path.Combine(recorded, "WitSharp.sln"))) return Path.GetFullPath(recorded);
        throw new InvalidOperationException("Cannot find the folder holding WitSharp.sln above " + AppContext.BaseDirectory);
    }
}
