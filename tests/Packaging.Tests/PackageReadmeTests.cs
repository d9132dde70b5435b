using System.IO;
using System.Linq;
using WitSharp.Testing;

namespace WitSharp.Packaging.Tests;

/// <summary>Every packable project carries the readme its package shows (packing itself is checked by <see cref="PackageShape"/>).</summary>
public sealed class PackageReadmeTests
{
    [Fact]
    public void Every_project_under_src_has_a_package_readme_beside_it()
    {
        var projects = Directory.GetFiles(RepositoryPaths.InRepository("src"), "*.csproj", SearchOption.AllDirectories);
        Assert.True(projects.Length >= 7, $"only {projects.Length} projects under src/");
        var missing = projects.Where(p => !File.Exists(Path.Combine(Path.GetDirectoryName(p)!, "README.md"))).ToList();
        Assert.True(missing.Count == 0, "no README.md beside: " + string.Join(", ", missing));
        // The generator is packed from a nuspec, which must name and include the readme itself.
        string nuspec = File.ReadAllText(RepositoryPaths.InRepository("src", "Generator", "WitSharp.nuspec"));
        Assert.Contains("<readme>README.md</readme>", nuspec);
        Assert.Contains("<file src=\"README.md\"", nuspec);
    }
}
