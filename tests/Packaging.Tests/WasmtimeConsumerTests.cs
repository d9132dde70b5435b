using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Runtime.InteropServices;
using System.Xml.Linq;
using WitSharp.Testing;

namespace WitSharp.Packaging.Tests;

/// <summary>
/// README.md's "Run a component" example switched to Wasmtime with the one line WitSharp.Wasmtime's readme shows,
/// built from packed packages, runs the calc component; and the package says which platforms its native library covers.
/// </summary>
[Trait("Category", "Packaging")]
public sealed class WasmtimeConsumerTests
{
    private const string Section = "Run a component";

    [SkippableFact]
    public void The_readme_example_on_WasmtimeEngine_built_from_packed_packages_runs_the_calc_component()
    {
        Skip.IfNot(RuntimeInformation.RuntimeIdentifier == "linux-x64", "the consumer run is checked on linux-x64, where CI runs");
        string calc = ComponentCorpus.Require("calc");
        using var feed = LocalFeed.Create();
        string app = Path.Combine(feed.Root, "calc-wasmtime");
        string project = ReadmeSnippets.Block(Section, "xml").Replace("Version=\"0.1.0\"", $"Version=\"{feed.Version}\"");
        project = project.Replace("</ItemGroup>", $"  <PackageReference Include=\"WitSharp.Wasmtime\" Version=\"{feed.Version}\" />\n  </ItemGroup>");
        string program = ReadmeSnippets.Block(Section, "csharp");
        Assert.Contains("var engine = new WasmEngine();", program);
        program = "using WitSharp.Wasmtime;\n" + program.Replace("var engine = new WasmEngine();", "var engine = new WasmtimeEngine();");
        feed.Write("calc-wasmtime/CalcWasmtime.csproj", project);
        feed.Write("calc-wasmtime/Program.cs", program);
        feed.Write("calc-wasmtime/wit/calc.wit", File.ReadAllText(ComponentCorpus.SourcePath("calc/calc.wit")));

        var build = feed.Build(app);
        Assert.True(build.ExitCode == 0, build.Output);
        string bin = Path.Combine(app, "bin", "Debug", "net10.0");
        Assert.True(File.Exists(Path.Combine(bin, "WitSharp.Wasmtime.dll")), build.Output);
        Assert.True(File.Exists(Path.Combine(bin, "runtimes", "linux-x64", "native", "libwasmtime.so")), build.Output);
        var run = ExternalTool.Run(feed.Dotnet, $"\"{Path.Combine(bin, "CalcWasmtime.dll")}\" \"{calc}\"");
        Assert.True(run.ExitCode == 0, run.StdOut + run.StdErr);
        Assert.Equal(ReadmeSnippets.Block(Section, "text"), run.StdOut.Replace("\r\n", "\n"));
    }

    [Fact]
    public void The_package_names_every_platform_the_Wasmtime_package_ships_a_native_library_for()
    {
        using var wasmtime = ZipFile.OpenRead(LocalFeed.RestoredPackage("wasmtime", "50.0.1"));
        string[] platforms = wasmtime.Entries
            .Select(e => e.FullName.Split('/'))
            .Where(parts => parts.Length == 4 && parts[0] == "runtimes" && parts[2] == "native" && parts[3].Length > 0)
            .Select(parts => parts[1]).Distinct().OrderBy(p => p).ToArray();
        Assert.Contains("linux-x64", platforms);

        string readme = File.ReadAllText(RepositoryPaths.InRepository("src", "Wasmtime", "README.md"));
        string description = (string?)XDocument.Load(RepositoryPaths.InRepository("src", "Wasmtime", "Wasmtime.csproj"))
            .Descendants("Description").Single() ?? "";
        foreach (string platform in platforms)
        {
            Assert.Contains(platform, readme);
            Assert.Contains(platform, description);
        }
    }
}
