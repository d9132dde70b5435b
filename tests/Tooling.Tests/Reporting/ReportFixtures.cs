using System.IO;
using WitSharp.Tooling.Reporting;
using WitSharp.WitParser.Text;

namespace WitSharp.Tooling.Tests.Reporting;

/// <summary>A small report with a located finding (with a related location) and an unlocated one.</summary>
internal static class ReportFixtures
{
    public static readonly string Root = Path.Combine(Path.GetTempPath(), "witsharp-report-root");

    public static Report Sample()
    {
        var source = new SourceText(Path.Combine(Root, "wit", "a b.wit"), "package a:b;\ninterface i {\n  f: func();\n}\n");
        var located = new Finding("WITL001", FindingSeverity.Warning, "function `f` has no docs: 100%, really\nsecond line",
            FindingLocation.From(source, new TextSpan(29, 1)))
        {
            RelatedLocations = new[] { new RelatedLocation(FindingLocation.From(source, new TextSpan(23, 1)), "interface `i` is here") },
        };
        var unlocated = new Finding("WIT0001", FindingSeverity.Error, "no package", null);
        var rule = new RuleDescriptor("WITL001", "UndocumentedExport", "Exported items need docs", "Longer help.", FindingSeverity.Warning, "https://example.org/WITL001");
        return new Report(new[] { located, unlocated }, new[] { rule }) { SourceRoot = Root, ToolVersion = "9.9.9" };
    }
}
