using System;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text.Json;
using WitSharp.Testing;

namespace WitSharp.Cli.Tests;

/// <summary>
/// The packed dotnet tool installs from a local folder and works (<see cref="PackedTool"/>), including
/// <c>run --engine wasmtime</c>, whose native library the package carries.
/// </summary>
public sealed class ToolInstallTests(PackedTool tool) : IClassFixture<PackedTool>
{
    [SkippableFact]
    public void Packed_tool_installs_from_a_local_folder_and_runs()
    {
        string witsharp = tool.Witsharp;
        var reportedVersion = ExternalTool.Run(witsharp, "--version");
        Assert.Equal(0, reportedVersion.ExitCode);
        Assert.StartsWith(tool.Version, reportedVersion.StdOut.Trim());

        string root = RepositoryPaths.Root;
        var check = ExternalTool.Run(witsharp, "check wit-samples", root);
        Assert.Equal(0, check.ExitCode);
        Assert.Contains("checked 4 package(s): 0 error(s)", check.StdOut);

        var lint = ExternalTool.Run(witsharp, "lint wit-samples --format sarif", root);
        Assert.Equal(0, lint.ExitCode);
        using var sarif = JsonDocument.Parse(lint.StdOut);
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var run = sarif.RootElement.GetProperty("runs")[0];
        Assert.Equal(tool.Version, run.GetProperty("tool").GetProperty("driver").GetProperty("version").GetString());
        // The samples lint clean, so the installed tool shows its rules through the SARIF rule table, not through results.
        Assert.Equal(JsonValueKind.Array, run.GetProperty("results").ValueKind);
        Assert.Contains(run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray(), r => r.GetProperty("id").GetString() == "WITL001");
    }

    [SkippableFact]
    public void Packed_tool_carries_Wasmtime_and_runs_a_component_on_it()
    {
        using (ZipArchive archive = ZipFile.OpenRead(tool.Package))
        {
            Assert.Contains(archive.Entries, e => e.FullName.EndsWith("/runtimes/linux-x64/native/libwasmtime.so", StringComparison.Ordinal));
        }
        Skip.IfNot(OperatingSystem.IsLinux() && RuntimeInformation.OSArchitecture == Architecture.X64, "the run checks the linux-x64 native library");
        string calc = ComponentCorpus.Require("calc");

        var add = ExternalTool.Run(tool.Witsharp, $"run \"{calc}\" --engine wasmtime --invoke \"add(40, 2)\"");

        Assert.True(add.ExitCode == 0, add.StdOut + add.StdErr);
        Assert.Equal("42", add.StdOut.Trim());
    }
}
