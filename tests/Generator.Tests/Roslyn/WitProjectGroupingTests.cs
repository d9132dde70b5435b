using System.Linq;
using WitSharp.Generator.Roslyn;

namespace WitSharp.Generator.Tests.Roslyn;

public class WitProjectGroupingTests
{
    [Theory]
    [InlineData("/p/wit/a.wit", "/p/wit", null)]
    [InlineData("/p/wit/deps/http/types.wit", "/p/wit", "/p/wit/deps/http")]
    [InlineData("/p/wit/deps/clocks.wit", "/p/wit", "/p/wit/deps/clocks.wit")]
    [InlineData(@"C:\p\wit\deps\io\streams.wit", @"C:\p\wit", @"C:\p\wit\deps\io")]
    [InlineData("a.wit", "", null)]
    public void Classifies_root_and_dependency_files(string path, string directory, string? dependency)
    {
        Assert.Equal((directory, dependency), WitProjectGrouping.Classify(path));
    }

    [Fact]
    public void Groups_files_into_projects_with_sorted_packages_and_first_metadata()
    {
        var projects = WitProjectGrouping.Group(new[]
        {
            new WitFileInput("/q/wit/z.wit", "", null, null),
            new WitFileInput("/p/wit/deps/b/x.wit", "", null, null),
            new WitFileInput("/p/wit/b.wit", "", "w2", null),
            new WitFileInput("/p/wit/a.wit", "", null, "Ns"),
            new WitFileInput("/p/wit/deps/a.wit", "", null, null),
            new WitFileInput("/p/wit/deps/b/y.wit", "", null, null),
        }).ToList();

        Assert.Equal(new[] { "/p/wit", "/q/wit" }, projects.Select(p => p.Directory));
        var p = projects[0];
        Assert.Equal(new[] { "/p/wit/a.wit", "/p/wit/b.wit" }, p.RootFiles.Select(f => f.Path));
        Assert.Equal(new[] { "/p/wit/deps/a.wit", "/p/wit/deps/b" }, p.Dependencies.Select(d => d.Key));
        Assert.Equal(2, p.Dependencies[1].Files.Count);
        Assert.Equal("w2", p.World);
        Assert.Equal("Ns", p.Namespace);
    }

    [Fact]
    public void Equal_inputs_make_equal_models_and_a_changed_text_does_not()
    {
        WitProjectInput Build(string text) => WitProjectGrouping.Group(new[]
        {
            new WitFileInput("/p/wit/a.wit", text, null, null),
            new WitFileInput("/p/wit/deps/d.wit", "package d:d;", null, null),
        }).Single();

        Assert.Equal(Build("package a:a;"), Build("package a:a;"));
        Assert.Equal(Build("package a:a;").GetHashCode(), Build("package a:a;").GetHashCode());
        Assert.NotEqual(Build("package a:a;"), Build("package a:b;"));
    }
}
