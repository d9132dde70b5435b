using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WitSharp.Runtime.Tests.Conformance;

/// <summary>Structural JSON comparison like ../shared/cabi/compare.py: free-text <c>reason</c> and <c>note</c> are ignored, and so is the text of <c>skipped</c>.</summary>
internal static class JsonDiff
{
    private static readonly HashSet<string> Ignored = new() { "reason", "note" };

    public static void Compare(JsonNode? expected, JsonNode? actual, string path, List<string> differences)
    {
        switch (expected)
        {
            case null:
                if (actual != null) differences.Add($"{path}: expected null, got {actual.ToJsonString()}");
                return;
            case JsonObject e when actual is JsonObject a:
                foreach (string key in e.Select(p => p.Key).Union(a.Select(p => p.Key)).Where(k => !Ignored.Contains(k)).OrderBy(k => k, System.StringComparer.Ordinal))
                {
                    if (!e.ContainsKey(key)) differences.Add($"{path}.{key}: unexpected key");
                    else if (!a.ContainsKey(key)) differences.Add($"{path}.{key}: missing");
                    // FORMAT.md writes {skipped:"…"}: that a phase is skipped is the fact; its text explains, like reason.
                    else if (key == "skipped") { if (a[key] is not JsonValue) differences.Add($"{path}.skipped: not a string"); }
                    else Compare(e[key], a[key], path + "." + key, differences);
                }
                return;
            case JsonArray e when actual is JsonArray a:
                if (e.Count != a.Count)
                {
                    differences.Add($"{path}: length {e.Count} != {a.Count} (expected {Short(e)}, got {Short(a)})");
                    return;
                }
                for (int i = 0; i < e.Count; i++) Compare(e[i], a[i], $"{path}[{i}]", differences);
                return;
            case JsonValue e when actual is JsonValue a && SameScalar(e, a):
                return;
            default:
                differences.Add($"{path}: expected {Short(expected)}, got {Short(actual)}");
                return;
        }
    }

    private static bool SameScalar(JsonValue e, JsonValue a)
    {
        JsonValueKind kind = e.GetValueKind();
        if (kind != a.GetValueKind()) return false;
        return kind switch
        {
            JsonValueKind.String => e.GetValue<string>() == a.GetValue<string>(),
            JsonValueKind.Number => decimal.Parse(e.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture) == decimal.Parse(a.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture),
            _ => true,
        };
    }

    private static string Short(JsonNode? node)
    {
        string text = node?.ToJsonString() ?? "null";
        return text.Length > 200 ? text[..200] + "…" : text;
    }
}
