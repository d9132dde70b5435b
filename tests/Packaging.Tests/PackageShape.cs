using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;

namespace WitSharp.Packaging.Tests;

/// <summary>What the packed <c>WitSharp</c> package must contain: the analyzer pair, the MSBuild surface, and the runtime dependency only.</summary>
internal static class PackageShape
{
    public static void AssertWitSharpPackage(LocalFeed feed)
    {
        using var zip = ZipFile.OpenRead(feed.PackagePath("WitSharp"));
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet();
        foreach (string expected in new[]
        {
            "analyzers/dotnet/cs/WitSharp.Generator.dll", "analyzers/dotnet/cs/WitSharp.WitParser.dll",
            "build/WitSharp.props", "build/WitSharp.targets", "buildTransitive/WitSharp.props", "buildTransitive/WitSharp.targets",
        })
            Assert.Contains(expected, entries);
        // The generator is not a library of the consumer: nothing under lib/.
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/"));

        using var nuspecStream = zip.Entries.Single(e => e.FullName == "WitSharp.nuspec").Open();
        var nuspec = XDocument.Load(nuspecStream);
        var dependencies = nuspec.Descendants().Where(e => e.Name.LocalName == "dependency").ToList();
        var runtime = Assert.Single(dependencies);
        Assert.Equal("WitSharp.Runtime", (string?)runtime.Attribute("id"));
        Assert.Equal(feed.Version, (string?)runtime.Attribute("version"));

        foreach (string id in new[] { "WitSharp", "WitSharp.Runtime", "WitSharp.WitParser" }) AssertReadme(feed.PackagePath(id));
    }

    /// <summary>nuget.org shows a package's readme: the nuspec names README.md and the package holds it, not empty.</summary>
    private static void AssertReadme(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        var readme = zip.GetEntry("README.md");
        Assert.True(readme is { Length: > 0 }, package + " has no README.md");
        using var nuspecStream = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec")).Open();
        var element = XDocument.Load(nuspecStream).Descendants().SingleOrDefault(e => e.Name.LocalName == "readme");
        Assert.Equal("README.md", (string?)element);
    }
}
