using System.IO;
using WitSharp.Testing;

namespace WitSharp.Packaging.Tests;

/// <summary>
/// README.md's "Run a component" example, pasted as a reader would: its project file and Program.cs, built against the
/// packed packages in a local-folder feed, run the calc component of the corpus through the generated bindings.
/// </summary>
[Trait("Category", "Packaging")]
public sealed class ComponentConsumerTests
{
    private const string Section = "Run a component";

    [Fact]
    public void The_readme_program_is_the_sample_program()
    {
        string sample = File.ReadAllText(RepositoryPaths.InRepository("samples", "Calc", "Program.cs")).Replace("\r\n", "\n");
        Assert.Equal(sample, ReadmeSnippets.Block(Section, "csharp"));
        string expected = File.ReadAllText(RepositoryPaths.InRepository("samples", "Calc", "expected-output.txt")).Replace("\r\n", "\n");
        Assert.Equal(expected, ReadmeSnippets.Block(Section, "text"));
    }

    [SkippableFact]
    public void The_readme_example_built_from_packed_packages_runs_the_calc_component()
    {
        string calc = ComponentCorpus.Require("calc");
        using var feed = LocalFeed.Create();
        string app = Path.Combine(feed.Root, "calc-host");
        string project = ReadmeSnippets.Block(Section, "xml").Replace("Version=\"0.1.0\"", $"Version=\"{feed.Version}\"");
        feed.Write("calc-host/CalcHost.csproj", project);
        feed.Write("calc-host/Program.cs", ReadmeSnippets.Block(Section, "csharp"));
        feed.Write("calc-host/wit/calc.wit", File.ReadAllText(ComponentCorpus.SourcePath("calc/calc.wit")));

        var build = feed.Build(app);
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.DoesNotContain("AD0001", build.Output);
        string bin = Path.Combine(app, "bin", "Debug", "net10.0");
        Assert.True(File.Exists(Path.Combine(bin, "WitSharp.Engine.Components.dll")), build.Output);
        var run = ExternalTool.Run(feed.Dotnet, $"\"{Path.Combine(bin, "CalcHost.dll")}\" \"{calc}\"");
        Assert.True(run.ExitCode == 0, run.StdOut + run.StdErr);
        Assert.Equal(ReadmeSnippets.Block(Section, "text"), run.StdOut.Replace("\r\n", "\n"));
    }
}
