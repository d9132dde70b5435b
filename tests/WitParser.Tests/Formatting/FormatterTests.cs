using WitSharp.WitParser.Formatting;

namespace WitSharp.WitParser.Tests.Formatting;

public class FormatterTests
{
    private static string Format(string text)
    {
        var result = WitFormatter.Format(text);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(result.Text, WitFormatter.Format(result.Text).Text);
        return result.Text;
    }

    [Fact]
    public void Lays_out_items_canonically_and_keeps_every_comment_in_place()
    {
        const string input = """
// License header

// more header
package a:b@1.0.0;   // trailing on header
/// Docs for i.
@since(version = 1.0.0) interface i {
  use x.{a,b as c,};   // trailing use
  // own-line before f

  f: func(a: u32, /* inline */ b: string,) -> result<_,e>;
  record r { a: u32, // about a
    /* before b */ b: list<u8,4> }
  enum e { x, y }   // after enum
  resource res { constructor(); m: func();
    // last in resource
  }
  // last in interface
}
world w { import i; import j; export k; include q with {a as b,} type t = u8;
  export f: func(); }
// end of file



""";
        const string expected = """
// License header

// more header
package a:b@1.0.0; // trailing on header

/// Docs for i.
@since(version = 1.0.0)
interface i {
  use x.{a, b as c}; // trailing use

  // own-line before f

  f: func(a: u32, /* inline */ b: string) -> result<_, e>;

  record r {
    a: u32, // about a
    /* before b */
    b: list<u8, 4>,
  }

  enum e {
    x,
    y,
  } // after enum

  resource res {
    constructor();
    m: func();
    // last in resource
  }
  // last in interface
}

world w {
  import i;
  import j;

  export k;

  include q with { a as b }

  type t = u8;

  export f: func();
}
// end of file
""";
        Assert.Equal(expected + "\n", Format(input));
    }

    [Fact]
    public void Empty_bodies_open_and_close_on_separate_lines()
    {
        Assert.Equal("interface i {\n}\n\nworld w {\n  import x: interface {\n  }\n}\n",
            Format("interface i {}\nworld w { import x: interface {} }"));
    }

    [Fact]
    public void Comments_inside_one_line_constructs_force_continuation_lines()
    {
        Assert.Equal("interface i {\n  f: func(a: u32, // why\n    b: u32);\n}\n",
            Format("interface i { f: func(a: u32, // why\n b: u32); }"));
    }

    [Fact]
    public void Block_comments_between_tokens_stay_inline()
    {
        Assert.Equal("interface i {\n  type /* a */ t = /* b */ list< /* c */ u8>;\n}\n",
            Format("interface i { type /* a */ t = /* b */ list</* c */u8>; }"));
    }

    [Fact]
    public void Trailing_comma_of_a_one_line_list_keeps_its_comments()
    {
        Assert.Equal("interface i {\n  f: func(a: u32 /* c */);\n}\n", Format("interface i { f: func(a: u32 /* c */,); }"));
    }

    [Fact]
    public void Nested_packages_gates_and_versions()
    {
        Assert.Equal(
            "package a:b@1.0.0-rc.1+b.2 {\n  @unstable(feature = x)\n  interface i {\n  }\n\n  @since(version = 1.0.0)\n  @deprecated(version = 1.1.0)\n  world w {\n    import c:d/e@2.0.0;\n  }\n}\n",
            Format("package a:b@1.0.0-rc.1+b.2{@unstable(feature=x)interface i{}@since(version=1.0.0)@deprecated(version=1.1.0)world w{import c:d/e@2.0.0;}}"));
    }

    [Fact]
    public void Consecutive_top_level_uses_stay_together()
    {
        Assert.Equal("package a:b;\n\nuse c:d/e;\nuse c:d/f as g;\n\ninterface i {\n}\n",
            Format("package a:b;\nuse c:d/e;\n\n\nuse c:d/f as g;\ninterface i {}"));
    }

    [Fact]
    public void Input_with_errors_is_returned_unchanged_with_diagnostics()
    {
        const string bad = "interface i {\n   type t = ;\n}";
        var result = WitFormatter.Format(bad);
        Assert.False(result.Succeeded);
        Assert.Equal(bad, result.Text);
        Assert.Equal("expected a type, found ';'", Assert.Single(result.Diagnostics).Message);
    }

    [Fact]
    public void Empty_and_comment_only_files()
    {
        Assert.Equal("", Format(""));
        Assert.Equal("// only a comment\n", Format("// only a comment"));
        Assert.Equal("/* a */\n\n// b\n", Format("  /* a */\n\n\n// b\n\n"));
    }
}
