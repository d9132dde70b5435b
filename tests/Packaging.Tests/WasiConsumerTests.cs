using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using WitSharp.Testing;

namespace WitSharp.Packaging.Tests;

/// <summary>
/// A console app that references only the packed <c>WitSharp.Wasi</c> package runs a WASI command of the corpus (hello,
/// built with clang-19 and jco) with arguments, an environment variable and limits; an ASP.NET Core app that references
/// only the packed <c>WitSharp.AspNetCore</c> package builds with <c>app.MapComponent</c>; each package says what it
/// is and what it depends on.
/// </summary>
[Trait("Category", "Packaging")]
public sealed class WasiConsumerTests
{
    private const string WasiProgram = """
        using WitSharp.Engine;
        using WitSharp.Engine.Components;
        using WitSharp.Wasi;

        var wasi = new WasiConfiguration().Program("hello").InheritStdio().Args("one", "two").Env("GREETING", "hi from a package")
            .WithLimits(new WasiLimits { MaxMemoryBytes = 64 * 1024 * 1024, Timeout = System.TimeSpan.FromSeconds(60) });
        WasiRunResult result = WasiCommand.Run(Component.FromFile(new WasmEngine(), args[0]), wasi);
        return result.ExitCode;
        """;

    private const string AspNetCoreProgram = """
        using WitSharp.AspNetCore;

        var app = WebApplication.CreateBuilder(args).Build();
        app.MapComponent("/api", args[0], options => options.MaxRequestBodyBytes = 1024 * 1024);
        app.Run();
        """;

    [SkippableFact]
    public void A_console_app_built_from_the_packed_WitSharp_Wasi_package_runs_a_wasi_command()
    {
        string hello = WasiCorpus.Require("hello");
        using var feed = LocalFeed.Create();
        AssertDescribed(feed, "WitSharp.Wasi", "WitSharp.Engine.Components");
        string bin = BuildConsumer(feed, "WasiHost", "Microsoft.NET.Sdk", "WitSharp.Wasi", WasiProgram, "WitSharp.Wasi.dll");
        var run = ExternalTool.Run(feed.Dotnet, $"\"{Path.Combine(bin, "WasiHost.dll")}\" \"{hello}\"");
        Assert.True(run.ExitCode == 0, run.StdOut + run.StdErr);
        Assert.Contains("argc=3\n", run.StdOut.Replace("\r\n", "\n"));
        Assert.Contains("argv[1]=one\nargv[2]=two\n", run.StdOut.Replace("\r\n", "\n"));
        Assert.Contains("GREETING=hi from a package\n", run.StdOut.Replace("\r\n", "\n"));
        Assert.Contains("a line on stderr", run.StdErr);
    }

    [SkippableFact]
    public void A_web_app_built_from_the_packed_WitSharp_AspNetCore_package_compiles_MapComponent()
    {
        using var feed = LocalFeed.Create();
        AssertDescribed(feed, "WitSharp.AspNetCore", "WitSharp.Wasi");
        BuildConsumer(feed, "WebHost", "Microsoft.NET.Sdk.Web", "WitSharp.AspNetCore", AspNetCoreProgram,
            "WitSharp.AspNetCore.dll", "WitSharp.Wasi.dll", "WitSharp.Engine.Components.dll");
    }

    // The package holds its assembly, says it is about WASI and depends on the runtime it runs on; the source generator
    // and WIT front end bind the WASI WIT at build time, so a consumer never depends on them.
    private static void AssertDescribed(LocalFeed feed, string id, string dependency)
    {
        using var zip = ZipFile.OpenRead(feed.PackagePath(id));
        Assert.Contains($"lib/net10.0/{id}.dll", zip.Entries.Select(e => e.FullName));
        using var nuspecStream = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec")).Open();
        var nuspec = XDocument.Load(nuspecStream);
        string description = nuspec.Descendants().Single(e => e.Name.LocalName == "description").Value;
        Assert.Contains("wasi", description, System.StringComparison.OrdinalIgnoreCase);
        var dependencies = nuspec.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => (string?)e.Attribute("id")).ToList();
        Assert.Contains(dependency, dependencies);
        Assert.DoesNotContain("WitSharp", dependencies);
        Assert.DoesNotContain("WitSharp.WitParser", dependencies);
    }

    // Writes and builds a consumer app referencing only <paramref name="package"/> from the feed; returns its output folder.
    private static string BuildConsumer(LocalFeed feed, string name, string sdk, string package, string program, params string[] assemblies)
    {
        string app = Path.Combine(feed.Root, name);
        feed.Write($"{name}/{name}.csproj", Project(sdk, package, feed.Version));
        feed.Write($"{name}/Program.cs", program);
        var build = feed.Build(app);
        Assert.True(build.ExitCode == 0, build.Output);
        string bin = Path.Combine(app, "bin", "Debug", "net10.0");
        foreach (string assembly in assemblies) Assert.True(File.Exists(Path.Combine(bin, assembly)), assembly + " is missing: " + build.Output);
        return bin;
    }

    private static string Project(string sdk, string package, string version) => $"""
        <Project Sdk="{sdk}">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <ImplicitUsings>enable</ImplicitUsings>
            <Nullable>enable</Nullable>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="{package}" Version="{version}" />
          </ItemGroup>
        </Project>
        """;
}
