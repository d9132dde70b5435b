using System.IO;
using System.Text.RegularExpressions;

namespace WitSharp.Packaging.Tests;

/// <summary>
/// A project that only says <c>&lt;PackageReference Include="WitSharp" /&gt;</c> gets bindings for its <c>wit/</c>
/// folder at compile time, and broken WIT fails its build with an error located in the .wit file.
/// </summary>
[Trait("Category", "Packaging")]
public sealed class ConsumerBuildTests
{
    private const string ShapesWit = """
        package demo:shapes;

        interface geometry {
          record point { x: s32, y: s32 }
          area: func(a: point, b: point) -> u64;
        }

        world host {
          import geometry;
        }
        """;

    // The reference to an undefined type starts on line 4, column 19 (1-based, as compilers print).
    private const string BrokenWit = "package demo:shapes;\n\ninterface geometry {\n  area: func() -> missing-type;\n}\n\nworld host {\n  import geometry;\n}\n";

    // Uses the record and the host interface the generator emits, in the namespace the Wit item names.
    private const string Program = """
        using Consumer.Bindings.Demo.Shapes.Geometry;

        var p = new Point(3, 4);
        IGeometry impl = new Rectangle();
        System.Console.WriteLine($"{p.X},{p.Y} -> {impl.Area(p, p)}");

        sealed class Rectangle : IGeometry
        {
            public ulong Area(Point a, Point b) => (ulong)(a.X * b.Y);
        }
        """;

    private static string Project(string witItems) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="WitSharp" Version="{'{'}0{'}'}" />
            {witItems}
          </ItemGroup>
        </Project>
        """;

    [SkippableFact]
    public void Consumer_builds_with_generated_bindings_and_broken_wit_fails_at_the_wit_location()
    {
        using var feed = LocalFeed.Create();
        PackageShape.AssertWitSharpPackage(feed);
        string app = Path.Combine(feed.Root, "app");
        feed.Write("app/App.csproj", string.Format(Project("<Wit Include=\"wit/\" World=\"demo:shapes/host\" Namespace=\"Consumer.Bindings\" />"), feed.Version));
        feed.Write("app/Program.cs", Program);
        feed.Write("app/wit/shapes.wit", ShapesWit);

        var good = feed.Build(app);
        Assert.True(good.ExitCode == 0, good.Output);
        Assert.DoesNotContain("AD0001", good.Output);
        // The package brought the runtime (and its WitParser dependency) next to the app.
        Assert.True(File.Exists(Path.Combine(app, "bin", "Debug", "net10.0", "WitSharp.Runtime.dll")), good.Output);
        var run = WitSharp.Testing.ExternalTool.Run(feed.Dotnet, Path.Combine(app, "bin", "Debug", "net10.0", "App.dll"));
        Assert.Equal("3,4 -> 12", run.StdOut.Trim());

        feed.Write("app/wit/shapes.wit", BrokenWit);
        var bad = feed.Build(app);
        Assert.NotEqual(0, bad.ExitCode);
        Assert.DoesNotContain("AD0001", bad.Output);
        Assert.Matches(new Regex(@"wit[/\\]shapes\.wit\(4,19\): error WIT0\d{3}"), bad.Output);
    }

    [SkippableFact]
    public void A_wit_folder_is_used_by_default_and_can_be_switched_off()
    {
        using var feed = LocalFeed.Create();
        string app = Path.Combine(feed.Root, "plain");
        // No Wit item: the wit/ folder is picked up; one world, so no World metadata is needed.
        feed.Write("plain/App.csproj", string.Format(Project(""), feed.Version));
        feed.Write("plain/Program.cs", "System.Console.WriteLine(typeof(Demo.Shapes.Geometry.Point).FullName);\n");
        feed.Write("plain/wit/shapes.wit", ShapesWit);
        var byDefault = feed.Build(app);
        Assert.True(byDefault.ExitCode == 0, byDefault.Output);

        // Opting out leaves the broken file unread, so the build still succeeds without any generated code.
        feed.Write("plain/App.csproj", string.Format(Project(""), feed.Version)
            .Replace("<Nullable>", "<EnableDefaultWitItems>false</EnableDefaultWitItems><Nullable>"));
        feed.Write("plain/Program.cs", "System.Console.WriteLine(\"no bindings\");\n");
        feed.Write("plain/wit/shapes.wit", BrokenWit);
        var optedOut = feed.Build(app);
        Assert.True(optedOut.ExitCode == 0, optedOut.Output);
        Assert.DoesNotContain("WIT0", optedOut.Output);

        // A Wit item naming a file (not a folder) feeds just that file, with its own namespace.
        feed.Write("plain/wit/shapes.wit", ShapesWit);
        feed.Write("plain/wit/other/broken.wit", BrokenWit);
        feed.Write("plain/App.csproj", string.Format(Project("<Wit Include=\"wit/shapes.wit\" Namespace=\"Files\" />"), feed.Version));
        feed.Write("plain/Program.cs", "System.Console.WriteLine(typeof(Files.Demo.Shapes.Geometry.Point).FullName);\n");
        var oneFile = feed.Build(app);
        Assert.True(oneFile.ExitCode == 0, oneFile.Output);
    }
}
