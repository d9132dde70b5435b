using System;
using System.Linq;
using System.Reflection;
using WitSharp.Generator.Tests.Roslyn;
using WitSharp.WitParser.Diagnostics;

namespace WitSharp.Generator.Tests;

/// <summary>
/// Functions the bindings cannot call yet (async, or over stream, future, error-context) are warned about by name,
/// get no trampoline, and do not stop the rest of their interface and world from binding: export bindings still
/// exist and their method for such a function throws <see cref="NotSupportedException"/> without touching the guest.
/// </summary>
public sealed class UnsupportedFunctionTests
{
    private const string Wit = """
        package t:u;
        interface api {
          double: func(x: u32) -> u32;
          pipe: func(x: stream<u8>);
          later: func() -> future<string>;
          oops: func(e: error-context) -> u32;
          slow: async func(x: u32) -> u32;
        }
        world w {
          import api;
          export api;
          export ping: func(x: u32) -> u32;
          export wait: async func();
        }
        """;

    private const string User = """
        using System;
        using WitSharp.Runtime;
        public sealed class Guest : ICoreFunctionInvoker
        {
            public int Calls;
            public void Invoke(int export, ReadOnlySpan<CoreValue> a, Span<CoreValue> r) { Calls++; r[0] = CoreValue.I32((uint)a[0].Bits * 2); }
            public void PostReturn(int export, ReadOnlySpan<CoreValue> r) { }
        }
        public static class Driver
        {
            public static string Resolved = "";
            public static object Bind(Guest guest) =>
                new global::T.U.WWorld.ExportsBinding(guest, Cx.New(new GuestMemory(256, 8)), n => { Resolved += n + ";"; return 0; });
            public static uint Double(object world, uint x) => ((global::T.U.WWorld.IExports)world).Api.Double(x);
            public static uint Ping(object world, uint x) => ((global::T.U.WWorld.IExports)world).Ping(x);
            public static void Pipe(object world) => ((global::T.U.WWorld.IExports)world).Api.Pipe(default!);
            public static uint Slow(object world) => ((global::T.U.WWorld.IExports)world).Api.Slow(1);
            public static void Wait(object world) => ((global::T.U.WWorld.IExports)world).Wait();
        }
        """;

    [Fact]
    public void EachUnsupportedFunctionIsWarnedAboutByName()
    {
        var output = Generate.FromText(Wit);
        Assert.All(output.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        foreach (var name in new[] { "pipe", "later", "oops" })
        {
            var d = Assert.Single(output.Diagnostics, d => d.Message.Contains("function `" + name + "`"));
            Assert.Equal(DiagnosticCodes.GeneratorUnsupportedType, d.Code);
            Assert.Contains("interface `t:u/api`", d.Message);
            Assert.Contains("do not support yet", d.Message);
        }
        foreach (var name in new[] { "slow", "wait" })
        {
            var d = Assert.Single(output.Diagnostics, d => d.Message.Contains("function `" + name + "`"));
            Assert.Equal(DiagnosticCodes.GeneratorAsyncFunction, d.Code);
            Assert.Contains("is async, which the C# bindings do not support yet", d.Message);
        }
        Assert.Equal(5, output.Diagnostics.Count);
    }

    [Theory]
    [InlineData("pipe", 4, 3)]
    [InlineData("later", 5, 3)]
    [InlineData("oops", 6, 3)]
    [InlineData("slow", 7, 3)]
    [InlineData("wait", 13, 10)]
    public void EachWarningPointsAtTheFunctionsDeclaration(string name, int line, int column)
    {
        var d = Assert.Single(Generate.FromText(Wit).Diagnostics, d => d.Message.Contains("function `" + name + "`"));
        Assert.NotNull(d.Location);
        Assert.Equal((line, column), (d.Location!.Value.Start.Line, d.Location.Value.Start.Column));
    }

    [Fact]
    public void ATypeHoldingAStreamIsWarnedAboutAtItsDefinition()
    {
        const string wit = """
            package t:ty;
            interface data {
              record chunked { size: u32, body: stream<u8> }
              variant reply { now(u32), later(future<u32>) }
            }
            world w { import data; }
            """;
        var output = Generate.FromText(wit);
        foreach (var (name, line) in new[] { ("chunked", 3), ("reply", 4) })
        {
            var d = Assert.Single(output.Diagnostics, d => d.Message.Contains("type `" + name + "`"));
            Assert.Equal(DiagnosticCodes.GeneratorUnsupportedType, d.Code);
            Assert.NotNull(d.Location);
            Assert.Equal(line, d.Location!.Value.Start.Line);
            Assert.Equal(wit.Split('\n')[line - 1].IndexOf(name, StringComparison.Ordinal) + 1, d.Location.Value.Start.Column);
        }
        output.AssertCompiles();
    }

    [Fact]
    public void TheRestOfTheWorldBinds()
    {
        var output = Generate.FromText(Wit);
        string text = output.AllText();
        // Import trampolines for the supported function only.
        Assert.Contains("public static void Double(", text);
        Assert.DoesNotContain("public static void Pipe(", text);
        Assert.DoesNotContain("public static void Slow(", text);
        output.AssertCompiles();

        var assembly = BindingsCompiler.Load(output.Sources, User, GuestMemorySource.Text);
        var driver = assembly.GetType("Driver")!;
        var guest = Activator.CreateInstance(assembly.GetType("Guest")!)!;
        var world = driver.GetMethod("Bind")!.Invoke(null, new[] { guest })!;
        Assert.Equal(42u, driver.GetMethod("Double")!.Invoke(null, new[] { world, 21u }));
        Assert.Equal(8u, driver.GetMethod("Ping")!.Invoke(null, new[] { world, 4u }));
        // Unbound functions' core exports are not even looked up.
        Assert.Equal("ping;t:u/api#double;", driver.GetField("Resolved")!.GetValue(null));
        foreach (var (method, message) in new[] { ("Pipe", "pipe uses a type that"), ("Slow", "slow is async"), ("Wait", "wait is async") })
        {
            var error = Assert.Throws<TargetInvocationException>(() => driver.GetMethod(method)!.Invoke(null, new[] { world }));
            Assert.StartsWith(message, Assert.IsType<NotSupportedException>(error.InnerException).Message);
        }
        Assert.Equal(2, (int)guest.GetType().GetField("Calls")!.GetValue(guest)!);
    }

    [Fact]
    public void TheSourceGeneratorReportsTheSameWarningsAndStillGenerates()
    {
        var result = GeneratorHarness.RunOnce(GeneratorHarness.CreateDriver(new[] { new InMemoryAdditionalText("/p/wit/u.wit", Wit) }), out _);
        Assert.Null(result.Exception);
        Assert.Equal(3, result.Diagnostics.Count(d => d.Id == DiagnosticCodes.GeneratorUnsupportedType));
        Assert.Equal(2, result.Diagnostics.Count(d => d.Id == DiagnosticCodes.GeneratorAsyncFunction));
        Assert.All(result.Diagnostics, d => Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, d.Severity));
        var slow = Assert.Single(result.Diagnostics, d => d.GetMessage().Contains("function `slow`"));
        // Located in the .wit file (Roslyn lines and columns count from 0).
        var span = slow.Location.GetLineSpan();
        Assert.Equal("/p/wit/u.wit", span.Path);
        Assert.Equal((6, 2), (span.StartLinePosition.Line, span.StartLinePosition.Character));
        Assert.Contains(GeneratorHarness.Sources(result), s => s.Text.Contains("class ApiExportsBinding"));
    }
}
