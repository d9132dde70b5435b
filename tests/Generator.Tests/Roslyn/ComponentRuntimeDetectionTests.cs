using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using WitSharp.Generator.Roslyn;

namespace WitSharp.Generator.Tests.Roslyn;

/// <summary>
/// The source generator writes the world's component class (AddToLinker, Instantiate) only when the compilation
/// references WitSharp's component runtime, so plain bindings never need that package.
/// </summary>
public class ComponentRuntimeDetectionTests
{
    private const string CalcWit = "package demo:calc;\n\nworld calc {\n  import log: func(msg: string);\n  export add: func(a: u32, b: u32) -> u32;\n}\n";

    // Stands in for the runtime's assembly: the generator only asks whether the type exists.
    private const string RuntimeStub = "namespace WitSharp.Engine.Components { public sealed class ComponentLinker { } }";

    private static readonly AdditionalText s_calc = new InMemoryAdditionalText("/p/wit/calc.wit", CalcWit);

    private static string Generated(GeneratorRunResult result) => string.Join("\n", result.GeneratedSources.Select(s => s.SourceText.ToString()));

    [Fact]
    public void Without_the_runtime_no_component_class_is_written()
    {
        var result = GeneratorHarness.RunOnce(GeneratorHarness.CreateDriver(new[] { s_calc }), out _);

        Assert.Empty(result.Diagnostics);
        string text = Generated(result);
        Assert.Contains("public static class ImportsBinding", text);
        Assert.DoesNotContain("AddToLinker", text);
        Assert.DoesNotContain("WitSharp.Engine.Components", text);
        Assert.Contains("public sealed class ExportsBinding", text);
    }

    [Fact]
    public void With_the_runtime_the_world_class_registers_imports_and_derives_from_the_exports_binding()
    {
        var compilation = GeneratorHarness.Compilation("class C { }", RuntimeStub);
        var result = GeneratorHarness.RunOnce(GeneratorHarness.CreateDriver(new[] { s_calc }), out _, compilation);

        Assert.Empty(result.Diagnostics);
        string text = Generated(result);
        Assert.Contains("public sealed class Calc : ExportsBinding, global::System.IDisposable", text);
        Assert.Contains("public class ExportsBinding : IExports", text);
        Assert.Contains("linker.Root.DefineFunction(\"log\", host, global::Demo.Calc.CalcWorld.ImportsBinding.Log);", text);
    }

    [Fact]
    public void Referencing_the_runtime_later_reruns_generation_and_c_sharp_edits_do_not()
    {
        var plain = GeneratorHarness.Compilation("class C { }");
        GeneratorHarness.RunOnce(GeneratorHarness.CreateDriver(new[] { s_calc }), out var driver, plain);

        var edited = plain.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class D { }", GeneratorHarness.ParseOptions, "D.cs"));
        var again = GeneratorHarness.RunOnce(driver, out driver, edited);
        Assert.All(GeneratorHarness.BindingReasons(again).Values,
            r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
        Assert.DoesNotContain("AddToLinker", Generated(again));

        var withRuntime = edited.AddSyntaxTrees(CSharpSyntaxTree.ParseText(RuntimeStub, GeneratorHarness.ParseOptions, "Runtime.cs"));
        var rerun = GeneratorHarness.RunOnce(driver, out _, withRuntime);
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(GeneratorHarness.BindingReasons(rerun).Values));
        Assert.Contains("AddToLinker", Generated(rerun));
    }
}
