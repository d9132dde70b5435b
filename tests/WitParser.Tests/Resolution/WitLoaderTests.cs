using System;
using System.IO;
using System.Linq;
using System.Text;
using WitSharp.WitParser.Diagnostics;
using WitSharp.WitParser.Resolution;
using WitSharp.WitParser.Text;

namespace WitSharp.WitParser.Tests.Resolution;

public sealed class WitLoaderTests
{
    private static WitResolve Resolve(string text, WitLoadOptions? options = null)
    {
        var result = WitLoader.LoadText("test.wit", text, options);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Select(d => DiagnosticFormatter.FormatSnippet(d))));
        return result.Resolve!;
    }

    private static Diagnostic FirstError(string text, WitLoadOptions? options = null)
    {
        var result = WitLoader.LoadText("test.wit", text, options);
        Assert.False(result.Success);
        Assert.Null(result.Resolve);
        return result.Diagnostics.First(d => d.IsError);
    }

    [Fact]
    public void WorldImportsWhatItsInterfacesDependOnFirst()
    {
        var resolve = Resolve("""
            package a:b@1.0.0;
            interface types { type t = u32; }
            interface api { use types.{t}; f: func(x: t); }
            world w { import api; }
            """);
        var world = resolve.Worlds.Single();
        var names = world.Imports.Keys.Select(k => resolve.NameOfWorldKey(k)).ToArray();
        Assert.Equal(new[] { "a:b/types@1.0.0", "a:b/api@1.0.0" }, names);
        Assert.Equal(0, world.Package);
    }

    [Fact]
    public void ResourceUsesBecomeOwnHandlesAndMethodsBorrowSelf()
    {
        var resolve = Resolve("""
            package a:b;
            interface i {
              resource r { constructor(); get: func() -> u32; }
              make: func() -> r;
            }
            """);
        var iface = resolve.Interfaces.Single();
        Assert.True(iface.Functions.TryGetValue("[method]r.get", out var get));
        var self = resolve.Types[get.Params[0].Type.TypeId];
        Assert.True(self.Kind is WitHandleKind { IsBorrow: true });
        Assert.True(iface.Functions.TryGetValue("make", out var make));
        Assert.True(resolve.Types[make.Result!.Value.TypeId].Kind is WitHandleKind { IsBorrow: false });
    }

    [Fact]
    public void UnstableItemsAreRemovedUnlessTheirFeatureIsActive()
    {
        const string text = """
            package a:b;
            interface i {
              @unstable(feature = fancy)
              f: func();
              g: func();
            }
            """;
        Assert.Equal(new[] { "g" }, Resolve(text).Interfaces[0].Functions.Keys.ToArray());
        Assert.Equal(new[] { "f", "g" }, Resolve(text, new WitLoadOptions { Features = new[] { "fancy" } }).Interfaces[0].Functions.Keys.ToArray());
        Assert.Equal(new[] { "f", "g" }, Resolve(text, new WitLoadOptions { AllFeatures = true }).Interfaces[0].Functions.Keys.ToArray());
    }

    [Fact]
    public void ReferenceToAGatedTypeIsAnError()
    {
        var error = FirstError("""
            package a:b;
            interface i {
              @unstable(feature = fancy)
              type t = u32;
              f: func(x: t);
            }
            """);
        Assert.Equal(DiagnosticCodes.ReferenceToGatedItem, error.Code);
        Assert.Equal(5, error.Location!.Value.Start.Line);
    }

    [Fact]
    public void SinceLaterThanThePackageVersionIsAnError()
    {
        var error = FirstError("""
            package a:b@0.1.0;
            @since(version = 0.2.0)
            interface i {}
            """);
        Assert.Equal(DiagnosticCodes.UnreleasedVersion, error.Code);
        Assert.Equal("feature gate cannot reference unreleased version 0.2.0 of package [a:b@0.1.0] (current version 0.1.0)", error.Message);
    }

    [Theory]
    [InlineData("package a:b;\ninterface i { type t = u32; type t = u8; }", "name `t` is defined more than once", 2)]
    [InlineData("package a:b;\ninterface i { use j.{x}; }\ninterface j { f: func(); }", "name `x` does not exist", 2)]
    [InlineData("package a:b;\ninterface i { use w.{x}; }\nworld w {}", "name `w` is defined as a world, not an interface", 2)]
    [InlineData("package a:b;\ninterface i { type t = list<t>; }", "type `t` depends on itself", 2)]
    [InlineData("package a:b;\ninterface i { type t = map<f32, u8>; }", "invalid map key type: map keys must be bool, u8, u16, u32, u64, s8, s16, s32, s64, char, or string", 2)]
    [InlineData("package a:b;\ninterface i { resource r { constructor(); constructor(); } }", "duplicate constructors", 2)]
    [InlineData("package a:b;\ninterface i {}\n@since(version = 1.0.0)\nuse i as j;", "attributes not allowed on top-level use", 4)]
    [InlineData("package a:b;\ninterface i { f: func(a: u8, a: u8); }", "param `a` is defined more than once", 2)]
    [InlineData("package a:b;\nworld w { import f: func(); export i; import f: func(); }\ninterface i {}", "import `f` conflicts with prior func of same name", 2)]
    [InlineData("package a:b;\nworld w { include v with { nope as x } }\nworld v {}", "no import or export kebab-name `nope`. Note that an ID does not support renaming", 2)]
    public void ResolutionErrorsNameTheProblemAndItsLine(string text, string message, int line)
    {
        var error = FirstError(text);
        Assert.Equal(message, error.Message);
        Assert.Equal(line, error.Location!.Value.Start.Line);
    }

    [Fact]
    public void BorrowInAResultIsRejected()
    {
        var error = FirstError("""
            package a:b;
            interface i {
              resource r;
              f: func(x: borrow<r>) -> borrow<r>;
            }
            """);
        Assert.Equal(DiagnosticCodes.BorrowInResult, error.Code);
        Assert.Contains("`f`", error.Message);
    }

    [Fact]
    public void IncludeRenamesItemsAndCopiesWorldTypes()
    {
        var resolve = Resolve("""
            package a:b;
            world base { record point { x: u32 } import get: func() -> point; }
            world top { include base with { get as fetch } }
            """);
        var top = resolve.Worlds.Single(w => w.Name == "top");
        Assert.Equal(new[] { "point", "fetch" }, top.Imports.Keys.Select(k => k.Name).ToArray());
        int point = top.Imports[0].Value.Id;
        Assert.Equal(WitTypeOwner.World(resolve.Worlds.ToList().IndexOf(top)), resolve.Types[point].Owner);
    }

    [Fact]
    public void CaseInsensitiveDuplicateWorldNamesAreRejected()
    {
        var result = WitLoader.LoadText("test.wit", """
            package a:b;
            world base { import foo: func(); }
            world top { include base; import FOO: func(); }
            """);
        Assert.False(result.Success);
        var error = result.Diagnostics.First(d => d.IsError);
        Assert.Contains("case-insensitive", error.Message);
    }

    [Fact]
    public void DirectoryWithDependenciesResolvesInDependencyOrder()
    {
        string dir = Path.Combine(Path.GetTempPath(), "witsharp-resolve-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(Path.Combine(dir, "deps", "types"));
            File.WriteAllText(Path.Combine(dir, "main.wit"), "package app:main;\nworld w { import dep:types/t; }\n");
            File.WriteAllText(Path.Combine(dir, "deps", "types", "t.wit"), "package dep:types;\ninterface t { type x = u8; }\n");
            File.WriteAllText(Path.Combine(dir, "deps", "README.md"), "ignored");
            var result = WitLoader.LoadPath(dir);
            Assert.True(result.Success, string.Join("\n", result.Diagnostics));
            Assert.Equal(new[] { "dep:types", "app:main" }, result.Resolve!.Packages.Select(p => p.Name.ToString()).ToArray());
            Assert.Equal(new[] { 1 }, result.RootPackages.ToArray());
            Assert.Equal(2, result.Sources.Count);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void RootPackagesListNestedPackagesThenTheMainOne()
    {
        var result = WitLoader.LoadText("t.wit", "package a:main;\npackage z:nested { interface i {} }\ninterface j {}\n");
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var names = result.RootPackages.Select(id => result.Resolve!.Packages[id].Name.ToString()).ToArray();
        // The arena holds them in name order; the root list keeps the declared order with the main package last.
        Assert.Equal(new[] { "a:main", "z:nested" }, result.Resolve!.Packages.Select(p => p.Name.ToString()).ToArray());
        Assert.Equal(new[] { "z:nested", "a:main" }, names);
    }

    [SkippableFact]
    public void WasmEncodedPackagesAreReportedAsUnsupported()
    {
        string dir = WitSharp.Testing.RepositoryPaths.RequireShared("conformance", "wit-parser", "kinds-of-deps");
        var result = WitLoader.LoadPath(dir);
        Assert.False(result.Success);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.UnsupportedBinaryPackage && d.Message.Contains("e.wasm"));
        var file = WitLoader.LoadPath(Path.Combine(dir, "deps", "d.wat"));
        Assert.Equal(DiagnosticCodes.UnsupportedBinaryPackage, file.Diagnostics.Single().Code);
    }

    [Fact]
    public void PackageCycleAcrossSourcesIsReported()
    {
        var a = new SourceText("a.wit", "package x:a;\ninterface i { use x:b/i.{}; }\n");
        var b = new SourceText("b.wit", "package x:b;\ninterface i { use x:a/i.{}; }\n");
        var result = WitLoader.LoadSources(new[] { a }, new[] { new[] { b } });
        Assert.False(result.Success);
        Assert.Equal(DiagnosticCodes.PackageCycle, result.Diagnostics.First(d => d.IsError).Code);
    }

    [Fact]
    public void MissingPathAndInvalidUtf8AreDiagnostics()
    {
        var missing = WitLoader.LoadPath(Path.Combine(Path.GetTempPath(), "no-such-witsharp-" + Guid.NewGuid().ToString("N")));
        Assert.False(missing.Success);
        Assert.Equal(DiagnosticCodes.FileNotFound, missing.Diagnostics.Single().Code);

        string file = Path.Combine(Path.GetTempPath(), "witsharp-bad-" + Guid.NewGuid().ToString("N") + ".wit");
        try
        {
            File.WriteAllBytes(file, new byte[] { (byte)'p', 0xC3, 0x28 });
            var bad = WitLoader.LoadPath(file);
            Assert.False(bad.Success);
            Assert.Equal(DiagnosticCodes.InvalidEncoding, bad.Diagnostics.First().Code);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void MutatedInputNeverThrows()
    {
        const string valid = """
            package a:b@1.0.0;
            interface types { type t = u32; resource r { constructor(); m: func() -> t; } }
            interface api { use types.{t, r}; f: func(x: borrow<r>) -> list<t>; }
            world w { import api; export types; include other with { g as h } }
            world other { import g: func(); }
            """;
        var random = new Random(1234);
        const string alphabet = "{}();:.,<>@=/-_ abcrtuwg0123\n";
        for (int i = 0; i < 400; i++)
        {
            var sb = new StringBuilder(valid);
            for (int edits = random.Next(1, 4); edits > 0; edits--)
            {
                int at = random.Next(sb.Length);
                if (random.Next(2) == 0) sb.Remove(at, 1);
                else sb.Insert(at, alphabet[random.Next(alphabet.Length)]);
            }
            var result = WitLoader.LoadText("fuzz.wit", sb.ToString());
            Assert.True(result.Success || result.Diagnostics.Any(d => d.IsError));
            Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.InternalError);
        }
    }
}
