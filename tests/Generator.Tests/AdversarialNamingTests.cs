using System.Linq;
using WitSharp.Generator.Naming;

namespace WitSharp.Generator.Tests;

/// <summary>WIT that is legal but hostile to C# naming still generates bindings that compile, with predictable names.</summary>
public sealed class AdversarialNamingTests
{
    [Fact]
    public void KeywordsAreEscapedEverywhere()
    {
        var output = Generate.FromText("""
            package %class:%namespace;
            interface %interface {
              record %record { %string: string, %int: s32, %namespace: bool }
              enum %enum { %if, %else, %null }
              %if: func(%int: s32, %out: string, %this: %record) -> %enum;
              %static: func(%params: list<u8>);
            }
            world %world { import %interface; export %interface; }
            """);
        output.AssertCompiles("""
            class Host : global::Class.Namespace.Interface.IInterface
            {
                public global::Class.Namespace.Interface.Enum If(int @int, string @out, global::Class.Namespace.Interface.Record @this) =>
                    @this.Namespace ? global::Class.Namespace.Interface.Enum.If : global::Class.Namespace.Interface.Enum.Null;
                public void Static(byte[] @params) { }
            }
            """);
        Assert.Contains("byte[] @params", output.AllText());
    }

    [Fact]
    public void VariantCasesNamedLikeObjectMembersOrTheVariantGetDistinctNames()
    {
        var output = Generate.FromText("""
            package a:b;
            interface i {
              variant value { tag(u8), value(string), equals, to-string(u32), get-hash-code, deconstruct(bool) }
              record equals { equals: u8, value: u8, to-string: string, deconstruct: bool }
              f: func(v: value) -> equals;
            }
            world w { import i; }
            """);
        output.AssertCompiles("""
            static class User
            {
                static string Describe(global::A.B.I.Value v) => v switch
                {
                    global::A.B.I.Value.Tag t => t.Value.ToString(),
                    global::A.B.I.Value.Value_ s => s.Value,
                    global::A.B.I.Value.Equals_ => "equals",
                    global::A.B.I.Value.ToString_ n => n.Value.ToString(),
                    global::A.B.I.Value.GetHashCode_ => "hash",
                    global::A.B.I.Value.Deconstruct_ d => d.Value ? "yes" : "no",
                    _ => "",
                };
                static int Sum(global::A.B.I.Equals_ e) => e.Equals__ + e.Value + e.ToString_.Length + (e.Deconstruct_ ? 1 : 0);
            }
            """);
    }

    [Fact]
    public void TypesNamedLikeTheirInterfaceOrItsHostInterfaceKeepTheirNames()
    {
        var output = Generate.FromText("""
            package a:b;
            interface foo {
              record foo { foo: u32 }
              record i-foo { x: u32 }
              get: func(a: foo) -> i-foo;
            }
            world w { import foo; export foo; }
            """);
        // The WIT type `i-foo` keeps `IFoo`; the generated host interface steps aside.
        output.AssertCompiles("""
            class Host : global::A.B.Foo.IFoo_
            {
                public global::A.B.Foo.IFoo Get(global::A.B.Foo.Foo a) => new global::A.B.Foo.IFoo(a.Foo_);
            }
            """);
        Assert.Contains("public interface IFooExports", output.AllText());
    }

    [Fact]
    public void TwoVersionsOfOnePackageLiveInSeparateNamespaces()
    {
        string v1 = "package wasi:http@0.2.0; interface types { record request { path: string } send: func(r: request); }";
        string v2 = "package wasi:http@0.2.12; interface types { record request { path: string, method: string } send: func(r: request); }";
        var output = Generate.FromSources(new[] { v1, v2, """
            package app:host;
            world w { import wasi:http/types@0.2.0; import wasi:http/types@0.2.12; }
            """ });
        output.AssertCompiles("""
            static class User
            {
                static global::Wasi.Http.V0_2_0.Types.Request Old() => new("/");
                static global::Wasi.Http.V0_2_12.Types.Request New() => new("/", "GET");
                static object Both(global::App.Host.WWorld.IImports imports) => (imports.Types, imports.WasiHttpTypes);
            }
            """);
        Assert.Equal(output.Sources.Select(s => s.HintName).Distinct().Count(), output.Sources.Count);
    }

    [Fact]
    public void ResourceMembersNamedLikeDisposeOrTheResourceDoNotClash()
    {
        var output = Generate.FromText("""
            package a:b;
            interface files {
              resource file {
                constructor(path: string);
                dispose: func();
                file: func() -> u32;
                open: static func(path: string) -> file;
              }
              create-file: func() -> file;
            }
            world w { import files; }
            """);
        output.AssertCompiles("""
            sealed class MyFile : global::A.B.Files.File
            {
                public override void Dispose_() { }
                public override uint File_() => 1;
            }
            class Host : global::A.B.Files.IFiles
            {
                public global::A.B.Files.File CreateFile(string path) => new MyFile();
                public global::A.B.Files.File FileOpen(string path) => new MyFile();
                public global::A.B.Files.File CreateFile_() => new MyFile();
            }
            """);
    }

    [Fact]
    public void AnInterfaceAndAWorldWithClashingNamespacesAreSeparated()
    {
        var output = Generate.FromText("""
            package a:b;
            interface w-world { record r { x: u8 } }
            world w {
              import w-world;
              use w-world.{r as other};
              record r { y: u8 }
              import f: func(a: r) -> other;
            }
            """);
        output.AssertCompiles("""
            class Host : global::A.B.WWorld_.IImports
            {
                public global::A.B.WWorld.R F(global::A.B.WWorld_.R a) => new(a.Y);
            }
            """);
    }

    [Fact]
    public void BindingClassesStepAsideFromFunctionsNamedLikeThem()
    {
        var output = Generate.FromText("""
            package a:b;
            interface calc { calc-exports-binding: func() -> u32; }
            world w { export calc; export exports-binding: func(); }
            """);
        output.AssertCompiles("""
            static class User
            {
                static uint Call(global::A.B.Calc.CalcExportsBinding_ c, global::A.B.WWorld.ExportsBinding_ w)
                {
                    w.ExportsBinding();
                    return c.CalcExportsBinding();
                }
            }
            """);
    }

    [Theory]
    [InlineData("wasi-http", "WasiHttp", "wasiHttp")]
    [InlineData("HTTP-error", "HTTPError", "httpError")]
    [InlineData("%interface", "Interface", "interface")]
    [InlineData("ipv4-address", "Ipv4Address", "ipv4Address")]
    [InlineData("a-1", "A1", "a1")]
    public void IdentifiersAreCasedFromKebabWords(string wit, string pascal, string camel)
    {
        Assert.Equal(pascal, CSharpIdentifiers.Pascal(wit));
        Assert.Equal(camel, CSharpIdentifiers.Camel(wit));
    }

    [Fact]
    public void NameScopeHandsOutEachNameOnce()
    {
        var scope = NameScope.ForMembersOf("Point");
        Assert.Equal("X", scope.Claim("X"));
        Assert.Equal("X_", scope.Claim("X"));
        Assert.Equal("Point_", scope.Claim("Point"));
        Assert.Equal("ToString_", scope.Claim("ToString"));
        Assert.Equal("@class", CSharpIdentifiers.Escape("class"));
    }
}
