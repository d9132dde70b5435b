using System.Linq;
using WitSharp.WitParser.Diagnostics;
using WitSharp.WitParser.Resolution;

namespace WitSharp.WitParser.Tests.Resolution;

/// <summary>
/// The resolver hands each finished interface and world to the merger, which renumbers it in place while the
/// resolver goes on. These cases read back, after a merge, what the resolver still needs to see in package-local
/// numbers: alias chains behind handles, and a world constructor's result type.
/// </summary>
public sealed class IncrementalMergeTests
{
    private static WitLoadResult Load(string text) => WitLoader.LoadText("test.wit", text);

    private static WitResolve Resolve(string text)
    {
        var result = Load(text);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Select(d => DiagnosticFormatter.FormatSnippet(d))));
        return result.Resolve!;
    }

    private static WitTypeDef Follow(WitResolve resolve, int id)
    {
        while (resolve.Types[id].Kind is WitAliasKind { Target: { IsId: true } next }) id = next.TypeId;
        return resolve.Types[id];
    }

    [Fact]
    public void HandleThroughAnAliasChainOverFinishedInterfacesFindsTheResource()
    {
        // The dependency is merged first, so package-local and merged numbers differ.
        var resolve = Resolve("""
            package a:b;
            interface c { use a:a/z.{t}; resource res; }
            interface m { use c.{res}; }
            interface u { use m.{res}; f: func(x: borrow<res>); }
            package a:a { interface z { type t = u32; type t2 = u64; } }
            """);
        var u = resolve.Interfaces.Single(i => i.Name == "u");
        var param = u.Functions.Single().Value.Params[0].Type;
        var handle = Assert.IsType<WitHandleKind>(resolve.Types[param.TypeId].Kind);
        Assert.True(handle.IsBorrow);
        var target = Follow(resolve, handle.Resource);
        Assert.IsType<WitResourceKind>(target.Kind);
        Assert.Equal("res", target.Name);
        Assert.Equal(resolve.Interfaces.ToList().FindIndex(i => i.Name == "c"), target.Owner.Id);
    }

    [Fact]
    public void HandleThroughAnAliasChainToANonResourceIsRejected()
    {
        var result = Load("""
            package a:b;
            interface c { use a:a/z.{t}; type res = u32; }
            interface m { use c.{res}; }
            interface u { use m.{res}; f: func(x: borrow<res>); }
            package a:a { interface z { type t = u32; type t2 = u64; } }
            """);
        Assert.False(result.Success);
        var error = result.Diagnostics.First(d => d.IsError);
        Assert.Equal("type `res` used in a handle must be a resource", error.Message);
        Assert.Equal(4, error.Location!.Value.Start.Line);
        Assert.Equal(46, error.Location!.Value.Start.Column);
    }

    [Fact]
    public void WorldConstructorResultInternedBeforeAnInlineInterfaceStillMatchesItsResource()
    {
        // `result<r, e>` is interned by the world's type `x` (world types are resolved first), the inline interface
        // is finished next, and the resource's members come last: the constructor must still see the result's
        // `ok` as the resource, not as a renumbered handle.
        var resolve = Resolve("""
            package a:b;
            world w {
              enum e { bad }
              type x = list<result<r, e>>;
              import i: interface { f: func(); }
              resource r { constructor() -> result<r, e>; }
            }
            """);
        var world = resolve.Worlds.Single();
        var ctor = world.Imports.Select(p => p.Value.Function).Single(f => f is not null && f.Name == "[constructor]r")!;
        var result = Assert.IsType<WitResultKind>(resolve.Types[ctor.Result!.Value.TypeId].Kind);
        var ok = Assert.IsType<WitHandleKind>(resolve.Types[result.Ok!.Value.TypeId].Kind);
        Assert.False(ok.IsBorrow);
        Assert.Equal("r", resolve.Types[ok.Resource].Name);
        Assert.Equal("i", resolve.NameOfWorldKey(world.Imports.Single(p => p.Value.Kind == WitWorldItemKind.Interface).Key));
    }

    [Fact]
    public void ForeignHandlesAreCheckedAfterTheirPackageIsMerged()
    {
        var resolve = Resolve("""
            package a:c;
            interface j { use a:b/i.{r}; f: func(x: borrow<r>); }
            package a:b { interface i { resource r; } }
            """);
        var j = resolve.Interfaces.Single(i => i.Name == "j");
        var handle = Assert.IsType<WitHandleKind>(resolve.Types[j.Functions.Single().Value.Params[0].Type.TypeId].Kind);
        Assert.IsType<WitResourceKind>(Follow(resolve, handle.Resource).Kind);
        // The dependency is merged first: its interface comes first in the arena.
        Assert.Equal("i", resolve.Interfaces[0].Name);

        var result = Load("""
            package a:c;
            interface j { use a:b/i.{r}; f: func(x: borrow<r>); }
            package a:b { interface i { type r = u32; } }
            """);
        Assert.False(result.Success);
        Assert.Equal("type used in a handle must be a resource", result.Diagnostics.First(d => d.IsError).Message);
    }

    [Fact]
    public void GatedOutInterfaceDropsItsTypesAndKeepsLaterNumbering()
    {
        var resolve = Resolve("""
            package a:b@1.0.0;
            @unstable(feature = off)
            interface hidden { @unstable(feature = off) type t = u32; }
            interface shown { record p { x: u32 } f: func(v: p); }
            """);
        var shown = Assert.Single(resolve.Interfaces);
        Assert.Equal("shown", shown.Name);
        int p = shown.Types.Single().Value;
        Assert.Equal("p", resolve.Types[p].Name);
        Assert.Equal(0, resolve.Types[p].Owner.Id);
        Assert.Equal(p, shown.Functions.Single().Value.Params[0].Type.TypeId);
    }

    [Fact]
    public void OwnHandlesOfFunctionsComeAfterEveryTypeOfThePackage()
    {
        // As in a merge after resolution: `own<r>` for `f`'s result is made after `p`, a type of a later interface.
        var resolve = Resolve("""
            package a:b;
            interface i { resource r; f: func() -> r; }
            interface j { record p { x: u32 } }
            """);
        var f = resolve.Interfaces.Single(x => x.Name == "i").Functions.Single().Value;
        int handle = f.Result!.Value.TypeId;
        Assert.IsType<WitHandleKind>(resolve.Types[handle].Kind);
        int p = resolve.Interfaces.Single(x => x.Name == "j").Types.Single().Value;
        Assert.True(p < handle, $"record p is type {p}, the function's own handle {handle}");
        Assert.Equal(resolve.Types.Count - 1, handle);
    }

    [Fact]
    public void AnErrorInResolvingIsReportedBeforeAnErrorInMerging()
    {
        // The missing package is found when the package is merged, the unknown type while it is resolved.
        var result = Load("""
            package a:b;
            interface i { use x:y/missing.{t}; }
            interface j { f: func() -> nothing-here; }
            """);
        Assert.False(result.Success);
        Assert.Equal("name `nothing-here` does not exist", result.Diagnostics.First(d => d.IsError).Message);

        var mergeOnly = Load("""
            package a:b;
            interface i { use x:y/missing.{t}; }
            """);
        Assert.StartsWith("package 'x:y' not found", mergeOnly.Diagnostics.First(d => d.IsError).Message);
    }

    [Fact]
    public void ANestedPackagesErrorComesBeforeAMissingPackageHeader()
    {
        // The reference resolves each nested package as it meets it, before it misses the file's own header.
        var result = Load("""
            package foo:name {
              interface i1 { type a = u32; }
              world w1 { import imp1: interface { use i1.{w2}; } }
            }
            interface i2 { type b = u32; }
            """);
        Assert.False(result.Success);
        var error = result.Diagnostics.First(d => d.IsError);
        Assert.Equal("name `w2` does not exist", error.Message);
        Assert.Equal(3, error.Location!.Value.Start.Line);

        var headerOnly = Load("""
            package foo:name { interface i1 { type a = u32; } }
            interface i2 { type b = u32; }
            """);
        Assert.Equal("no `package` header was found in any WIT file for this package", headerOnly.Diagnostics.First(d => d.IsError).Message);
    }
}
