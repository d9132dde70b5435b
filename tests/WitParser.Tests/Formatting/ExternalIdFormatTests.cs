using WitSharp.WitParser.Formatting;
using WitSharp.WitParser.Json;

namespace WitSharp.WitParser.Tests.Formatting;

/// <summary>
/// <c>witsharp fmt</c> keeps every <c>@external-id</c> where it was written: in its order among the item's other
/// attributes, its string literal byte for byte (escapes are not rewritten), with the comments around it; and the
/// formatted file means the same.
/// </summary>
public sealed class ExternalIdFormatTests
{
    private const string Unformatted = """
        package a:b@1.0.0;
        interface i {
          /// Docs.
          @external-id("a\"b\\c\u{1F600}\41") // why this id
          @since(version = 1.0.0)
          f: func();
          @since(version = 1.0.0) @external-id("after-since")
          g: func();
          @external-id( "spaced" )
          resource r { @external-id("m") /* inline */ m: func(); @external-id("c") constructor(); @external-id("s") s: static func(); }
          @external-id("t") /* between */ type t = u8;
          @external-id("u") use j.{v};
          @external-id("rec") record rec { a: u8 }
        }
        interface j { type v = u8; }
        world w { @external-id("x") import x: func(); @external-id("y") export y: interface { @external-id("z") g: func(); } @external-id("i") import i; @external-id("n") import n: j; @external-id("wt") type wt = u8; }
        """;

    private const string Formatted = """
        package a:b@1.0.0;

        interface i {
          /// Docs.
          @external-id("a\"b\\c\u{1F600}\41") // why this id
          @since(version = 1.0.0)
          f: func();

          @since(version = 1.0.0)
          @external-id("after-since")
          g: func();

          @external-id("spaced")
          resource r {
            @external-id("m") /* inline */
            m: func();
            @external-id("c")
            constructor();
            @external-id("s")
            s: static func();
          }

          @external-id("t") /* between */
          type t = u8;

          @external-id("u")
          use j.{v};

          @external-id("rec")
          record rec {
            a: u8,
          }
        }

        interface j {
          type v = u8;
        }

        world w {
          @external-id("x")
          import x: func();

          @external-id("y")
          export y: interface {
            @external-id("z")
            g: func();
          }

          @external-id("i")
          import i;
          @external-id("n")
          import n: j;

          @external-id("wt")
          type wt = u8;
        }

        """;

    [Fact]
    public void Every_id_is_kept_in_place_as_written()
    {
        var result = WitFormatter.Format(Unformatted);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(Formatted.ReplaceLineEndings("\n"), result.Text);
    }

    [Fact]
    public void Formatting_the_formatted_text_changes_nothing()
    {
        var once = WitFormatter.Format(Formatted);
        Assert.True(once.Succeeded);
        Assert.Equal(Formatted.ReplaceLineEndings("\n"), once.Text);
    }

    [Fact]
    public void The_formatted_text_resolves_to_the_same_ids()
    {
        var before = WitLoader.LoadText("t.wit", Unformatted);
        var after = WitLoader.LoadText("t.wit", WitFormatter.Format(Unformatted).Text);
        Assert.True(before.Success && after.Success);
        string json = WitJsonWriter.Write(before.Resolve!);
        Assert.Contains("\"external_id\": \"a\\\"b\\\\c\uD83D\uDE00A\"", json);
        Assert.Equal(json, WitJsonWriter.Write(after.Resolve!));
    }
}
