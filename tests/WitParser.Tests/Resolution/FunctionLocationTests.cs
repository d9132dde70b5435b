using System.Linq;
using WitSharp.WitParser;
using WitSharp.WitParser.Resolution;
using Xunit;

namespace WitSharp.WitParser.Tests.Resolution;

/// <summary>Resolved functions remember where they are declared, so later stages (the bindings generator) can point at them.</summary>
public sealed class FunctionLocationTests
{
    private const string Wit = """
        package t:loc@1.0.0;
        interface i {
          resource r {
            constructor(x: u32);
            @since(version = 0.1.0)
            get: func() -> u32;
            make: static func() -> r;
          }
          plain: func();
        }
        world w {
          import log: func(msg: string);
          export run: async func();
        }
        """;

    [Theory]
    [InlineData("[constructor]r", 4, 5)]
    [InlineData("[method]r.get", 6, 5)]
    [InlineData("[static]r.make", 7, 5)]
    [InlineData("plain", 9, 3)]
    [InlineData("log", 12, 10)]
    [InlineData("run", 13, 10)]
    public void AFunctionsLocationIsItsName(string function, int line, int column)
    {
        var result = WitLoader.LoadText("loc.wit", Wit);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var resolve = result.Resolve!;
        var all = resolve.Interfaces.SelectMany(i => i.Functions.Values)
            .Concat(resolve.Worlds.SelectMany(w => w.Imports.Concat(w.Exports)).Select(e => e.Value.Function).Where(f => f is not null)!);
        var f = Assert.Single(all, f => f!.Name == function)!;
        Assert.NotNull(f.Location);
        var at = f.Location!.Value;
        Assert.Equal("loc.wit", at.Source.Path);
        Assert.Equal((line, column), (at.Start.Line, at.Start.Column));
    }
}
