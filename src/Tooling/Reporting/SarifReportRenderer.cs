using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace WitSharp.Tooling.Reporting
{
    /// <summary>
    /// A SARIF 2.1.0 log with one run: <c>tool.driver</c> with every rule (those of the report, then any rule id a
    /// finding uses that the report does not describe), and one result per finding whose locations are relative to
    /// <c>%SRCROOT%</c> (the report's source root, given in <c>originalUriBaseIds</c>). Files outside the root are
    /// written as absolute <c>file:</c> URIs.
    /// </summary>
    public static class SarifReportRenderer
    {
        /// <summary>The JSON schema the log declares.</summary>
        public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

        private const string RootBaseId = "%SRCROOT%";

        /// <summary>Renders the report as an indented SARIF log.</summary>
        public static string Render(Report report)
        {
            var rules = CollectRules(report);
            var ruleIndex = new Dictionary<string, int>();
            for (int i = 0; i < rules.Count; i++) ruleIndex[rules[i].Id] = i;

            using var buffer = new MemoryStream();
            var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
            using (var json = new Utf8JsonWriter(buffer, options))
            {
                json.WriteStartObject();
                json.WriteString("$schema", SchemaUri);
                json.WriteString("version", "2.1.0");
                json.WriteStartArray("runs");
                json.WriteStartObject();
                WriteTool(json, report, rules);
                json.WriteStartObject("originalUriBaseIds");
                json.WriteStartObject(RootBaseId);
                json.WriteString("uri", ReportPaths.FolderUri(report.SourceRoot));
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteStartArray("results");
                foreach (var finding in report.Findings) WriteResult(json, finding, ruleIndex[finding.RuleId], report);
                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
            }
            return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
        }

        private static List<RuleDescriptor> CollectRules(Report report)
        {
            var rules = new List<RuleDescriptor>();
            var seen = new HashSet<string>();
            foreach (var rule in report.Rules) if (seen.Add(rule.Id)) rules.Add(rule);
            foreach (var finding in report.Findings)
            {
                if (!seen.Add(finding.RuleId)) continue;
                // A finding from a rule nobody described still needs a driver rule for its ruleIndex.
                rules.Add(new RuleDescriptor(finding.RuleId, finding.RuleId, finding.RuleId, "", finding.Severity, ToolingInfo.InformationUri));
            }
            return rules;
        }

        private static void WriteTool(Utf8JsonWriter json, Report report, List<RuleDescriptor> rules)
        {
            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", ToolingInfo.ToolName);
            json.WriteString("version", report.ToolVersion);
            json.WriteString("semanticVersion", report.ToolVersion);
            json.WriteString("informationUri", ToolingInfo.InformationUri);
            json.WriteStartArray("rules");
            foreach (var rule in rules)
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Id);
                json.WriteString("name", rule.Name);
                WriteMessage(json, "shortDescription", rule.ShortDescription);
                WriteMessage(json, "fullDescription", rule.HelpText.Length > 0 ? rule.HelpText : rule.ShortDescription);
                WriteMessage(json, "help", rule.HelpText.Length > 0 ? rule.HelpText : rule.ShortDescription);
                if (rule.HelpUri.Length > 0) json.WriteString("helpUri", rule.HelpUri);
                json.WriteStartObject("defaultConfiguration");
                json.WriteString("level", SeverityNames.Level(rule.DefaultSeverity));
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        private static void WriteResult(Utf8JsonWriter json, Finding finding, int ruleIndex, Report report)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", finding.RuleId);
            json.WriteNumber("ruleIndex", ruleIndex);
            json.WriteString("level", SeverityNames.Level(finding.Severity));
            WriteMessage(json, "message", finding.Message);
            json.WriteStartArray("locations");
            if (finding.Location is { } at) WriteLocation(json, at, null, null, report);
            json.WriteEndArray();
            if (finding.RelatedLocations.Count > 0)
            {
                json.WriteStartArray("relatedLocations");
                for (int i = 0; i < finding.RelatedLocations.Count; i++)
                {
                    var related = finding.RelatedLocations[i];
                    WriteLocation(json, related.Location, i + 1, related.Message, report);
                }
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }

        private static void WriteLocation(Utf8JsonWriter json, FindingLocation location, int? id, string? message, Report report)
        {
            json.WriteStartObject();
            if (id is { } value) json.WriteNumber("id", value);
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            string relative = ReportPaths.Relative(location.Path, report.SourceRoot);
            if (Path.IsPathRooted(relative))
            {
                json.WriteString("uri", new System.Uri(relative).AbsoluteUri);
            }
            else
            {
                json.WriteString("uri", ReportPaths.RelativeUri(relative));
                json.WriteString("uriBaseId", RootBaseId);
            }
            json.WriteEndObject();
            json.WriteStartObject("region");
            json.WriteNumber("startLine", location.StartLine);
            json.WriteNumber("startColumn", location.StartColumn);
            json.WriteNumber("endLine", location.EndLine);
            json.WriteNumber("endColumn", location.EndColumn);
            json.WriteEndObject();
            json.WriteEndObject();
            if (message is not null) WriteMessage(json, "message", message);
            json.WriteEndObject();
        }

        private static void WriteMessage(Utf8JsonWriter json, string property, string text)
        {
            json.WriteStartObject(property);
            json.WriteString("text", text);
            json.WriteEndObject();
        }
    }
}
