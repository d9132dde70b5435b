using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using WitSharp.Tooling.Reporting;
using WitSharp.WitParser.Diagnostics;

namespace WitSharp.Cli.Output;

/// <summary>
/// Prints diagnostics in one of the <see cref="DiagnosticFormat"/>s. Text goes to stderr (it is for people, and
/// keeps stdout free for command output); the machine formats go to stdout, where tools read them.
/// </summary>
/// <remarks>
/// The JSON format is one array, printed once per run, of objects
/// <c>{ "code", "severity" ("error"|"warning"|"info"), "message", "file", "line", "column", "endLine", "endColumn" }</c>;
/// positions are 1-based, the end is exclusive, and the location fields are null for a diagnostic without a place.
/// </remarks>
public sealed class DiagnosticWriter
{
    private readonly DiagnosticFormat _format;
    private readonly TextWriter _stdout;
    private readonly TextWriter _stderr;
    private readonly List<Diagnostic> _pendingJson = new();

    /// <summary>Creates a writer for one run of a command.</summary>
    public DiagnosticWriter(DiagnosticFormat format, TextWriter stdout, TextWriter stderr)
    {
        _format = format;
        _stdout = stdout;
        _stderr = stderr;
    }

    /// <summary>The number of error diagnostics written so far.</summary>
    public int ErrorCount { get; private set; }

    /// <summary>Writes (or, for JSON, collects) diagnostics.</summary>
    public void Write(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            if (d.IsError) ErrorCount++;
            switch (_format)
            {
                case DiagnosticFormat.Json:
                case DiagnosticFormat.Sarif:
                case DiagnosticFormat.GitHub:
                    _pendingJson.Add(d);
                    break;
                case DiagnosticFormat.MsBuild:
                    _stdout.WriteLine(DiagnosticFormatter.FormatMsBuild(d));
                    break;
                default:
                    _stderr.WriteLine(DiagnosticFormatter.FormatSnippet(d, includeCode: true));
                    _stderr.WriteLine();
                    break;
            }
        }
    }

    /// <summary>Ends the run: prints the JSON array (always, even when empty, so consumers can parse stdout).</summary>
    public void Complete()
    {
        if (_format is DiagnosticFormat.Sarif or DiagnosticFormat.GitHub)
        {
            // The reporting layer renders these; the descriptors are generic per code, as the front end documents none.
            var report = Commands.ReportOutput.FromDiagnostics(_pendingJson);
            _stdout.Write(ReportRenderer.Render(report, _format == DiagnosticFormat.Sarif ? ReportFormat.Sarif : ReportFormat.GitHub));
            _pendingJson.Clear();
            return;
        }
        if (_format != DiagnosticFormat.Json) return;
        _stdout.WriteLine(ToJson(_pendingJson));
        _pendingJson.Clear();
    }

    /// <summary>The documented JSON array for <paramref name="diagnostics"/>.</summary>
    public static string ToJson(IReadOnlyList<Diagnostic> diagnostics)
    {
        using var buffer = new MemoryStream();
        // Relaxed escaping keeps paths and messages readable; the output is never embedded in HTML.
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var json = new Utf8JsonWriter(buffer, options))
        {
            json.WriteStartArray();
            foreach (var d in diagnostics) WriteOne(json, d);
            json.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteOne(Utf8JsonWriter json, Diagnostic d)
    {
        json.WriteStartObject();
        json.WriteString("code", d.Code);
        json.WriteString("severity", d.Severity.ToString().ToLowerInvariant());
        json.WriteString("message", d.Message);
        if (d.Location is { } location)
        {
            var start = location.Source.GetLinePosition(location.Span.Start);
            var end = location.Source.GetLinePosition(location.Span.Start + location.Span.Length);
            json.WriteString("file", location.Source.Path);
            json.WriteNumber("line", start.Line);
            json.WriteNumber("column", start.Column);
            json.WriteNumber("endLine", end.Line);
            json.WriteNumber("endColumn", end.Column);
        }
        else
        {
            foreach (string name in new[] { "file", "line", "column", "endLine", "endColumn" }) json.WriteNull(name);
        }
        json.WriteEndObject();
    }
}
