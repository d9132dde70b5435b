using System.Linq;
using WitSharp.WitParser.Diagnostics;

namespace WitSharp.Generator.Tests;

/// <summary>Each WIT type constructor maps to the C# shape the emitter documents, and user code can use it.</summary>
public sealed class TypeMappingTests
{
    private const string Types = """
        package t:m;
        interface shapes {
          /// A point & its <label>.
          record point { x: s32, y: s32 }
          variant shape { circle(f64), square(point), empty }
          enum color { red, green }
          flags small { a, b }
          flags nine { f1, f2, f3, f4, f5, f6, f7, f8, f9 }
          flags seventeen { g1, g2, g3, g4, g5, g6, g7, g8, g9, g10, g11, g12, g13, g14, g15, g16, g17 }
          flags thirty-two { h1, h2, h3, h4, h5, h6, h7, h8, h9, h10, h11, h12, h13, h14, h15, h16,
                             h17, h18, h19, h20, h21, h22, h23, h24, h25, h26, h27, h28, h29, h30, h31, h32 }
          type maybe = option<u32>;
          options: func(a: option<u32>, b: option<option<u32>>, c: option<maybe>, d: option<string>) -> option<option<string>>;
          results: func(a: result, b: result<u32>, c: result<_, string>, d: result<point, color>) -> result<list<u8>, list<point>>;
          tuples: func(a: tuple<>, b: tuple<u32>, c: tuple<u32, string, char>) -> tuple<bool, f32>;
          draw: func(s: shape, c: color, f: small) -> nine;
        }
        world w { import shapes; export shapes; }
        """;

    [Fact]
    public void ValuesOfEveryShapeCanBeBuiltAndMatched()
    {
        var output = Generate.FromText(Types);
        output.AssertCompiles("""
            using global::T.M.Shapes;
            using global::WitSharp.Runtime.Bindings;
            class Host : IShapes
            {
                public Option<string?> Options(uint? a, Option<uint?> b, Option<uint?> c, string? d) =>
                    b.HasValue && b.Value is null ? Option<string?>.Some(null) : Option<string?>.None;
                public Result<byte[], Point[]> Results(Result<Unit, Unit> a, Result<uint, Unit> b, Result<Unit, string> c, Result<Point, Color> d) =>
                    d.IsOk ? Result<byte[], Point[]>.Err(new[] { d.Value with { X = 1 } }) : Result<byte[], Point[]>.Ok(new byte[] { (byte)d.Error });
                public (bool, float) Tuples(Unit a, global::System.ValueTuple<uint> b, (uint, string, global::System.Text.Rune) c) => (c.Item3.Value > 0, b.Item1);
                public Nine Draw(Shape s, Color c, Small f) => s switch
                {
                    Shape.Circle circle => circle.Value > 1 ? Nine.F9 : Nine.F1,
                    Shape.Square { Value: { X: 0 } } => Nine.F2 | Nine.F3,
                    Shape.Empty => (f & Small.B) != 0 ? Nine.F4 : Nine.F5,
                    _ => default,
                };
            }
            """);
    }

    [Theory]
    [InlineData("Small", "byte")]
    [InlineData("Nine", "ushort")]
    [InlineData("Seventeen", "uint")]
    [InlineData("ThirtyTwo", "uint")]
    public void FlagsUseTheCanonicalStorageWidth(string name, string underlying)
    {
        Assert.Contains("public enum " + name + " : " + underlying, Generate.FromText(Types).AllText());
    }

    [Fact]
    public void DocsAreEscapedXmlAndDeprecatedItemsAreObsolete()
    {
        var output = Generate.FromText("""
            package t:d@1.0.0;
            @since(version = 1.0.0)
            interface old {
              /// Use <new> & forget.
              @since(version = 1.0.0)
              @deprecated(version = 1.0.0)
              record gone { x: u8 }
              @since(version = 1.0.0)
              @deprecated(version = 1.0.0)
              use-it: func(g: gone);
            }
            world w { @since(version = 1.0.0) import old; }
            """);
        string text = output.AllText();
        Assert.Contains("/// Use &lt;new&gt; &amp; forget.", text);
        Assert.Equal(2, text.Split("[global::System.Obsolete(\"Deprecated in WIT since version 1.0.0.\")]").Length - 1);
        // The bindings use their own obsolete type without warnings; user code using it is warned as usual.
        output.AssertCompiles();
    }

    [Fact]
    public void StreamsFuturesAndAsyncAreReportedNotThrown()
    {
        var output = Generate.FromText("""
            package t:s;
            interface io {
              record chunked { body: stream<u8>, done: future<result> }
              read: func(s: stream<u8>) -> future<string>;
              fine: func(x: u32) -> u32;
              slow: async func() -> u32;
            }
            world w { import io; }
            """);
        var codes = output.Diagnostics.Select(d => d.Code).ToList();
        Assert.Equal(2, codes.Count(c => c == DiagnosticCodes.GeneratorUnsupportedType));
        Assert.Contains(DiagnosticCodes.GeneratorAsyncFunction, codes);
        Assert.All(output.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.Contains(output.Diagnostics, d => d.Message.Contains("`read`"));
        Assert.Contains("uint Fine(uint x);", output.AllText());
        output.AssertCompiles();
    }

    [Fact]
    public void AMissingWorldIsAnErrorDiagnostic()
    {
        var load = WitSharp.WitParser.WitLoader.LoadText("x.wit", "package a:b; world w {}");
        var output = CSharpBindingsGenerator.Generate(load.Resolve!, 99);
        Assert.Empty(output.Sources);
        Assert.Equal(DiagnosticCodes.GeneratorNoSuchWorld, Assert.Single(output.Diagnostics).Code);
    }

    [Fact]
    public void TheRootNamespaceOptionPrefixesEveryNamespace()
    {
        var output = Generate.FromText(Types, options: new BindingsOptions { RootNamespace = "My.Bindings" });
        Assert.All(output.Sources, s => Assert.StartsWith("My.Bindings.T.M.", s.HintName));
        output.AssertCompiles("class Use { global::My.Bindings.T.M.Shapes.Point P = new(1, 2); }");
    }
}
