using System;
using System.IO;
using WitSharp.Testing;

namespace WitSharp.Packaging.Tests;

/// <summary>
/// A throw-away NuGet world: the WitSharp packages packed into a folder, and a nuget.config that knows only
/// that folder and a private package cache (so no older package of the same version is ever picked up).
/// </summary>
internal sealed class LocalFeed : IDisposable
{
    private LocalFeed(string dotnet, string root)
    {
        Dotnet = dotnet;
        Root = root;
    }

    /// <summary>The dotnet host running the tests, or the one on PATH.</summary>
    public string Dotnet { get; }

    /// <summary>The temporary folder holding the feed, the package cache, the config and consumer projects.</summary>
    public string Root { get; }

    public string ConfigFile => Path.Combine(Root, "nuget.config");

    public string Version { get; private set; } = "";

    // Every package a consumer may reference: the generator (as WitSharp) with its runtime, the component runtime on
    // the managed engine with what it depends on, the Wasmtime engine, and the WASI host with its ASP.NET Core integration.
    private static readonly string[] Projects =
    {
        "WitParser/WitParser.csproj", "Runtime/Runtime.csproj", "Generator/Generator.csproj", "Engine/Engine.csproj",
        "Engine.Bindings/Engine.Bindings.csproj", "Components/Components.csproj", "Engine.Components/Engine.Components.csproj",
        "Wasmtime/Wasmtime.csproj", "Wasi/Wasi.csproj", "AspNetCore/AspNetCore.csproj",
    };

    // Third-party packages a packed package depends on, copied into the feed from the restore's package folder (the
    // feed is the consumer's only source).
    private static readonly (string Id, string Version)[] Dependencies = { ("wasmtime", "50.0.1") };

    /// <summary>Packs every package of <see cref="Projects"/> into a new feed; skips when dotnet is absent.</summary>
    public static LocalFeed Create()
    {
        var feed = new LocalFeed(IsolatedNuGet.Dotnet(), Directory.CreateTempSubdirectory("witsharp-pack-").FullName);
        try
        {
            feed.PackAll();
            return feed;
        }
        catch
        {
            feed.Dispose();
            throw;
        }
    }

    private void PackAll()
    {
        string packages = Path.Combine(Root, "feed");
        foreach (string project in Projects)
        {
            string path = RepositoryPaths.InRepository("src", project);
            // The test run has just built these (they are project references); fall back to a build if not.
            var pack = ExternalTool.Run(Dotnet, $"pack \"{path}\" -c {IsolatedNuGet.Configuration} --no-build -o \"{packages}\"");
            if (pack.ExitCode != 0)
                pack = ExternalTool.Run(Dotnet, $"pack \"{path}\" -c {IsolatedNuGet.Configuration} -o \"{packages}\"");
            Assert.True(pack.ExitCode == 0, pack.StdOut + pack.StdErr);
        }
        foreach ((string id, string version) in Dependencies) File.Copy(RestoredPackage(id, version), Path.Combine(packages, $"{id}.{version}.nupkg"));
        string witsharp = Assert.Single(Directory.GetFiles(packages, "WitSharp.*.nupkg"), p => char.IsDigit(Path.GetFileName(p)["WitSharp.".Length]));
        Version = Path.GetFileNameWithoutExtension(witsharp).Substring("WitSharp.".Length);
        IsolatedNuGet.WriteConfig(ConfigFile, packages, Path.Combine(Root, "packages"));
    }

    /// <summary>The .nupkg of a package the test run restored (NUGET_PACKAGES, else ~/.nuget/packages).</summary>
    public static string RestoredPackage(string id, string version)
    {
        string root = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } custom
            ? custom
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        string path = Path.Combine(root, id, version, $"{id}.{version}.nupkg");
        Assert.True(File.Exists(path), $"{path} is missing: the restore of src/Wasmtime should have put it there");
        return path;
    }

    /// <summary>The packed <paramref name="id"/> package in the feed.</summary>
    public string PackagePath(string id) => Path.Combine(Root, "feed", $"{id}.{Version}.nupkg");

    /// <summary>Writes <paramref name="text"/> to <paramref name="relativePath"/> under the feed's folder.</summary>
    public string Write(string relativePath, string text)
    {
        string path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Builds a consumer project against this feed only.</summary>
    public (int ExitCode, string Output) Build(string projectDirectory)
    {
        // A first build restores every package from the feed and runs the source generator: minutes on a busy machine.
        var build = ExternalTool.Run(Dotnet, $"build --configfile \"{ConfigFile}\" -nologo", projectDirectory, timeoutMs: 600_000);
        return (build.ExitCode, build.StdOut + build.StdErr);
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
