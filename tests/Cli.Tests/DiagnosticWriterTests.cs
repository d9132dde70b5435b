using System.IO;
using System.Text.Json;
using WitSharp.Cli.Output;
using WitSharp.WitParser.Diagnostics;
using WitSharp.WitParser.Text;

namespace WitSharp.Cli.Tests;

public class DiagnosticWriterTests
{
    private static readonly SourceText s_source = new("pkg/a.wit", "package a:b;\ninterface i {\n  x: func() -> nope;\n}\n");

    private static Diagnostic Sample() =>
        Diagnostic.Error("WIT0201", "type `nope` does not exist", s_source, new TextSpan(s_source.Text.IndexOf("nope"), 4));

    [Fact]
    public void Json_has_the_documented_fields_and_positions()
    {
        using var doc = JsonDocument.Parse(DiagnosticWriter.ToJson(new[] { Sample(), Diagnostic.Error("WIT0901", "no location") }));
        var first = doc.RootElement[0];
        Assert.Equal("WIT0201", first.GetProperty("code").GetString());
        Assert.Equal("error", first.GetProperty("severity").GetString());
        Assert.Equal("type `nope` does not exist", first.GetProperty("message").GetString());
        Assert.Equal("pkg/a.wit", first.GetProperty("file").GetString());
        Assert.Equal(3, first.GetProperty("line").GetInt32());
        Assert.Equal(16, first.GetProperty("column").GetInt32());
        Assert.Equal(3, first.GetProperty("endLine").GetInt32());
        Assert.Equal(20, first.GetProperty("endColumn").GetInt32());
        Assert.Equal(JsonValueKind.Null, doc.RootElement[1].GetProperty("file").ValueKind);
    }

    [Fact]
    public void Text_goes_to_stderr_with_carets_and_machine_formats_to_stdout()
    {
        var (outText, errText) = WriteWith(DiagnosticFormat.Text);
        Assert.Equal("", outText);
        Assert.Contains("error[WIT0201]: type `nope` does not exist", errText);
        Assert.Contains("--> pkg/a.wit:3:16", errText);
        Assert.Contains("^---", errText);

        var (outMs, errMs) = WriteWith(DiagnosticFormat.MsBuild);
        Assert.Equal("", errMs);
        Assert.Equal("pkg/a.wit(3,16): error WIT0201: type `nope` does not exist", outMs.Trim());

        var (outJson, errJson) = WriteWith(DiagnosticFormat.Json);
        Assert.Equal("", errJson);
        Assert.Equal(1, JsonDocument.Parse(outJson).RootElement.GetArrayLength());
    }

    private static (string Out, string Err) WriteWith(DiagnosticFormat format)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var writer = new DiagnosticWriter(format, stdout, stderr);
        writer.Write(new[] { Sample() });
        writer.Complete();
        Assert.Equal(1, writer.ErrorCount);
        return (stdout.ToString(), stderr.ToString());
    }
}
