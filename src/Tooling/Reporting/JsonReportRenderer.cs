using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace WitSharp.Tooling.Reporting
{
    /// <summary>
    /// One JSON array of objects <c>{ "code", "severity" ("error"|"warning"|"note"), "message", "file", "line",
    /// "column", "endLine", "endColumn", "related": [{ "message", "file", "line", "column", "endLine", "endColumn" }] }</c>.
    /// Positions are 1-based with an exclusive end; location fields are null for a finding without a place.
    /// </summary>
    public static class JsonReportRenderer
    {
        /// <summary>Renders the findings as one indented JSON array.</summary>
        public static string Render(Report report)
        {
            using var buffer = new MemoryStream();
            // Relaxed escaping keeps paths and messages readable; the output is never embedded in HTML.
            var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
            using (var json = new Utf8JsonWriter(buffer, options))
            {
                json.WriteStartArray();
                foreach (var finding in report.Findings) WriteFinding(json, finding);
                json.WriteEndArray();
            }
            return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
        }

        private static void WriteFinding(Utf8JsonWriter json, Finding finding)
        {
            json.WriteStartObject();
            json.WriteString("code", finding.RuleId);
            json.WriteString("severity", SeverityNames.Level(finding.Severity));
            json.WriteString("message", finding.Message);
            WriteLocation(json, finding.Location);
            json.WriteStartArray("related");
            foreach (var related in finding.RelatedLocations)
            {
                json.WriteStartObject();
                json.WriteString("message", related.Message);
                WriteLocation(json, related.Location);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }

        private static void WriteLocation(Utf8JsonWriter json, FindingLocation? location)
        {
            if (location is null)
            {
                foreach (string name in new[] { "file", "line", "column", "endLine", "endColumn" }) json.WriteNull(name);
                return;
            }
            json.WriteString("file", location.Path);
            json.WriteNumber("line", location.StartLine);
            json.WriteNumber("column", location.StartColumn);
            json.WriteNumber("endLine", location.EndLine);
            json.WriteNumber("endColumn", location.EndColumn);
        }
    }
}
