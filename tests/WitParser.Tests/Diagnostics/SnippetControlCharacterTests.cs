using WitSharp.WitParser.Diagnostics;
using WitSharp.WitParser.Text;

namespace WitSharp.WitParser.Tests.Diagnostics;

/// <summary>Snippets never echo a file's control characters to the terminal, and their carets stay under the span.</summary>
public class SnippetControlCharacterTests
{
    [Fact]
    public void Control_characters_in_the_source_line_are_escaped_and_the_caret_stays_under_the_span()
    {
        var source = new SourceText("e.wit", "package a:b;\ninterface i { /* \u001b[2J\u0007 */ x }\n");
        int start = source.Text.IndexOf('x');
        var d = Diagnostic.Error("WIT0101", "expected `}`", source, new TextSpan(start, 1));

        string snippet = DiagnosticFormatter.FormatSnippet(d);

        Assert.DoesNotContain('\u001b', snippet);
        Assert.DoesNotContain('\u0007', snippet);
        string[] lines = snippet.Split('\n');
        Assert.Equal("    2 | interface i { /* \\u{1b}[2J\\u{7} */ x }", lines[3]);
        Assert.Equal(lines[3].IndexOf(" x }") + 1, lines[4].IndexOf('^'));
    }

    [Fact]
    public void A_span_over_control_characters_is_underlined_as_wide_as_their_escapes()
    {
        var source = new SourceText("e.wit", "a\u001bb\n");
        var d = Diagnostic.Error("WIT0005", "forbidden", source, new TextSpan(1, 2));

        string[] lines = DiagnosticFormatter.FormatSnippet(d).Split('\n');

        Assert.Equal("    1 | a\\u{1b}b", lines[3]);
        Assert.Equal("      |  ^------", lines[4]);
    }

    [Fact]
    public void Bidirectional_controls_paths_and_messages_are_escaped_too()
    {
        var source = new SourceText("evil\u001b]0;title\u0007.wit", "x \u202E y\n");
        var d = Diagnostic.Error("WIT0005", "bad \u009b thing", source, new TextSpan(4, 1));

        string snippet = DiagnosticFormatter.FormatSnippet(d, includeCode: true);
        string msbuild = DiagnosticFormatter.FormatMsBuild(d);

        foreach (string text in new[] { snippet, msbuild })
        {
            Assert.DoesNotContain('\u001b', text);
            Assert.DoesNotContain('\u0007', text);
            Assert.DoesNotContain('\u009b', text);
            Assert.DoesNotContain('\u202E', text);
        }
        Assert.Contains("x \\u{202e} y", snippet);
        Assert.StartsWith("error[WIT0005]: bad \\u{9b} thing", snippet);
        Assert.StartsWith("evil\\u{1b}]0;title\\u{7}.wit(1,5)", msbuild);
    }

    [Fact]
    public void A_tab_before_the_span_is_repeated_in_the_caret_line()
    {
        var source = new SourceText("t.wit", "\tx\n");
        var d = Diagnostic.Error("WIT0101", "m", source, new TextSpan(1, 1));
        Assert.EndsWith("      | \t^", DiagnosticFormatter.FormatSnippet(d));
    }
}
