using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using WitSharp.Testing;
using WitSharp.WitParser.Json;
using Xunit.Abstractions;

namespace WitSharp.WitParser.Tests.Conformance;

/// <summary>
/// Runs the reference wit-parser's UI cases (../shared/conformance/wit-parser/MANIFEST.tsv): pass cases must
/// produce the reference JSON, fail cases must be rejected with the reference's first error message at the
/// same place. Prints one summary line and every miss.
/// </summary>
public sealed class WitParserConformanceTests
{
    // These need a decoder for binary (wasm) packages, which the front end does not have.
    private static readonly Dictionary<string, string> Excluded = new()
    {
        ["kinds-of-deps"] = "has deps/d.wat and deps/e.wasm: wasm-encoded packages need a component decoder",
        ["simple-wasm-text"] = "a .wat input: wasm-encoded packages need a component decoder",
    };

    private readonly ITestOutputHelper _output;

    public WitParserConformanceTests(ITestOutputHelper output) => _output = output;

    [SkippableFact]
    public void ReferenceCasesMatchTheReferenceParser()
    {
        string dir = RepositoryPaths.RequireShared("conformance", "wit-parser");
        var cases = ReferenceCase.ReadManifest(dir).Where(c => !Excluded.ContainsKey(c.Name)).ToList();
        int passTotal = 0, passSame = 0, passText = 0, failTotal = 0, failRejected = 0, failExact = 0, failRendered = 0;
        var renderMisses = new StringBuilder();
        var misses = new StringBuilder();

        foreach (var c in cases)
        {
            string input = Path.Combine(dir, c.Input.TrimEnd('/'));
            var options = new WitLoadOptions { Features = new[] { "active" } };
            WitLoadResult result;
            try
            {
                result = WitLoader.LoadPath(input, options);
            }
            catch (Exception e)
            {
                misses.AppendLine($"  {c.Name}: threw {e.GetType().Name}: {e.Message}");
                if (c.IsPass) passTotal++; else failTotal++;
                continue;
            }

            if (c.IsPass)
            {
                passTotal++;
                if (!result.Success)
                {
                    misses.AppendLine($"  {c.Name}: pass case failed: {Render(result.Diagnostics.First(d => d.IsError), dir)}");
                    continue;
                }
                string expectedText = File.ReadAllText(Path.Combine(dir, c.Expected));
                string actualText = WitJsonWriter.Write(result.Resolve!);
                if (expectedText.TrimEnd('\n') == actualText) passText++;
                var expected = JsonNode.Parse(expectedText);
                var actual = JsonNode.Parse(actualText);
                if (JsonNode.DeepEquals(expected, actual)) passSame++;
                else misses.AppendLine($"  {c.Name}: JSON differs ({FirstDifference(expected, actual, "$")})");
            }
            else
            {
                failTotal++;
                var error = result.Diagnostics.FirstOrDefault(d => d.IsError);
                if (result.Success || error is null)
                {
                    misses.AppendLine($"  {c.Name}: fail case was accepted");
                    continue;
                }
                failRejected++;
                var expected = ExpectedError.Parse(File.ReadAllText(Path.Combine(dir, c.Expected)));
                string message = MapPaths(error.Message, dir);
                string? location = error.Location is { } l ? MapPaths($"{l.Source.Path}:{l.Start.Line}:{l.Start.Column}", dir) : null;
                string expectedRendered = ExpectedError.StripContext(File.ReadAllText(Path.Combine(dir, c.Expected)));
                string rendered = MapPaths(WitSharp.WitParser.Diagnostics.DiagnosticFormatter.FormatSnippet(error), dir);
                if (rendered == expectedRendered) failRendered++;
                else renderMisses.AppendLine($"  {c.Name}:\n{rendered}\n  want:\n{expectedRendered}");
                if (message == expected.Message && location == expected.Location) failExact++;
                else misses.AppendLine($"  {c.Name}: got [{message}] at {location ?? "-"}; want [{expected.Message}] at {expected.Location ?? "-"}");
            }
        }

        string summary = $"wit-parser conformance: pass JSON identical {passSame}/{passTotal}, fail rejected {failRejected}/{failTotal}, " +
                         $"fail message+location {failExact}/{failTotal} (pass JSON byte-identical {passText}/{passTotal}; fail fully rendered identical {failRendered}/{failTotal}; excluded: {string.Join(", ", Excluded.Keys)})";
        _output.WriteLine(summary);
        Console.WriteLine(summary);
        if (misses.Length > 0) _output.WriteLine("misses:\n" + misses);
        if (renderMisses.Length > 0) _output.WriteLine("rendered differently (snippet or caret):\n" + renderMisses);

        // The goals are 95% and 90%, but every case matches today: hold that line, so a change that breaks one
        // case (a numbering or error-order slip that the percentages would hide) fails here, naming the case.
        Assert.True(passSame * 100 >= passTotal * 95, summary);
        Assert.True(failRejected == failTotal, summary);
        Assert.True(failExact * 100 >= failTotal * 90, summary);
        Assert.True(passSame == passTotal && passText == passTotal, summary + "\n" + misses);
        Assert.True(failExact == failTotal && failRendered == failTotal, summary + "\n" + misses + renderMisses);
    }

    /// <summary>Our absolute paths in the reference's relative form (<c>tests/ui/…</c>).</summary>
    private static string MapPaths(string text, string dir) => text.Replace(dir.TrimEnd('/') + "/", "tests/ui/");

    private static string Render(WitSharp.WitParser.Diagnostics.Diagnostic d, string dir) =>
        MapPaths(d.Location is { } l ? $"{d.Message} at {l.Source.Path}:{l.Start}" : d.Message, dir);

    private static string FirstDifference(JsonNode? a, JsonNode? b, string path)
    {
        if (a is JsonObject oa && b is JsonObject ob)
        {
            foreach (var kv in oa)
            {
                if (!ob.ContainsKey(kv.Key)) return $"{path}.{kv.Key} missing";
                if (!JsonNode.DeepEquals(kv.Value, ob[kv.Key])) return FirstDifference(kv.Value, ob[kv.Key], $"{path}.{kv.Key}");
            }
            foreach (var kv in ob) if (!oa.ContainsKey(kv.Key)) return $"{path}.{kv.Key} unexpected";
        }
        if (a is JsonArray aa && b is JsonArray ab)
        {
            for (int i = 0; i < Math.Min(aa.Count, ab.Count); i++)
            {
                if (!JsonNode.DeepEquals(aa[i], ab[i])) return FirstDifference(aa[i], ab[i], $"{path}[{i}]");
            }
            if (aa.Count != ab.Count) return $"{path} length {ab.Count}, want {aa.Count}";
        }
        return $"{path}: got {b?.ToJsonString() ?? "null"}, want {a?.ToJsonString() ?? "null"}";
    }
}
