using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using WitSharp.Generator.Roslyn;

namespace WitSharp.Generator.Tests.Roslyn;

public class IncrementalityTests
{
    private static readonly IncrementalStepRunReason[] s_reused = { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged };

    private const string OtherWit = "package demo:other;\n\nworld w {\n  export ping: func() -> u32;\n}\n";

    private static readonly AdditionalText s_calc = new InMemoryAdditionalText("/a/wit/calc.wit", WitBindingsGeneratorTests.CalcWit);
    private static readonly AdditionalText s_logging = new InMemoryAdditionalText("/a/wit/deps/logging/log.wit", WitBindingsGeneratorTests.LoggingWit);
    private static readonly AdditionalText s_other = new InMemoryAdditionalText("/b/wit/other.wit", OtherWit);

    private static GeneratorDriver FirstRun(out Compilation compilation)
    {
        compilation = GeneratorHarness.Compilation("class C { }");
        var first = GeneratorHarness.RunOnce(GeneratorHarness.CreateDriver(new[] { s_calc, s_logging, s_other }), out var driver, compilation);
        Assert.Empty(first.Diagnostics);
        Assert.Equal(2, GeneratorHarness.BindingReasons(first).Count);
        return driver;
    }

    [Fact]
    public void Editing_csharp_code_reuses_every_wit_step()
    {
        var driver = FirstRun(out var compilation);
        var before = driver.GetRunResult().Results.Single().GeneratedSources.Select(s => s.HintName).ToList();
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class D { int X => 1; }", GeneratorHarness.ParseOptions, "D.cs"));

        var result = GeneratorHarness.RunOnce(driver, out _, edited);

        foreach (var name in new[] { WitTrackingNames.Files, WitTrackingNames.Projects, WitTrackingNames.Bindings })
        {
            var reasons = GeneratorHarness.Reasons(result, name).ToList();
            Assert.NotEmpty(reasons);
            Assert.All(reasons, r => Assert.Contains(r, s_reused));
        }
        Assert.Equal(before, result.GeneratedSources.Select(s => s.HintName).ToList());
    }

    [Fact]
    public void Editing_one_wit_file_reruns_only_its_project()
    {
        var driver = FirstRun(out var compilation);
        var edited = new InMemoryAdditionalText(s_other.Path, OtherWit.Replace("ping", "pong"));

        var result = GeneratorHarness.RunOnce(driver.ReplaceAdditionalText(s_other, edited), out _, compilation);

        var files = FileReasons(result);
        Assert.Equal(IncrementalStepRunReason.Modified, files[s_other.Path]);
        Assert.Contains(files[s_calc.Path], s_reused);
        Assert.Contains(files[s_logging.Path], s_reused);
        var projects = ProjectReasons(result);
        Assert.Equal(IncrementalStepRunReason.Modified, projects["/b/wit"]);
        Assert.Contains(projects["/a/wit"], s_reused);
        var bindings = GeneratorHarness.BindingReasons(result);
        Assert.Equal(IncrementalStepRunReason.Modified, bindings["/b/wit"]);
        Assert.Contains(bindings["/a/wit"], s_reused);
        Assert.Contains("Pong", string.Join("\n", result.GeneratedSources.Select(s => s.SourceText.ToString())));
    }

    [Fact]
    public void Editing_a_dependency_reruns_the_project_that_uses_it()
    {
        var driver = FirstRun(out var compilation);
        var edited = new InMemoryAdditionalText(s_logging.Path, WitBindingsGeneratorTests.LoggingWit.Replace("error }", "error, debug }"));

        var result = GeneratorHarness.RunOnce(driver.ReplaceAdditionalText(s_logging, edited), out _, compilation);

        var bindings = GeneratorHarness.BindingReasons(result);
        Assert.Equal(IncrementalStepRunReason.Modified, bindings["/a/wit"]);
        Assert.Contains(bindings["/b/wit"], s_reused);
        Assert.Contains("Debug", string.Join("\n", result.GeneratedSources.Select(s => s.SourceText.ToString())));
    }

    private static Dictionary<string, IncrementalStepRunReason> FileReasons(GeneratorRunResult result) =>
        result.TrackedSteps[WitTrackingNames.Files].SelectMany(s => s.Outputs)
            .ToDictionary(o => ((WitFileInput)o.Value).Path, o => o.Reason);

    private static Dictionary<string, IncrementalStepRunReason> ProjectReasons(GeneratorRunResult result) =>
        result.TrackedSteps[WitTrackingNames.Projects].SelectMany(s => s.Outputs)
            .ToDictionary(o => ((WitProjectInput)o.Value).Directory, o => o.Reason);
}
