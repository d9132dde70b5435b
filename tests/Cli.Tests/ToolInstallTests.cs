using System;
using System.IO;
using System.Text.Json;
using WitSharp.Testing;

namespace WitSharp.Cli.Tests;

/// <summary>
/// The packed dotnet tool installs from a local folder and works: packs the already-built CLI, installs it into a
/// temporary --tool-path with a NuGet config that knows only that folder (and a private package cache, so an older
/// package of the same version is never picked up), then runs it.
/// </summary>
public sealed class ToolInstallTests
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    [SkippableFact]
    public void Packed_tool_installs_from_a_local_folder_and_runs()
    {
        string dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)
            ? host
            : ExternalTool.Require("dotnet", "the .NET SDK");
        using var temp = new TempFolder();
        string feed = Path.Combine(temp.Path, "feed");
        string tools = Path.Combine(temp.Path, "tools");
        string project = RepositoryPaths.InRepository("src", "Cli", "Cli.csproj");

        // The test run has just built the CLI in this configuration; packing reuses that build.
        var pack = ExternalTool.Run(dotnet, $"pack \"{project}\" -c {Configuration} --no-build -o \"{feed}\"");
        Assert.True(pack.ExitCode == 0, pack.StdOut + pack.StdErr);
        string package = Assert.Single(Directory.GetFiles(feed, "WitSharp.Cli.*.nupkg"));
        string version = Path.GetFileNameWithoutExtension(package).Substring("WitSharp.Cli.".Length);

        string config = temp.Write("nuget.config",
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n" +
            $"  <config><add key=\"globalPackagesFolder\" value=\"{Path.Combine(temp.Path, "packages")}\" /></config>\n" +
            $"  <packageSources>\n    <clear />\n    <add key=\"local\" value=\"{feed}\" />\n  </packageSources>\n</configuration>\n");
        var install = ExternalTool.Run(dotnet, $"tool install WitSharp.Cli --tool-path \"{tools}\" --configfile \"{config}\" --version {version}", temp.Path);
        Assert.True(install.ExitCode == 0, install.StdOut + install.StdErr);

        string witsharp = Path.Combine(tools, OperatingSystem.IsWindows() ? "witsharp.exe" : "witsharp");
        var reportedVersion = ExternalTool.Run(witsharp, "--version");
        Assert.Equal(0, reportedVersion.ExitCode);
        Assert.StartsWith(version, reportedVersion.StdOut.Trim());

        string root = RepositoryPaths.Root;
        var check = ExternalTool.Run(witsharp, "check wit-samples", root);
        Assert.Equal(0, check.ExitCode);
        Assert.Contains("checked 4 package(s): 0 error(s)", check.StdOut);

        var lint = ExternalTool.Run(witsharp, "lint wit-samples --format sarif", root);
        Assert.Equal(0, lint.ExitCode);
        using var sarif = JsonDocument.Parse(lint.StdOut);
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var run = sarif.RootElement.GetProperty("runs")[0];
        Assert.Equal(version, run.GetProperty("tool").GetProperty("driver").GetProperty("version").GetString());
        // The samples lint clean, so the installed tool shows its rules through the SARIF rule table, not through results.
        Assert.Equal(JsonValueKind.Array, run.GetProperty("results").ValueKind);
        Assert.Contains(run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray(), r => r.GetProperty("id").GetString() == "WITL001");
    }
}
