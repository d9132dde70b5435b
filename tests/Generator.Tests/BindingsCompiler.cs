using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace WitSharp.Generator.Tests;

/// <summary>Compiles generated bindings in memory against the test host's framework and WitSharp.Runtime.</summary>
public static class BindingsCompiler
{
    private static readonly Lazy<MetadataReference[]> s_references = new(() =>
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => p.Length > 0).ToList();
        paths.Add(typeof(WitSharp.Runtime.Bindings.Unit).Assembly.Location);
        return paths.Distinct().Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToArray();
    });

    private static readonly CSharpParseOptions s_parse = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    /// <summary>The errors and warnings of compiling <paramref name="sources"/> (plus optional user code).</summary>
    public static IReadOnlyList<Diagnostic> Compile(IEnumerable<GeneratedSource> sources, params string[] userCode) =>
        Create(sources, userCode).GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();

    /// <summary>Compiles sources and user code into an assembly loaded into the test process.</summary>
    public static Assembly Load(IEnumerable<GeneratedSource> sources, params string[] userCode)
    {
        var compilation = Create(sources, userCode);
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        Assert.True(result.Success, Describe(result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        return Assembly.Load(stream.ToArray());
    }

    private static CSharpCompilation Create(IEnumerable<GeneratedSource> sources, string[] userCode)
    {
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, s_parse, s.HintName))
            .Concat(userCode.Select((c, i) => CSharpSyntaxTree.ParseText(c, s_parse, "User" + i + ".cs")));
        return CSharpCompilation.Create("Bindings" + Guid.NewGuid().ToString("N"), trees, s_references.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    /// <summary>Diagnostics as readable lines with the offending source line.</summary>
    public static string Describe(IEnumerable<Diagnostic> diagnostics) => string.Join("\n", diagnostics.Take(10).Select(d =>
    {
        var line = d.Location.SourceTree?.GetText().Lines[d.Location.GetLineSpan().StartLinePosition.Line].ToString().Trim();
        return d + "\n    " + line;
    }));
}
