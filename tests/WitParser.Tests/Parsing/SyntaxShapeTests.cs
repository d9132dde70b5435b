using System.Linq;
using WitSharp.WitParser.Parsing;
using WitSharp.WitParser.Syntax;

namespace WitSharp.WitParser.Tests.Parsing;

public class SyntaxShapeTests
{
    private static WitFileSyntax Parse(string text)
    {
        var tree = WitSyntaxTree.Parse(text);
        Assert.Empty(tree.Diagnostics);
        return tree.Root;
    }

    private static T Member<T>(WitFileSyntax root, int item, int member) where T : ItemSyntax =>
        Assert.IsType<T>(((NamedBlockSyntax)root.Items[item]).Items[member]);

    private static TypeSyntax AliasType(string type) =>
        Member<TypeAliasSyntax>(Parse($"interface i {{ type t = {type}; }}"), 0, 0).Type;

    [Fact]
    public void Package_header_with_prerelease_version()
    {
        var root = Parse("package wasi:http@0.2.0-rc-2023-11-10;");
        Assert.Equal("wasi:http@0.2.0-rc-2023-11-10", root.PackageDeclaration!.Name.FullName);
        Assert.Empty(root.Items);
    }

    [Fact]
    public void Result_in_all_four_shapes()
    {
        var bare = Assert.IsType<ResultTypeSyntax>(AliasType("result"));
        Assert.Null(bare.OkType);
        Assert.Null(bare.ErrorType);
        var okOnly = Assert.IsType<ResultTypeSyntax>(AliasType("result<u32>"));
        Assert.IsType<PrimitiveTypeSyntax>(okOnly.OkType);
        Assert.Null(okOnly.ErrorType);
        var errOnly = Assert.IsType<ResultTypeSyntax>(AliasType("result<_, string>"));
        Assert.NotNull(errOnly.Underscore);
        Assert.Null(errOnly.OkType);
        Assert.Equal("string", ((PrimitiveTypeSyntax)errOnly.ErrorType!).Keyword.Text);
        var both = Assert.IsType<ResultTypeSyntax>(AliasType("result<u8, e>"));
        Assert.Equal("e", ((TypeReferenceSyntax)both.ErrorType!).Name.ValueText);
    }

    [Fact]
    public void Containers_handles_and_async_values()
    {
        var fixedList = Assert.IsType<ListTypeSyntax>(AliasType("list<u8, 16>"));
        Assert.Equal("16", fixedList.Size!.Value.Text);
        Assert.Null(Assert.IsType<ListTypeSyntax>(AliasType("list<list<u8>>")).Size);
        var map = Assert.IsType<MapTypeSyntax>(AliasType("map<string, option<u32>>"));
        Assert.IsType<OptionTypeSyntax>(map.ValueType);
        Assert.Equal(3, Assert.IsType<TupleTypeSyntax>(AliasType("tuple<u8, s8, char>")).Types.Count);
        Assert.True(Assert.IsType<HandleTypeSyntax>(AliasType("borrow<r>")).IsBorrow);
        Assert.False(Assert.IsType<HandleTypeSyntax>(AliasType("own<r>")).IsBorrow);
        Assert.Null(Assert.IsType<AsyncValueTypeSyntax>(AliasType("future")).Payload);
        var stream = Assert.IsType<AsyncValueTypeSyntax>(AliasType("stream<u8>"));
        Assert.True(stream.IsStream);
        Assert.NotNull(stream.Payload);
        Assert.Equal(SyntaxKind.ErrorContextKeyword, Assert.IsType<PrimitiveTypeSyntax>(AliasType("error-context")).Keyword.Kind);
        Assert.Equal("record", Assert.IsType<TypeReferenceSyntax>(AliasType("%record")).Name.ValueText);
    }

    [Fact]
    public void Resource_with_constructor_methods_static_and_async()
    {
        var resource = Member<ResourceSyntax>(Parse(@"interface i {
  resource r {
    constructor(a: u32) -> result<r, string>;
    m: func();
    s: static func() -> r;
    a: async func(x: stream<u8>);
  }
}"), 0, 0);
        var ctor = Assert.IsType<ConstructorSyntax>(resource.Members[0]);
        Assert.Single(ctor.Parameters.Parameters);
        Assert.IsType<ResultTypeSyntax>(ctor.Result);
        Assert.Null(Assert.IsType<FunctionSyntax>(resource.Members[1]).StaticKeyword);
        Assert.NotNull(Assert.IsType<FunctionSyntax>(resource.Members[2]).StaticKeyword);
        Assert.True(Assert.IsType<FunctionSyntax>(resource.Members[3]).Type.IsAsync);
    }

    [Fact]
    public void Gates_and_documentation_attach_to_items()
    {
        var root = Parse(@"package a:b@1.0.0;
/// The interface.
@since(version = 1.0.0)
@deprecated(version = 1.2.0)
interface i {
  /// A function.
  @unstable(feature = fancy-foo)
  f: func();
}");
        var iface = Assert.IsType<InterfaceSyntax>(root.Items[0]);
        Assert.Equal(new[] { AttributeKind.Since, AttributeKind.Deprecated }, iface.Attributes.Select(a => a.Kind));
        Assert.Equal("1.2.0", iface.Attributes[1].Version!.Text);
        Assert.Equal("The interface.", iface.Documentation);
        var f = Assert.IsType<FunctionSyntax>(iface.Items[0]);
        Assert.Equal("fancy-foo", f.Attributes[0].Feature!.Value.ValueText);
        Assert.Equal("A function.", f.Documentation);
    }

    [Fact]
    public void Documentation_follows_the_reference_rules()
    {
        var root = Parse("interface i {\n  record r {\n    // plain comments count too\n    /**   block\n     doc */\n    a: u32,\n  }\n}");
        var record = Member<RecordSyntax>(root, 0, 0);
        Assert.Equal("plain comments count too\n  block\n     doc", record.Fields[0].Documentation);
        Assert.Null(record.Documentation);
    }

    [Fact]
    public void World_items_of_every_kind()
    {
        var world = Assert.IsType<WorldSyntax>(Parse(@"world w {
  import a:b/c@1.0.0;
  import f: async func() -> u32;
  export i: interface { g: func(); }
  import primary: store;
  include other with { a as b, c as d }
  include x:y/z;
  use t.{a, b as c};
  type x = u8;
}").Items[0]);
        var path = Assert.IsType<ImportExportSyntax>(world.Items[0]);
        Assert.True(path.IsImport && path.Name == null && path.Path!.IsQualified);
        Assert.Equal("1.0.0", path.Path.Version!.Text);
        Assert.True(Assert.IsType<ImportExportSyntax>(world.Items[1]).Function!.IsAsync);
        var inline = Assert.IsType<ImportExportSyntax>(world.Items[2]);
        Assert.False(inline.IsImport);
        Assert.Single(inline.Interface!.Items);
        var named = Assert.IsType<ImportExportSyntax>(world.Items[3]);
        Assert.Equal("primary", named.Name!.Value.ValueText);
        Assert.Equal("store", named.Path!.Name.ValueText);
        var include = Assert.IsType<IncludeSyntax>(world.Items[4]);
        Assert.Equal(new[] { "b", "d" }, include.Names.Select(n => n.Alias!.Value.ValueText));
        Assert.Empty(Assert.IsType<IncludeSyntax>(world.Items[5]).Names);
        var use = Assert.IsType<UseSyntax>(world.Items[6]);
        Assert.Equal("c", use.Names[1].Alias!.Value.ValueText);
        Assert.IsType<TypeAliasSyntax>(world.Items[7]);
    }

    [Fact]
    public void Top_level_use_and_nested_packages()
    {
        var root = Parse(@"package a:b;
use c:d/e@2.0.0 as f;
package x:y@1.0.0 {
  interface i {}
}");
        var use = Assert.IsType<TopLevelUseSyntax>(root.Items[0]);
        Assert.Equal("f", use.Alias!.Value.ValueText);
        var nested = Assert.IsType<NestedPackageSyntax>(root.Items[1]);
        Assert.Equal("x:y@1.0.0", nested.Name.FullName);
        Assert.IsType<InterfaceSyntax>(Assert.Single(nested.Items));
    }

    [Fact]
    public void Spans_cover_tokens_without_trivia()
    {
        const string text = "  // c\n  interface i {}\n";
        var iface = WitSyntaxTree.Parse(text).Root.Items[0];
        Assert.Equal("interface i {}", text.Substring(iface.Span.Start, iface.Span.Length));
        Assert.Equal(0, iface.FullSpan.Start);
    }
}
