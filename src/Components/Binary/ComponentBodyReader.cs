using System;
using System.Collections.Generic;
using WitSharp.Components.Model;

namespace WitSharp.Components.Binary;

/// <summary>
/// Reads one component (preamble and sections) into a <see cref="ComponentDefinition"/>, building each sort's index
/// space as definitions arrive. Nested components recurse here, bounded by <see cref="ComponentDecoderOptions.MaxNestingDepth"/>.
/// </summary>
internal static class ComponentBodyReader
{
    /// <summary>wasm-tools' limit on start arguments and results; bounds the value index entries a forged count could add.</summary>
    private const uint MaxStartResults = 1000;

    public static ComponentDefinition Read(ReadOnlyMemory<byte> bytes, int origin, int depth, ComponentDecoderOptions options)
    {
        var reader = new ByteReader(bytes, origin);
        ushort version = ReadPreamble(ref reader);
        var definitions = new List<Definition>();
        var sections = new List<ComponentSectionInfo>();
        var customs = new List<CustomSection>();
        var spaces = new List<IndexEntry>[SortExtensions.Count];
        for (int i = 0; i < spaces.Length; i++) spaces[i] = new List<IndexEntry>();

        while (!reader.AtEnd)
        {
            int sectionOffset = reader.Offset;
            byte id = reader.ReadByte("a section id");
            if (id > (byte)ComponentSectionId.Value) throw reader.BadTag("a component section id (0 to 12)", id);
            uint size = reader.ReadU32("a section size");
            if (size > (uint)reader.Remaining)
                throw reader.Failure($"a section of {size} bytes", $"only {reader.Remaining} bytes left");
            int contentOffset = reader.Offset;
            sections.Add(new ComponentSectionInfo((ComponentSectionId)id, sectionOffset, contentOffset, (int)size));
            ByteReader content = reader.ReadSubReader((int)size, "a section's contents");
            switch ((ComponentSectionId)id)
            {
                case ComponentSectionId.Custom:
                {
                    string name = content.ReadName("a custom section name");
                    int payloadOffset = content.Offset;
                    customs.Add(new CustomSection(sectionOffset, name, content.ReadBytes(content.Remaining, "a custom section payload"), payloadOffset));
                    break;
                }
                case ComponentSectionId.CoreModule:
                {
                    if (!WasmPreamble.IsCoreModule(bytes.Span.Slice(contentOffset - origin, (int)size)))
                        throw new ComponentDecodeException(contentOffset, "a core module (\\0asm, version 1, layer 0) in a core module section", Describe(bytes.Span.Slice(contentOffset - origin, (int)size)));
                    Add(definitions, spaces, new CoreModuleDefinition(contentOffset, content.ReadBytes(content.Remaining, "a core module")));
                    break;
                }
                case ComponentSectionId.Component:
                {
                    if (depth + 1 > options.MaxNestingDepth)
                        throw new ComponentDecodeException(contentOffset, $"at most {options.MaxNestingDepth} levels of nested components", "deeper nesting");
                    ComponentDefinition nested = Read(content.ReadBytes(content.Remaining, "a nested component"), contentOffset, depth + 1, options);
                    Add(definitions, spaces, new NestedComponentDefinition(contentOffset, nested));
                    break;
                }
                case ComponentSectionId.CoreInstance:
                {
                    int count = content.ReadCount("core instances");
                    for (int i = 0; i < count; i++) Add(definitions, spaces, DefinitionReader.ReadCoreInstance(ref content));
                    break;
                }
                case ComponentSectionId.CoreType:
                {
                    int count = content.ReadCount("core types");
                    for (int i = 0; i < count; i++) Add(definitions, spaces, CoreTypeReader.ReadCoreType(ref content, depth, options));
                    break;
                }
                case ComponentSectionId.Instance:
                {
                    int count = content.ReadCount("instances");
                    for (int i = 0; i < count; i++) Add(definitions, spaces, DefinitionReader.ReadInstance(ref content));
                    break;
                }
                case ComponentSectionId.Alias:
                {
                    int count = content.ReadCount("aliases", 3);
                    for (int i = 0; i < count; i++) Add(definitions, spaces, DefinitionReader.ReadAlias(ref content));
                    break;
                }
                case ComponentSectionId.Type:
                {
                    int count = content.ReadCount("types");
                    for (int i = 0; i < count; i++) Add(definitions, spaces, TypeReader.ReadType(ref content, depth, options));
                    break;
                }
                case ComponentSectionId.Canon:
                {
                    int count = content.ReadCount("canonical definitions");
                    for (int i = 0; i < count; i++) Add(definitions, spaces, CanonReader.ReadCanon(ref content));
                    break;
                }
                case ComponentSectionId.Start:
                {
                    int startOffset = content.Offset;
                    StartDefinition start = DefinitionReader.ReadStart(ref content);
                    if (start.ResultCount > MaxStartResults)
                        throw new ComponentDecodeException(startOffset, $"a start result count of at most {MaxStartResults}", start.ResultCount.ToString());
                    Add(definitions, spaces, start);
                    break;
                }
                case ComponentSectionId.Import:
                {
                    int count = content.ReadCount("imports", 3);
                    for (int i = 0; i < count; i++) Add(definitions, spaces, DefinitionReader.ReadImport(ref content));
                    break;
                }
                case ComponentSectionId.Export:
                {
                    int count = content.ReadCount("exports", 4);
                    for (int i = 0; i < count; i++) Add(definitions, spaces, DefinitionReader.ReadExport(ref content));
                    break;
                }
                case ComponentSectionId.Value:
                {
                    int count = content.ReadCount("values", 2);
                    for (int i = 0; i < count; i++) Add(definitions, spaces, DefinitionReader.ReadValue(ref content));
                    break;
                }
            }
            if (!content.AtEnd) content.ExpectEnd($"section {id} ({(ComponentSectionId)id})");
        }

        var readOnlySpaces = new IReadOnlyList<IndexEntry>[spaces.Length];
        for (int i = 0; i < spaces.Length; i++) readOnlySpaces[i] = spaces[i];
        return new ComponentDefinition(origin, bytes, version, definitions, sections, customs, readOnlySpaces,
            () => FindCustom(customs, "component-name", "name") is CustomSection n ? CustomSectionReader.TryReadNames(n) : null,
            () => FindCustom(customs, "producers", null) is CustomSection p ? CustomSectionReader.TryReadProducers(p) : null);
    }

    private static CustomSection? FindCustom(List<CustomSection> customs, string name, string? alternative)
    {
        foreach (CustomSection custom in customs)
            if (custom.Name == name || custom.Name == alternative) return custom;
        return null;
    }

    private static ushort ReadPreamble(ref ByteReader reader)
    {
        int start = reader.Offset;
        if (reader.Remaining < WasmPreamble.Length)
            throw reader.Failure("the 8-byte preamble (\\0asm, version, layer)", $"only {reader.Remaining} bytes");
        ReadOnlySpan<byte> preamble = reader.ReadBytes(WasmPreamble.Length, "the preamble").Span;
        switch (WasmPreamble.Classify(preamble))
        {
            case WasmBinaryKind.NotWasm:
                throw new ComponentDecodeException(start, "the WebAssembly magic number \\0asm (00 61 73 6d)", Describe(preamble));
            case WasmBinaryKind.CoreModule:
                throw new ComponentDecodeException(start + 4, "a component (layer 1)",
                    "a core WebAssembly module (version 1, layer 0): load it as a core module, or make it a component with `jco new`");
        }
        ushort version = (ushort)(preamble[4] | preamble[5] << 8);
        ushort layer = (ushort)(preamble[6] | preamble[7] << 8);
        if (layer != 1)
            throw new ComponentDecodeException(start + 6, "layer 1 (a component) or layer 0 (a core module)", $"layer {layer}");
        if (version != WasmPreamble.ComponentVersion)
            throw new ComponentDecodeException(start + 4, $"component binary version 0x{WasmPreamble.ComponentVersion:x2}", $"version 0x{version:x2}");
        return version;
    }

    private static string Describe(ReadOnlySpan<byte> bytes)
    {
        int n = Math.Min(bytes.Length, 8);
        return n == 0 ? "no bytes" : Convert.ToHexString(bytes.Slice(0, n)).ToLowerInvariant();
    }

    private static void Add(List<Definition> definitions, List<IndexEntry>[] spaces, Definition definition)
    {
        definitions.Add(definition);
        switch (definition)
        {
            case CoreModuleDefinition: spaces[(int)Sort.CoreModule].Add(new IndexEntry(definition, 0)); break;
            case CoreInstanceDefinition: spaces[(int)Sort.CoreInstance].Add(new IndexEntry(definition, 0)); break;
            case CoreTypeDefinition coreType:
                for (int i = 0; i < coreType.IndexCount; i++) spaces[(int)Sort.CoreType].Add(new IndexEntry(definition, i));
                break;
            case NestedComponentDefinition: spaces[(int)Sort.Component].Add(new IndexEntry(definition, 0)); break;
            case InstanceDefinition: spaces[(int)Sort.Instance].Add(new IndexEntry(definition, 0)); break;
            case AliasDefinition alias: spaces[(int)alias.Sort].Add(new IndexEntry(definition, 0)); break;
            case TypeDefinition: spaces[(int)Sort.Type].Add(new IndexEntry(definition, 0)); break;
            case CanonDefinition canon: spaces[(int)canon.Produces].Add(new IndexEntry(definition, 0)); break;
            case StartDefinition start:
                for (int i = 0; i < (int)start.ResultCount; i++) spaces[(int)Sort.Value].Add(new IndexEntry(definition, i));
                break;
            case ImportDefinition import: spaces[(int)import.Type.Sort].Add(new IndexEntry(definition, 0)); break;
            case ExportDefinition export: spaces[(int)export.Item.Sort].Add(new IndexEntry(definition, 0)); break;
            case ValueDefinition: spaces[(int)Sort.Value].Add(new IndexEntry(definition, 0)); break;
        }
    }
}
