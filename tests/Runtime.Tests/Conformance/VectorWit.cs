using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using WitSharp.WitParser;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Runtime.Tests.Conformance;

/// <summary>
/// Turns a vector's JSON types into a tiny WIT package (one interface with the needed resources, named
/// records/variants/enums/flags, and one alias per requested type) and resolves it, so the layout under test
/// is the one the front end computes for real WIT.
/// </summary>
internal sealed class VectorWit
{
    private readonly StringBuilder _declarations = new();
    private readonly SortedSet<string> _resources = new(StringComparer.Ordinal);
    private int _next;

    private VectorWit()
    {
    }

    public WitResolve Resolve { get; private set; } = null!;

    public IReadOnlyList<WitType> Types { get; private set; } = Array.Empty<WitType>();

    /// <summary>The type definition index of each resource name, for <c>local_resources</c>.</summary>
    public IReadOnlyDictionary<string, int> ResourceIds { get; private set; } = new Dictionary<string, int>();

    public string Text { get; private set; } = "";

    /// <summary>Builds and resolves the WIT for <paramref name="types"/>; null (with a reason) when WIT rejects it.</summary>
    public static VectorWit? Load(IReadOnlyList<JsonElement> types, IEnumerable<string> extraResources, out string? error)
    {
        var wit = new VectorWit();
        foreach (string r in extraResources) wit._resources.Add(r);
        var aliases = new List<string>();
        foreach (JsonElement type in types)
        {
            string expression = wit.Expression(type);
            string alias = "v" + aliases.Count.ToString(CultureInfo.InvariantCulture);
            wit._declarations.Append("  type ").Append(alias).Append(" = ").Append(expression).Append(";\n");
            aliases.Add(alias);
        }
        var text = new StringBuilder("package cabi:vectors;\n\ninterface types {\n");
        foreach (string r in wit._resources) text.Append("  resource ").Append(ResourceName(r)).Append(";\n");
        text.Append(wit._declarations).Append("}\n");
        wit.Text = text.ToString();
        WitLoadResult result = WitLoader.LoadText("vector.wit", wit.Text, new WitLoadOptions { AllFeatures = true });
        if (!result.Success || result.Resolve == null)
        {
            error = string.Join("; ", result.Diagnostics.Select(d => d.Message));
            return null;
        }
        WitInterface iface = result.Resolve.Interfaces.First(i => i.Name == "types");
        wit.Resolve = result.Resolve;
        wit.Types = aliases.Select(a => WitType.FromId(iface.Types.GetValue(a))).ToArray();
        wit.ResourceIds = wit._resources.ToDictionary(r => r, r => iface.Types.GetValue(ResourceName(r)));
        error = null;
        return wit;
    }

    private static string ResourceName(string name) => "res-" + name.ToLowerInvariant();

    private string Fresh(string prefix) => prefix + (_next++).ToString(CultureInfo.InvariantCulture);

    private static string Label(string label) => "%" + label;

    private static IEnumerable<string> Labels(JsonElement names, string prefix) =>
        names.ValueKind == JsonValueKind.Number
            ? Enumerable.Range(0, names.GetInt32()).Select(i => prefix + i.ToString(CultureInfo.InvariantCulture))
            : names.EnumerateArray().Select(n => n.GetString()!);

    private string Expression(JsonElement type)
    {
        if (type.ValueKind == JsonValueKind.String) return type.GetString()!;
        JsonProperty first = type.EnumerateObject().First();
        JsonElement body = first.Value;
        switch (first.Name)
        {
            case "list":
                return type.TryGetProperty("len", out JsonElement len)
                    ? "list<" + Expression(body) + ", " + len.GetRawText() + ">"
                    : "list<" + Expression(body) + ">";
            case "option":
                return "option<" + Expression(body) + ">";
            case "tuple":
                return "tuple<" + string.Join(", ", body.EnumerateArray().Select(Expression)) + ">";
            case "map":
                return "map<" + Expression(body[0]) + ", " + Expression(body[1]) + ">";
            case "result":
            {
                string ok = body.TryGetProperty("ok", out JsonElement o) && o.ValueKind != JsonValueKind.Null ? Expression(o) : "_";
                string err = body.TryGetProperty("error", out JsonElement e) && e.ValueKind != JsonValueKind.Null ? Expression(e) : "";
                if (err.Length > 0) return "result<" + ok + ", " + err + ">";
                return ok == "_" ? "result" : "result<" + ok + ">";
            }
            case "own":
            case "borrow":
                _resources.Add(body.GetString()!);
                return first.Name + "<" + ResourceName(body.GetString()!) + ">";
            case "record":
                return Declare("record", Fresh("rec"), body.EnumerateArray().Select(f => Label(f[0].GetString()!) + ": " + Expression(f[1])));
            case "variant":
                return Declare("variant", Fresh("var"), body.EnumerateArray().Select(c =>
                    c[1].ValueKind == JsonValueKind.Null ? Label(c[0].GetString()!) : Label(c[0].GetString()!) + "(" + Expression(c[1]) + ")"));
            case "enum":
                return Declare("enum", Fresh("enm"), Labels(body, "e").Select(Label));
            case "flags":
                return Declare("flags", Fresh("flg"), Labels(body, "f").Select(Label));
            default:
                throw new FormatException("unknown type key " + first.Name);
        }
    }

    private string Declare(string keyword, string name, IEnumerable<string> members)
    {
        // Members are rendered before the declaration so that nested named types come first.
        string body = string.Join(", ", members);
        _declarations.Append("  ").Append(keyword).Append(' ').Append(name).Append(" { ").Append(body).Append(" }\n");
        return name;
    }
}
