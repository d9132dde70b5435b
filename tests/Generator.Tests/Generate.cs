using System.Collections.Generic;
using System.Linq;
using WitSharp.WitParser;
using WitSharp.WitParser.Resolution;
using WitSharp.WitParser.Text;

namespace WitSharp.Generator.Tests;

/// <summary>Loads WIT text and generates bindings for one of its worlds.</summary>
public static class Generate
{
    /// <summary>Bindings for world <paramref name="world"/> (or the only world) of a single WIT document.</summary>
    public static BindingsOutput FromText(string wit, string? world = null, BindingsOptions? options = null) =>
        FromSources(new[] { wit }, world, options);

    /// <summary>
    /// Bindings for a world of the last document in <paramref name="mainAndDeps"/>; the documents before it are
    /// dependency packages (one per document), so several versions of a package can be loaded side by side.
    /// </summary>
    public static BindingsOutput FromSources(IReadOnlyList<string> mainAndDeps, string? world = null, BindingsOptions? options = null)
    {
        var deps = mainAndDeps.Take(mainAndDeps.Count - 1)
            .Select((text, i) => (IReadOnlyList<SourceText>)new[] { new SourceText("dep" + i + ".wit", text) }).ToList();
        var root = new[] { new SourceText("main.wit", mainAndDeps[mainAndDeps.Count - 1]) };
        var load = WitLoader.LoadSources(root, deps);
        Assert.True(load.Success, string.Join("\n", load.Diagnostics));
        Assert.True(WorldSelection.TrySelect(load.Resolve!, load.RootPackages, world, out int id, out var error), error);
        return CSharpBindingsGenerator.Generate(load.Resolve!, id, options);
    }

    /// <summary>All generated text, for assertions on shape.</summary>
    public static string AllText(this BindingsOutput output) => string.Join("\n", output.Sources.Select(s => s.Text));

    /// <summary>Asserts the bindings (plus user code) compile with no errors or warnings.</summary>
    public static void AssertCompiles(this BindingsOutput output, params string[] userCode)
    {
        var problems = BindingsCompiler.Compile(output.Sources, userCode);
        Assert.True(problems.Count == 0, BindingsCompiler.Describe(problems) + "\n\n" + output.AllText());
    }
}
