using System;
using System.Collections.Generic;

namespace WitSharp.Components.Model;

/// <summary>
/// A decoded component: every definition in binary order, the index space of each sort (which definition introduced each
/// index), the custom sections, and convenience views. Immutable; produced by <see cref="Binary.ComponentDecoder"/>.
/// Nested components are <see cref="NestedComponentDefinition"/>s holding another <see cref="ComponentDefinition"/>.
/// </summary>
public sealed class ComponentDefinition
{
    private readonly IReadOnlyList<IndexEntry>[] _indexSpaces;

    // Decoded on first use: most loads never look at them, and the name section is the largest part of small components.
    private readonly Lazy<ComponentNames?> _names;
    private readonly Lazy<ProducersSection?> _producers;

    internal ComponentDefinition(
        int offset,
        ReadOnlyMemory<byte> bytes,
        ushort version,
        IReadOnlyList<Definition> definitions,
        IReadOnlyList<ComponentSectionInfo> sections,
        IReadOnlyList<CustomSection> customSections,
        IReadOnlyList<IndexEntry>[] indexSpaces,
        Func<ComponentNames?> names,
        Func<ProducersSection?> producers)
    {
        Offset = offset;
        Bytes = bytes;
        Version = version;
        Definitions = definitions;
        Sections = sections;
        CustomSections = customSections;
        _indexSpaces = indexSpaces;
        _names = new Lazy<ComponentNames?>(names);
        _producers = new Lazy<ProducersSection?>(producers);
        var imports = new List<ImportDefinition>();
        var exports = new List<ExportDefinition>();
        var modules = new List<CoreModuleDefinition>();
        var components = new List<NestedComponentDefinition>();
        foreach (Definition definition in definitions)
        {
            switch (definition)
            {
                case ImportDefinition import: imports.Add(import); break;
                case ExportDefinition export: exports.Add(export); break;
                case CoreModuleDefinition module: modules.Add(module); break;
                case NestedComponentDefinition nested: components.Add(nested); break;
            }
        }
        Imports = imports;
        Exports = exports;
        CoreModules = modules;
        NestedComponents = components;
    }

    /// <summary>Absolute offset of the component's preamble in the decoded buffer (0 for the outermost).</summary>
    public int Offset { get; }

    /// <summary>The component's bytes, preamble included (a slice of the input).</summary>
    public ReadOnlyMemory<byte> Bytes { get; }

    /// <summary>The binary format version from the preamble (0x0d before the 1.0 standard).</summary>
    public ushort Version { get; }

    /// <summary>Every definition in binary order (custom sections excluded).</summary>
    public IReadOnlyList<Definition> Definitions { get; }

    /// <summary>Every section, custom ones included, in order.</summary>
    public IReadOnlyList<ComponentSectionInfo> Sections { get; }

    /// <summary>The custom sections in order.</summary>
    public IReadOnlyList<CustomSection> CustomSections { get; }

    /// <summary>The decoded <c>name</c> section (decoded on first access), or null when absent or malformed.</summary>
    public ComponentNames? Names => _names.Value;

    /// <summary>The decoded <c>producers</c> section (decoded on first access), or null when absent or malformed.</summary>
    public ProducersSection? Producers => _producers.Value;

    /// <summary>The import definitions in order.</summary>
    public IReadOnlyList<ImportDefinition> Imports { get; }

    /// <summary>The export definitions in order.</summary>
    public IReadOnlyList<ExportDefinition> Exports { get; }

    /// <summary>The core modules in order (their index is their position: modules are also aliased/imported, see <see cref="IndexSpace"/>).</summary>
    public IReadOnlyList<CoreModuleDefinition> CoreModules { get; }

    /// <summary>The nested components in order.</summary>
    public IReadOnlyList<NestedComponentDefinition> NestedComponents { get; }

    /// <summary>
    /// The index space of <paramref name="sort"/>: entry <c>i</c> is the definition that introduced index <c>i</c>
    /// (an import, alias, export, canon, type, instance, core module, nested component, …).
    /// </summary>
    public IReadOnlyList<IndexEntry> IndexSpace(Sort sort) => _indexSpaces[(int)sort];

    /// <summary>The custom sections named <c>component-type*</c> (the WIT that wit-component embeds).</summary>
    public IEnumerable<CustomSection> ComponentTypeSections
    {
        get
        {
            foreach (CustomSection section in CustomSections)
                if (section.IsComponentType) yield return section;
        }
    }
}
