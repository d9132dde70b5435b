using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using WitSharp.Generator.Roslyn;

namespace WitSharp.Generator.Tests.Roslyn;

public class WitBindingsGeneratorTests
{
    internal const string CalcWit = """
        package demo:calc@1.0.0;

        interface math {
          use demo:logging/log.{level};
          add: func(a: s32, b: s32) -> s32;
          report: func(l: level) -> string;
        }

        world host {
          import math;
          import demo:logging/log;
          export run: func(n: u32) -> u32;
        }
        """;

    internal const string LoggingWit = """
        package demo:logging;

        interface log {
          enum level { info, error }
          log: func(l: level, message: string);
        }
        """;

    [Fact]
    public void World_with_a_dependency_generates_code_that_compiles()
    {
        var driver = GeneratorHarness.CreateDriver(new AdditionalText[]
        {
            new InMemoryAdditionalText("/p/wit/calc.wit", CalcWit),
            new InMemoryAdditionalText("/p/wit/deps/logging/log.wit", LoggingWit),
        });
        var result = GeneratorHarness.RunOnce(driver, out _);

        Assert.Null(result.Exception);
        Assert.Empty(result.Diagnostics);
        var hints = result.GeneratedSources.Select(s => s.HintName).ToList();
        Assert.Contains("Demo.Calc.V1_0_0.Math.g.cs", hints);
        Assert.Contains("Demo.Logging.Log.g.cs", hints);
        var problems = BindingsCompiler.Compile(GeneratorHarness.Sources(result));
        Assert.True(problems.Count == 0, BindingsCompiler.Describe(problems));
    }

    [Fact]
    public void Metadata_selects_the_world_and_the_namespace()
    {
        const string twoWorlds = "package demo:two;\n\nworld first { export a: func(); }\n\nworld second { export b: func(); }\n";
        var metadata = new Dictionary<string, (string?, string?)> { ["/p/wit/two.wit"] = ("demo:two/second", "My.Bindings") };
        var driver = GeneratorHarness.CreateDriver(new[] { new InMemoryAdditionalText("/p/wit/two.wit", twoWorlds) }, metadata);
        var result = GeneratorHarness.RunOnce(driver, out _);

        Assert.Empty(result.Diagnostics);
        var text = string.Join("\n", result.GeneratedSources.Select(s => s.SourceText.ToString()));
        Assert.Contains("namespace My.Bindings.Demo.Two.SecondWorld", text);
        Assert.DoesNotContain("FirstWorld", text);
        var problems = BindingsCompiler.Compile(GeneratorHarness.Sources(result));
        Assert.True(problems.Count == 0, BindingsCompiler.Describe(problems));
    }

    [Fact]
    public void Several_worlds_without_metadata_is_an_error_at_the_file()
    {
        const string twoWorlds = "package demo:two;\n\nworld first { }\n\nworld second { }\n";
        var result = GeneratorHarness.RunOnce(GeneratorHarness.CreateDriver(new[] { new InMemoryAdditionalText("/p/wit/two.wit", twoWorlds) }), out _);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("WIT1090", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("/p/wit/two.wit", diagnostic.Location.GetLineSpan().Path);
        Assert.Empty(result.GeneratedSources);
    }

    [Theory]
    [InlineData("package a:b;\n\ninterface i {\n  f: func() -> nope;\n}\n", "nope")]
    [InlineData("package a:b;\n\ninterface i {\n  f: func(x: u32 -> u32;\n}\n", "->")]
    public void Invalid_wit_is_an_error_located_in_the_wit_file(string wit, string at)
    {
        var result = GeneratorHarness.RunOnce(GeneratorHarness.CreateDriver(new[] { new InMemoryAdditionalText("/p/wit/bad.wit", wit) }), out _);

        Assert.Null(result.Exception);
        Assert.Empty(result.GeneratedSources);
        var diagnostic = result.Diagnostics.First();
        Assert.StartsWith("WIT0", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal("/p/wit/bad.wit", span.Path);
        Assert.Equal(3, span.StartLinePosition.Line);
        Assert.Equal(wit.Split('\n')[3].IndexOf(at), span.StartLinePosition.Character);
        Assert.Equal(wit.IndexOf(at), diagnostic.Location.SourceSpan.Start);
    }

    [Fact]
    public void Emitter_warnings_become_compiler_warnings()
    {
        const string wit = "package a:b;\n\nworld w {\n  export f: func() -> stream<u8>;\n}\n";
        var result = GeneratorHarness.RunOnce(GeneratorHarness.CreateDriver(new[] { new InMemoryAdditionalText("/p/wit/w.wit", wit) }), out _);

        var warning = Assert.Single(result.Diagnostics, d => d.Id == "WIT1001");
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.NotEmpty(result.GeneratedSources);
    }

    [Fact]
    public void Non_wit_additional_files_are_ignored()
    {
        var result = GeneratorHarness.RunOnce(GeneratorHarness.CreateDriver(new[] { new InMemoryAdditionalText("/p/notes.txt", "not wit {") }), out _);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.GeneratedSources);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_unreadable_file_is_an_error_at_that_file_not_a_crash(bool throws)
    {
        var driver = GeneratorHarness.CreateDriver(new AdditionalText[]
        {
            new UnreadableAdditionalText("/p/wit/gone.wit", throws),
            new InMemoryAdditionalText("/p/wit/ok.wit", "package a:b;\n\nworld w { }\n"),
        });
        var result = GeneratorHarness.RunOnce(driver, out _);

        Assert.Null(result.Exception);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("WIT1092", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("/p/wit/gone.wit", diagnostic.Location.GetLineSpan().Path);
        Assert.Empty(result.GeneratedSources);
    }
}
