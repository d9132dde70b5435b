using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using WitSharp.Testing;
using WitSharp.WitParser;
using Xunit.Abstractions;

namespace WitSharp.Generator.Tests;

/// <summary>Every world of the conformance corpora and samples generates bindings that compile without warnings.</summary>
public sealed class CorpusCompileTests
{
    private readonly ITestOutputHelper _output;

    public CorpusCompileTests(ITestOutputHelper output) => _output = output;

    [SkippableFact]
    public void EveryCorpusWorldCompilesWithoutErrorsOrWarnings()
    {
        string codegen = RepositoryPaths.RequireShared("conformance", "wit-bindgen-codegen");
        string bundles = RepositoryPaths.RequireShared("conformance", "wasi-bundles");
        var inputs = Directory.GetFileSystemEntries(codegen).OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => Directory.Exists(Path.Combine(p, "wit")) ? Path.Combine(p, "wit") : p)
            .Concat(Directory.GetDirectories(bundles).OrderBy(p => p, StringComparer.Ordinal).Select(v => Path.Combine(v, "http")))
            .Concat(Directory.GetDirectories(RepositoryPaths.InRepository("wit-samples")).OrderBy(p => p, StringComparer.Ordinal))
            .ToList();

        int worlds = 0, compiled = 0, warnings = 0, exportBindings = 0, importBindings = 0;
        var failures = new List<string>();
        foreach (var input in inputs)
        {
            var load = WitLoader.LoadPath(input);
            if (!load.Success || load.Resolve is null)
            {
                failures.Add(input + ": does not load: " + string.Join("; ", load.Diagnostics.Where(d => d.IsError).Take(2)));
                continue;
            }
            // Every world the input resolves, its dependencies' worlds included (wasi:cli/command and friends).
            foreach (var package in load.Resolve.Packages)
            {
                foreach (var world in package.Worlds)
                {
                    worlds++;
                    var output = CSharpBindingsGenerator.Generate(load.Resolve, world.Value);
                    warnings += output.Diagnostics.Count;
                    exportBindings += output.Sources.Sum(s => s.Text.Split("ExportsBinding : ").Length - 1);
                    importBindings += output.Sources.Sum(s => s.Text.Split("ImportsBinding\n").Length - 1);
                    var problems = BindingsCompiler.Compile(output.Sources);
                    if (problems.Count == 0) compiled++;
                    else failures.Add($"{input} world {package.Name}/{world.Key}:\n{BindingsCompiler.Describe(problems)}");
                }
            }
        }
        _output.WriteLine($"{compiled}/{worlds} worlds from {inputs.Count} inputs compile with zero errors and warnings ({warnings} generator diagnostics, {exportBindings} export and {importBindings} import binding classes)");
        foreach (var f in failures) _output.WriteLine(f);
        Assert.True(failures.Count == 0, string.Join("\n\n", failures.Take(8)));
        Assert.True(worlds >= 60, "expected the corpora to hold at least 60 worlds, found " + worlds);
    }
}
