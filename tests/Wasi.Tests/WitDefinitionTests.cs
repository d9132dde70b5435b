using System.IO;
using System.Linq;
using WitSharp.Testing;
using WitSharp.Tooling.Diff;
using WitSharp.Tooling.Subtyping;

namespace WitSharp.Wasi.Tests;

/// <summary>
/// The WASI WIT in src/Wasi/wit is written as declarations; the project's own <c>witsharp diff</c> finds no change
/// between it and the WASI release in ../shared/conformance/wasi (every package, every interface, type and function).
/// </summary>
public sealed class WitDefinitionTests
{
    private const string Version = "0.2.12";

    public static TheoryData<string> Packages => new() { "io", "clocks", "random", "cli", "filesystem", "sockets", "http" };

    [SkippableTheory]
    [MemberData(nameof(Packages))]
    public void Our_package_equals_the_WASI_release(string package)
    {
        string release = RepositoryPaths.RequireShared("conformance", "wasi");
        RepositoryPaths.RequireShared("conformance", "wasi", package, Version);
        string ours = Path.Combine(RepositoryPaths.InRepository("src", "Wasi", "wit", "deps"));

        // Each side is a package directory with the other packages of its release as deps/, so every `use` resolves.
        using var oursSide = PackageView.Create(package, name => Path.Combine(ours, name));
        using var releaseSide = PackageView.Create(package, name => Path.Combine(release, name, Version));
        var old = WitSideLoader.Load(releaseSide.Path);
        var @new = WitSideLoader.Load(oursSide.Path);
        Assert.True(old.Side is not null, string.Join("\n", old.Diagnostics));
        Assert.True(@new.Side is not null, string.Join("\n", @new.Diagnostics));

        var diff = WitDiff.Compare(old.Side!, @new.Side!);

        Assert.True(diff.Changes.Count == 0, $"wasi:{package}: " + string.Join("\n", diff.Changes.Select(c => $"{c.Class}: {c}")));
        Assert.False(diff.Fails);
    }
}
