using System.Linq;
using WitSharp.WitParser.Diagnostics;

namespace WitSharp.WitParser.Tests.Resolution;

/// <summary>
/// <c>@external-id</c> given twice, where it cannot stand, and with a bad string: each a diagnostic with its code,
/// its place and its caret span, in wit-parser 0.257.1's words (<c>ast.rs</c>, <c>ast/lex.rs</c>, <c>ast/resolve.rs</c>).
/// </summary>
public sealed class ExternalIdErrorTests
{
    /// <summary>The first error: code, message, 1-based line:column and the width of its caret underline.</summary>
    private static (string Code, string Message, string Place, int Width) FirstError(string text)
    {
        var result = WitLoader.LoadText("t.wit", text);
        Assert.False(result.Success);
        var first = result.Diagnostics.First(d => d.IsError);
        return (first.Code, first.Message, first.Location!.Value.Start.ToString(), first.Location!.Value.Span.Length);
    }

    [Theory]
    // ast/resolve.rs external_id: the second attribute's name is the span.
    [InlineData("interface i {\n  @external-id(\"a\")\n  @external-id(\"b\")\n  type t = u8;\n}", "4:4")]
    [InlineData("interface i {\n  resource r {\n  @external-id(\"a\") @external-id(\"b\") m: func();\n  }\n}", "4:22")]
    [InlineData("interface i {\n  resource r {\n  @external-id(\"a\") @external-id(\"b\") constructor();\n  }\n}", "4:22")]
    [InlineData("interface i {\n  @external-id(\"a\") @external-id(\"a\")\n  use j.{t};\n}\ninterface j { type t = u8; }", "3:22")]
    [InlineData("world w {\n  @external-id(\"a\") @external-id(\"b\")\n  import f: func();\n}", "3:22")]
    [InlineData("interface j {}\nworld w {\n  @external-id(\"a\") @external-id(\"b\")\n  export j;\n}", "4:22")]
    [InlineData("interface j {}\nworld w {\n  @external-id(\"a\") @external-id(\"b\")\n  import x: j;\n}", "4:22")]
    [InlineData("world w {\n  @external-id(\"a\") @external-id(\"b\")\n  import x: interface {}\n}", "3:22")]
    [InlineData("world w {\n  @external-id(\"a\") @external-id(\"b\")\n  type t = u8;\n}", "3:22")]
    public void Twice_is_an_error_at_the_second(string body, string place)
    {
        var error = FirstError("package a:b;\n" + body + "\n");
        Assert.Equal((DiagnosticCodes.InvalidGateAttributes, "cannot specify @external-id twice", place, "external-id".Length), error);
    }

    [Fact]
    public void On_a_package_header_it_is_the_nested_package_error()
    {
        // ast.rs: attributes in front of `package` make it a nested package item, which refuses them.
        var error = FirstError("@external-id(\"p\")\npackage a:b;\ninterface i {}\n");
        Assert.Equal((DiagnosticCodes.UnexpectedToken, "cannot place attributes on nested packages", "2:1", "package".Length), error);
    }

    [Fact]
    public void On_a_nested_package_it_is_an_error()
    {
        var error = FirstError("@external-id(\"p\")\npackage a:b { interface i {} }\n");
        Assert.Equal((DiagnosticCodes.UnexpectedToken, "cannot place attributes on nested packages", "2:1", "package".Length), error);
    }

    [Fact]
    public void On_a_top_level_use_it_is_an_error()
    {
        var error = FirstError("package a:b;\ninterface j {}\n@external-id(\"u\")\nuse j as k;\n");
        Assert.Equal((DiagnosticCodes.InvalidGateAttributes, "attributes not allowed on top-level use", "4:1", "use".Length), error);
    }

    [Theory]
    [InlineData("interface i { record r { @external-id(\"f\") a: u8 } }", "2:26")]
    [InlineData("interface i { variant v { @external-id(\"c\") a } }", "2:27")]
    [InlineData("interface i { enum e { @external-id(\"c\") a } }", "2:24")]
    [InlineData("interface i { flags f { @external-id(\"c\") a } }", "2:25")]
    [InlineData("interface i { f: func(@external-id(\"p\") a: u8); }", "2:23")]
    public void On_a_member_or_parameter_it_is_a_syntax_error(string body, string place)
    {
        var error = FirstError("package a:b;\n" + body + "\n");
        Assert.Equal((DiagnosticCodes.UnexpectedToken, "expected an identifier or string, found `@`", place, 1), error);
    }

    [Theory]
    // ast/lex.rs expect_string_literal: the error is at the offending character (a line end ends the literal).
    [InlineData("@external-id(\"abc) type t = u8; }", "invalid string character '\\n'", "2:48")]
    [InlineData("@external-id(\"a\\q\") type t = u8; }", "invalid string escape 'q'", "2:31")]
    [InlineData("@external-id(\"a\tb\") type t = u8; }", "invalid string character '\\t'", "2:30")]
    [InlineData("@external-id(\"\\u{110000}\") type t = u8; }", "invalid unicode value 0x110000", "2:30")]
    public void A_bad_string_is_located_at_its_fault(string item, string message, string place)
    {
        var error = FirstError("package a:b;\ninterface i { " + item + "\n");
        Assert.Equal((DiagnosticCodes.InvalidStringLiteral, message, place), (error.Code, error.Message, error.Place));
    }

    [Fact]
    public void A_string_cut_off_by_the_end_of_the_file_is_located_at_the_end()
    {
        string text = "package a:b;\ninterface i { @external-id(\"abc";
        var error = FirstError(text);
        Assert.Equal((DiagnosticCodes.InvalidStringLiteral, "unexpected end of file", "2:32"), (error.Code, error.Message, error.Place));
    }

    [Theory]
    [InlineData("@external-id(abc) type t = u8; }", "expected a string literal, found an identifier", "2:28")]
    [InlineData("@external-id type t = u8; }", "expected '(', found keyword `type`", "2:28")]
    [InlineData("@external-id(\"a\" type t = u8; }", "expected ')', found keyword `type`", "2:32")]
    [InlineData("@external-id(\"a\", \"b\") type t = u8; }", "expected ')', found ','", "2:31")]
    [InlineData("@external-id() type t = u8; }", "expected a string literal, found ')'", "2:28")]
    public void A_malformed_attribute_is_a_syntax_error(string item, string message, string place)
    {
        var error = FirstError("package a:b;\ninterface i { " + item + "\n");
        Assert.Equal((DiagnosticCodes.UnexpectedToken, message, place), (error.Code, error.Message, error.Place));
    }

    [Theory]
    [InlineData("@external-id(\"x\")\ninterface i {}", "an interface", "2:1")]
    [InlineData("@external-id(\"x\")\nworld w {}", "a world", "2:1")]
    [InlineData("world v {}\nworld w {\n  @external-id(\"x\")\n  include v;\n}", "an `include`", "4:3")]
    public void Where_the_reference_drops_it_the_load_succeeds_with_a_located_warning(string body, string what, string place)
    {
        var result = WitLoader.LoadText("t.wit", "package a:b;\n" + body + "\n");
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(DiagnosticCodes.IgnoredExternalId, warning.Code);
        Assert.Equal($"`@external-id` has no effect on {what}: only imports, exports, types and functions carry one", warning.Message);
        Assert.Equal(place, warning.Location!.Value.Start.ToString());
        Assert.Equal("@external-id(\"x\")".Length, warning.Location!.Value.Span.Length);
    }

    [Fact]
    public void The_warning_renders_with_its_code_and_a_caret_under_the_whole_attribute()
    {
        var result = WitLoader.LoadText("t.wit", "package a:b;\n@external-id(\"x\") interface i {}\n");
        string snippet = DiagnosticFormatter.FormatSnippet(result.Diagnostics.Single(), includeCode: true);
        Assert.StartsWith("warning[WIT0107]: `@external-id` has no effect on an interface", snippet);
        Assert.Contains("--> t.wit:2:1", snippet);
        Assert.Contains("| ^" + new string('-', "@external-id(\"x\")".Length - 1), snippet);
    }
}
