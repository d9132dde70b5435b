using System.Linq;
using System.Text.Json;
using WitSharp.Tooling.Reporting;

namespace WitSharp.Tooling.Tests.Reporting;

public class RendererTests
{
    [Fact]
    public void Text_shows_the_snippet_with_a_caret_under_the_item()
    {
        string text = TextReportRenderer.Render(ReportFixtures.Sample());
        string[] lines = text.Split('\n');
        Assert.StartsWith("warning[WITL001]: function `f` has no docs", lines[0]);
        Assert.Contains(lines, l => l.EndsWith("a b.wit:3:3"));
        Assert.Contains("    3 |   f: func();", text);
        Assert.Contains("      |   ^", text);
        Assert.Contains("= note: interface `i` is here (", text);
        Assert.Contains("error[WIT0001]: no package", text);
    }

    [Fact]
    public void MsBuild_is_one_line_per_finding_with_the_range()
    {
        string[] lines = MsBuildReportRenderer.Render(ReportFixtures.Sample()).TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.EndsWith("a b.wit(3,3,3,4): warning WITL001: function `f` has no docs: 100%, really second line [interface `i` is here: " +
                        ReportFixtures.Sample().Findings[0].RelatedLocations[0].Location.Path + "(2,11)]", lines[0]);
        Assert.Equal("witsharp : error WIT0001: no package", lines[1]);
    }

    [Fact]
    public void Json_is_an_array_with_positions_and_related_locations()
    {
        using var doc = JsonDocument.Parse(JsonReportRenderer.Render(ReportFixtures.Sample()));
        var first = doc.RootElement[0];
        Assert.Equal("WITL001", first.GetProperty("code").GetString());
        Assert.Equal("warning", first.GetProperty("severity").GetString());
        Assert.Equal(3, first.GetProperty("line").GetInt32());
        Assert.Equal(4, first.GetProperty("endColumn").GetInt32());
        Assert.Equal(2, first.GetProperty("related")[0].GetProperty("line").GetInt32());
        Assert.Equal(JsonValueKind.Null, doc.RootElement[1].GetProperty("file").ValueKind);
    }

    [Fact]
    public void GitHub_escapes_data_and_properties()
    {
        Assert.Equal("a%25b%0D%0Ac", GitHubReportRenderer.EscapeData("a%b\r\nc"));
        Assert.Equal("a%3Ab%2Cc%25", GitHubReportRenderer.EscapeProperty("a:b,c%"));
        string[] lines = GitHubReportRenderer.Render(ReportFixtures.Sample()).TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("::warning file=wit/a b.wit,line=3,col=3,endLine=3,endColumn=4,title=WITL001 (UndocumentedExport)::function `f` has no docs: 100%25, really%0Asecond line%0Ainterface `i` is here (wit/a b.wit:2:11)", lines[0]);
        Assert.Equal("::error title=WIT0001::no package", lines[1]);
    }

    [Fact]
    public void Sarif_has_the_2_1_0_shape()
    {
        using var doc = JsonDocument.Parse(SarifReportRenderer.Render(ReportFixtures.Sample()));
        var root = doc.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Contains("sarif", root.GetProperty("$schema").GetString());
        var run = root.GetProperty("runs")[0];
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("witsharp", driver.GetProperty("name").GetString());
        Assert.Equal("9.9.9", driver.GetProperty("version").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(new[] { "WITL001", "WIT0001" }, rules.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal("UndocumentedExport", rules[0].GetProperty("name").GetString());
        Assert.Equal("Exported items need docs", rules[0].GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.Equal("Longer help.", rules[0].GetProperty("help").GetProperty("text").GetString());
        Assert.Equal("warning", rules[0].GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.EndsWith("/witsharp-report-root/", run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString());

        var results = run.GetProperty("results");
        var result = results[0];
        Assert.Equal("WITL001", result.GetProperty("ruleId").GetString());
        Assert.Equal(0, result.GetProperty("ruleIndex").GetInt32());
        Assert.Equal("warning", result.GetProperty("level").GetString());
        var physical = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("wit/a%20b.wit", physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", physical.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        var region = physical.GetProperty("region");
        Assert.Equal((3, 3, 3, 4), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(),
            region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32()));
        var related = result.GetProperty("relatedLocations")[0];
        Assert.Equal("interface `i` is here", related.GetProperty("message").GetProperty("text").GetString());
        Assert.Equal(1, results[1].GetProperty("ruleIndex").GetInt32());
        Assert.Equal(0, results[1].GetProperty("locations").GetArrayLength());
    }

    [Fact]
    public void Sarif_writes_files_outside_the_root_as_absolute_uris()
    {
        var sample = ReportFixtures.Sample();
        var moved = sample with { SourceRoot = System.IO.Path.Combine(ReportFixtures.Root, "elsewhere") };
        using var doc = JsonDocument.Parse(SarifReportRenderer.Render(moved));
        var artifact = doc.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0]
            .GetProperty("physicalLocation").GetProperty("artifactLocation");
        Assert.StartsWith("file:///", artifact.GetProperty("uri").GetString());
        Assert.False(artifact.TryGetProperty("uriBaseId", out _));
    }

    [Fact]
    public void Diagnostics_become_findings_with_the_same_place()
    {
        var source = new WitSharp.WitParser.Text.SourceText("x.wit", "package a:b;\nbad\n");
        var d = WitSharp.WitParser.Diagnostics.Diagnostic.Error("WIT0101", "unexpected", source, new WitSharp.WitParser.Text.TextSpan(13, 3));
        var finding = DiagnosticFindings.From(d);
        Assert.Equal("WIT0101", finding.RuleId);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal((2, 1, 2, 4), (finding.Location!.StartLine, finding.Location.StartColumn, finding.Location.EndLine, finding.Location.EndColumn));
    }
}
