using System;
using System.IO;
using WitSharp.Testing;

namespace WitSharp.Cli.Tests;

/// <summary>
/// The CLI packed as a dotnet tool and installed from a local folder, once for every test of a class: packs the
/// already-built CLI, installs it into a temporary --tool-path with a NuGet config that knows only that folder (and a
/// private package cache, so an older package of the same version is never picked up).
/// </summary>
public sealed class PackedTool : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly Lazy<(string Package, string Version, string Witsharp)> _installed;

    public PackedTool() => _installed = new(Install);

    /// <summary>The .nupkg; skips the calling test when the .NET SDK is not found.</summary>
    public string Package => _installed.Value.Package;

    /// <summary>The package's version.</summary>
    public string Version => _installed.Value.Version;

    /// <summary>The installed witsharp executable.</summary>
    public string Witsharp => _installed.Value.Witsharp;

    public void Dispose() => _temp.Dispose();

    private (string, string, string) Install()
    {
        string dotnet = IsolatedNuGet.Dotnet();
        string feed = Path.Combine(_temp.Path, "feed");
        string tools = Path.Combine(_temp.Path, "tools");
        string project = RepositoryPaths.InRepository("src", "Cli", "Cli.csproj");

        // The test run has just built the CLI in this configuration; packing reuses that build.
        var pack = ExternalTool.Run(dotnet, $"pack \"{project}\" -c {IsolatedNuGet.Configuration} --no-build -o \"{feed}\"");
        Assert.True(pack.ExitCode == 0, pack.StdOut + pack.StdErr);
        string package = Assert.Single(Directory.GetFiles(feed, "WitSharp.Cli.*.nupkg"));
        string version = Path.GetFileNameWithoutExtension(package).Substring("WitSharp.Cli.".Length);

        string config = IsolatedNuGet.WriteConfig(Path.Combine(_temp.Path, "nuget.config"), feed, Path.Combine(_temp.Path, "packages"));
        var install = ExternalTool.Run(dotnet, $"tool install WitSharp.Cli --tool-path \"{tools}\" --configfile \"{config}\" --version {version}", _temp.Path);
        Assert.True(install.ExitCode == 0, install.StdOut + install.StdErr);
        return (package, version, Path.Combine(tools, OperatingSystem.IsWindows() ? "witsharp.exe" : "witsharp"));
    }
}
