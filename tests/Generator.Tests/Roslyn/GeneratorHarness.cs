using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using WitSharp.Generator.Roslyn;

namespace WitSharp.Generator.Tests.Roslyn;

/// <summary>Runs <see cref="WitBindingsGenerator"/> through a real generator driver with step tracking on.</summary>
public static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>A driver over <paramref name="files"/>; <paramref name="metadata"/> maps a path to its WitWorld/WitNamespace.</summary>
    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> files, IReadOnlyDictionary<string, (string? World, string? Namespace)>? metadata = null)
    {
        var options = new Dictionary<string, Dictionary<string, string>>();
        foreach (var (path, (world, ns)) in metadata ?? new Dictionary<string, (string?, string?)>())
        {
            var values = new Dictionary<string, string>();
            if (world is not null) values[WitMetadataNames.World] = world;
            if (ns is not null) values[WitMetadataNames.Namespace] = ns;
            options[path] = values;
        }
        return CSharpGeneratorDriver.Create(new[] { new WitBindingsGenerator().AsSourceGenerator() }, files, ParseOptions,
            new TestOptionsProvider(options), new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    /// <summary>A compilation of user code only; the generator does not look at it.</summary>
    public static CSharpCompilation Compilation(params string[] code) => CSharpCompilation.Create("User",
        code.Select((c, i) => CSharpSyntaxTree.ParseText(c, ParseOptions, "User" + i + ".cs")),
        new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    /// <summary>Runs the generator once and returns its single result.</summary>
    public static GeneratorRunResult RunOnce(GeneratorDriver driver, out GeneratorDriver updated, Compilation? compilation = null)
    {
        updated = driver.RunGenerators(compilation ?? Compilation("class C { }"));
        return updated.GetRunResult().Results.Single();
    }

    /// <summary>The generated files as the emitter's <see cref="GeneratedSource"/>s, to compile them.</summary>
    public static IReadOnlyList<GeneratedSource> Sources(GeneratorRunResult result) =>
        result.GeneratedSources.Select(s => new GeneratedSource(s.HintName, s.SourceText.ToString())).ToList();

    /// <summary>Every output reason of the steps named <paramref name="name"/>.</summary>
    public static IEnumerable<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string name) =>
        result.TrackedSteps[name].SelectMany(s => s.Outputs).Select(o => o.Reason);

    /// <summary>The output reasons of the Bindings steps, keyed by the project directory they bound.</summary>
    public static ImmutableDictionary<string, IncrementalStepRunReason> BindingReasons(GeneratorRunResult result) =>
        result.TrackedSteps[WitTrackingNames.Bindings].ToImmutableDictionary(
            // The step's input is the project combined with whether the compilation references the component runtime.
            s => (((WitProjectInput Project, bool) )s.Inputs[0].Source.Outputs[s.Inputs[0].OutputIndex].Value).Project.Directory,
            s => s.Outputs.Single().Reason);
}
