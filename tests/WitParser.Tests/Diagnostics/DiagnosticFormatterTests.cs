using WitSharp.WitParser.Diagnostics;
using WitSharp.WitParser.Text;

namespace WitSharp.WitParser.Tests.Diagnostics;

public class DiagnosticFormatterTests
{
    [Fact]
    public void Snippet_matches_the_reference_layout()
    {
        var source = new SourceText("tests/ui/x.wit", "package a:b;\n\nworld w {\n  import x: async func();\n}\n");
        int start = source.Text.IndexOf("x:", System.StringComparison.Ordinal);
        var d = Diagnostic.Error("WIT0200", "import `x` conflicts with prior type of same name", source, new TextSpan(start, 1));

        string expected = "import `x` conflicts with prior type of same name\n" +
                          "     --> tests/ui/x.wit:4:10\n" +
                          "      |\n" +
                          "    4 |   import x: async func();\n" +
                          "      |          ^";
        Assert.Equal(expected, DiagnosticFormatter.FormatSnippet(d));
    }

    [Fact]
    public void Caret_underlines_the_span_with_dashes()
    {
        var source = new SourceText("r.wit", "package a:b;\ninterface i {\n  use nonexistent.{};\n}\n");
        int start = source.Text.IndexOf("nonexistent", System.StringComparison.Ordinal);
        var d = Diagnostic.Error("WIT0201", "interface or world `nonexistent` does not exist", source, new TextSpan(start, 11));
        Assert.EndsWith("      |       ^----------", DiagnosticFormatter.FormatSnippet(d));
    }

    [Fact]
    public void MsBuild_format_is_path_line_col_severity_code()
    {
        var source = new SourceText("wit/a.wit", "package a:b;\nbad\n");
        var d = Diagnostic.Error("WIT0101", "expected `interface`", source, new TextSpan(13, 3));
        Assert.Equal("wit/a.wit(2,1): error WIT0101: expected `interface`", DiagnosticFormatter.FormatMsBuild(d));
    }

    [Fact]
    public void Columns_count_scalar_values_not_utf16_units()
    {
        var source = new SourceText("u.wit", "// \U0001F600 x\n");
        Assert.Equal(new LinePosition(1, 6), source.GetLinePosition(source.Text.IndexOf('x')));
    }
}
