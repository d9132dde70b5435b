using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using WitSharp.Components.Binary;
using WitSharp.Components.Model;

namespace WitSharp.Cli.Output;

/// <summary>
/// What <c>witsharp component inspect</c> lists about a binary, read once and written as text or JSON from the same
/// rows, so the two formats cannot disagree.
/// </summary>
public sealed class ComponentInspection
{
    /// <summary>An import or export: its kind, name and name attributes.</summary>
    public sealed record Extern(string Kind, string Name, string? Implements, string? ExternalId, string? VersionSuffix);

    /// <summary>A core module or nested component: where it lies and how large it is.</summary>
    public sealed record Part(int Index, int Offset, int Size, int Imports = 0, int Exports = 0);

    /// <summary>A canonical function: what it makes (<c>func 3</c>, <c>core func 7</c>) from what, with its options.</summary>
    public sealed record Canon(string Kind, string Produces, string Source, IReadOnlyList<string> Options);

    private ComponentInspection(bool isComponent, int size)
    {
        IsComponent = isComponent;
        Size = size;
    }

    /// <summary>True for a component, false for a core module.</summary>
    public bool IsComponent { get; }

    /// <summary>The binary's size in bytes.</summary>
    public int Size { get; }

    /// <summary>The imports in order.</summary>
    public List<Extern> Imports { get; } = new();

    /// <summary>The exports in order.</summary>
    public List<Extern> Exports { get; } = new();

    /// <summary>The core modules in order.</summary>
    public List<Part> CoreModules { get; } = new();

    /// <summary>The nested components in order.</summary>
    public List<Part> NestedComponents { get; } = new();

    /// <summary>The canonical functions in order.</summary>
    public List<Canon> CanonicalFunctions { get; } = new();

    /// <summary>Custom sections: name and payload size.</summary>
    public List<(string Name, int Size)> CustomSections { get; } = new();

    /// <summary>The producers section's entries: field, name, version.</summary>
    public List<(string Field, string Name, string Version)> Producers { get; } = new();

    /// <summary>Reads a component or core module.</summary>
    /// <exception cref="ComponentDecodeException">The bytes are not a well-formed component or core module framing.</exception>
    public static ComponentInspection Read(ReadOnlyMemory<byte> bytes)
    {
        if (ComponentDecoder.Classify(bytes.Span) == WasmBinaryKind.CoreModule)
        {
            var module = new ComponentInspection(false, bytes.Length);
            foreach (var section in ComponentDecoder.ReadCoreModuleCustomSections(bytes)) module.CustomSections.Add((section.Name, section.Payload.Length));
            return module;
        }
        var component = ComponentDecoder.Decode(bytes);
        var inspection = new ComponentInspection(true, bytes.Length);
        foreach (var import in component.Imports) inspection.Imports.Add(ExternOf(KindOf(import.Type.Kind), import.Name));
        foreach (var export in component.Exports) inspection.Exports.Add(ExternOf(export.Item.Sort.ToText(), export.Name));
        for (int i = 0; i < component.CoreModules.Count; i++)
            inspection.CoreModules.Add(new Part(i, component.CoreModules[i].Offset, component.CoreModules[i].Bytes.Length));
        for (int i = 0; i < component.NestedComponents.Count; i++)
        {
            var nested = component.NestedComponents[i].Component;
            inspection.NestedComponents.Add(new Part(i, nested.Offset, nested.Bytes.Length, nested.Imports.Count, nested.Exports.Count));
        }
        var funcIndex = IndexOf(component, Sort.Func);
        var coreFuncIndex = IndexOf(component, Sort.CoreFunc);
        foreach (var definition in component.Definitions)
        {
            if (definition is not CanonDefinition canon) continue;
            string produces = canon.Produces == Sort.Func
                ? "func " + funcIndex.GetValueOrDefault(canon)
                : "core func " + coreFuncIndex.GetValueOrDefault(canon);
            inspection.CanonicalFunctions.Add(canon switch
            {
                CanonLift l => new Canon("lift", produces, $"core func {l.CoreFuncIndex}, type {l.TypeIndex}", OptionsOf(l.Options)),
                CanonLower l => new Canon("lower", produces, $"func {l.FuncIndex}", OptionsOf(l.Options)),
                CanonResourceNew r => new Canon("resource.new", produces, $"type {r.TypeIndex}", Array.Empty<string>()),
                CanonResourceDrop r => new Canon("resource.drop", produces, $"type {r.TypeIndex}", Array.Empty<string>()),
                CanonResourceRep r => new Canon("resource.rep", produces, $"type {r.TypeIndex}", Array.Empty<string>()),
                CanonUnsupportedBuiltin b => new Canon(b.Name, produces, string.Join(", ", b.Immediates), b.Options is { } o ? OptionsOf(o) : Array.Empty<string>()),
                _ => new Canon(canon.GetType().Name, produces, "", Array.Empty<string>()),
            });
        }
        foreach (var section in component.CustomSections) inspection.CustomSections.Add((section.Name, section.Payload.Length));
        if (component.Producers is { } producers)
            foreach (var field in producers.Fields)
                foreach (var value in field.Values) inspection.Producers.Add((field.Name, value.Name, value.Version));
        return inspection;
    }

    /// <summary>The listing as indented text, one item a line.</summary>
    public string ToText()
    {
        var sb = new StringBuilder();
        sb.Append(IsComponent ? "component" : "core module").Append($" ({Size} bytes)\n");
        if (IsComponent)
        {
            Section(sb, "imports", Imports, e => $"{e.Kind} {e.Name}{Attributes(e)}");
            Section(sb, "exports", Exports, e => $"{e.Kind} {e.Name}{Attributes(e)}");
            Section(sb, "core modules", CoreModules, m => $"module {m.Index}: {m.Size} bytes at offset 0x{m.Offset:x}");
            Section(sb, "canonical functions", CanonicalFunctions,
                c => $"{c.Produces} = {c.Kind} ({c.Source})" + (c.Options.Count == 0 ? "" : " " + string.Join(" ", c.Options)));
            Section(sb, "nested components", NestedComponents, c => $"component {c.Index}: {c.Size} bytes at offset 0x{c.Offset:x}, {c.Imports} import(s), {c.Exports} export(s)");
        }
        Section(sb, "custom sections", CustomSections, s => $"{s.Name} ({s.Size} bytes)");
        Section(sb, "producers", Producers, p => $"{p.Field}: {p.Name} {p.Version}");
        return sb.ToString();
    }

    /// <summary>The listing as one JSON document.</summary>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("kind", IsComponent ? "component" : "core-module");
            w.WriteNumber("size", Size);
            if (IsComponent)
            {
                WriteArray(w, "imports", Imports, WriteExtern);
                WriteArray(w, "exports", Exports, WriteExtern);
                WriteArray(w, "coreModules", CoreModules, (w, m) => { w.WriteNumber("index", m.Index); w.WriteNumber("offset", m.Offset); w.WriteNumber("size", m.Size); });
                WriteArray(w, "canonicalFunctions", CanonicalFunctions, (w, c) =>
                {
                    w.WriteString("kind", c.Kind);
                    w.WriteString("produces", c.Produces);
                    w.WriteString("from", c.Source);
                    w.WriteStartArray("options");
                    foreach (string o in c.Options) w.WriteStringValue(o);
                    w.WriteEndArray();
                });
                WriteArray(w, "nestedComponents", NestedComponents, (w, c) =>
                {
                    w.WriteNumber("index", c.Index); w.WriteNumber("offset", c.Offset); w.WriteNumber("size", c.Size);
                    w.WriteNumber("imports", c.Imports); w.WriteNumber("exports", c.Exports);
                });
            }
            WriteArray(w, "customSections", CustomSections, (w, s) => { w.WriteString("name", s.Name); w.WriteNumber("size", s.Size); });
            WriteArray(w, "producers", Producers, (w, p) => { w.WriteString("field", p.Field); w.WriteString("name", p.Name); w.WriteString("version", p.Version); });
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteExtern(Utf8JsonWriter w, Extern e)
    {
        w.WriteString("kind", e.Kind);
        w.WriteString("name", e.Name);
        if (e.Implements is { } i) w.WriteString("implements", i);
        if (e.ExternalId is { } x) w.WriteString("externalId", x);
        if (e.VersionSuffix is { } v) w.WriteString("versionSuffix", v);
    }

    private static void WriteArray<T>(Utf8JsonWriter w, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        w.WriteStartArray(name);
        foreach (var item in items)
        {
            w.WriteStartObject();
            write(w, item);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Section<T>(StringBuilder sb, string title, IReadOnlyCollection<T> items, Func<T, string> line)
    {
        sb.Append($"{title} ({items.Count}):\n");
        foreach (var item in items) sb.Append("  ").Append(line(item)).Append('\n');
    }

    private static string Attributes(Extern e) =>
        (e.Implements is { } i ? $" (implements \"{i}\")" : "") +
        (e.ExternalId is { } x ? $" (external-id \"{x}\")" : "") +
        (e.VersionSuffix is { } v ? $" (versionsuffix \"{v}\")" : "");

    private static Extern ExternOf(string kind, ExternName name) => new(kind, name.Name, name.Implements, name.ExternalId, name.VersionSuffix);

    private static string KindOf(ExternKind kind) => kind switch
    {
        ExternKind.CoreModule => "core module",
        ExternKind.Func => "func",
        ExternKind.Value => "value",
        ExternKind.Type => "type",
        ExternKind.Component => "component",
        _ => "instance",
    };

    private static List<string> OptionsOf(CanonicalOptions options)
    {
        var list = new List<string>();
        foreach (var option in options.All)
        {
            list.Add(option.Kind switch
            {
                CanonOptionKind.Utf8 => "string-encoding=utf8",
                CanonOptionKind.Utf16 => "string-encoding=utf16",
                CanonOptionKind.Latin1Utf16 => "string-encoding=latin1+utf16",
                CanonOptionKind.Memory => $"(memory {option.Index})",
                CanonOptionKind.Realloc => $"(realloc {option.Index})",
                CanonOptionKind.PostReturn => $"(post-return {option.Index})",
                CanonOptionKind.Async => "async",
                _ => $"(callback {option.Index})",
            });
        }
        return list;
    }

    /// <summary>Each definition's index in <paramref name="sort"/>'s space (the first, for a definition adding several).</summary>
    private static Dictionary<Definition, int> IndexOf(ComponentDefinition component, Sort sort)
    {
        var map = new Dictionary<Definition, int>(ReferenceEqualityComparer.Instance);
        var space = component.IndexSpace(sort);
        for (int i = 0; i < space.Count; i++) map.TryAdd(space[i].Definition, i);
        return map;
    }
}
