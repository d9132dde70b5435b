using System;
using System.Collections.Generic;
using WitSharp.Components.Binary;
using WitSharp.Components.Model;

namespace WitSharp.Components.Wit;

/// <summary>
/// The WIT inside a binary, as <c>wasm-tools component wit</c> reads it: a component's imports and exports as a world,
/// a WIT package encoded as a component as that package, or the <c>component-type</c> section of a core module as the
/// world it was built for. The result is the front end's resolved model.
/// </summary>
public static class ComponentWit
{
    /// <summary>
    /// Reads the WIT of a binary: a component, or a core module carrying one <c>component-type:*</c> custom section.
    /// </summary>
    /// <exception cref="ComponentDecodeException">The bytes are not well-formed.</exception>
    /// <exception cref="ComponentWitException">The types cannot be read as WIT, or a core module carries no (or several) <c>component-type</c> sections.</exception>
    public static DecodedWit FromBinary(ReadOnlyMemory<byte> bytes) => FromBinary(bytes, null);

    /// <summary>
    /// Reads the WIT of a binary as <see cref="FromBinary(ReadOnlyMemory{byte})"/> does; a component's world, which the
    /// binary does not name, is named <paramref name="worldName"/> (<c>ns:pkg/world@version</c>) instead of
    /// <c>root:component/root</c>, so its WIT can be compared with the WIT it was built from.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="worldName"/> is not of the form <c>ns:pkg/world@version</c>.</exception>
    /// <exception cref="ComponentDecodeException">The bytes are not well-formed.</exception>
    /// <exception cref="ComponentWitException">The types cannot be read as WIT.</exception>
    public static DecodedWit FromBinary(ReadOnlyMemory<byte> bytes, string? worldName)
    {
        var name = worldName is null ? null : InterfaceName.TryParse(worldName)
            ?? throw new ArgumentException($"`{worldName}` is not a world name of the form ns:pkg/world@version", nameof(worldName));
        if (ComponentDecoder.Classify(bytes.Span) == WasmBinaryKind.CoreModule)
        {
            var sections = new List<CustomSection>();
            foreach (var section in ComponentDecoder.ReadCoreModuleCustomSections(bytes))
                if (section.IsComponentType) sections.Add(section);
            if (sections.Count != 1)
                throw new ComponentWitException(sections.Count == 0
                    ? "this core module carries no `component-type` custom section, so it holds no WIT"
                    : $"this core module carries {sections.Count} `component-type` custom sections; reading more than one is not supported");
            return FromComponentTypeSection(sections[0]);
        }
        return FromComponent(ComponentDecoder.Decode(bytes), name);
    }

    /// <summary>True when <paramref name="name"/> can name a world: <c>ns:pkg/world</c>, optionally with <c>@version</c>.</summary>
    public static bool IsWorldName(string name) => InterfaceName.TryParse(name) is not null;

    /// <summary>A decoded component's WIT: its world, or the package it encodes when it is a WIT package.</summary>
    /// <exception cref="ComponentWitException">The types cannot be read as WIT.</exception>
    public static DecodedWit FromComponent(ComponentDefinition component) => FromComponent(component, null);

    private static DecodedWit FromComponent(ComponentDefinition component, InterfaceName? worldName)
    {
        var evaluator = new ComponentTypeEvaluator();
        var shape = evaluator.Component(component, null, null);
        var decoder = new WitModelDecoder(evaluator);
        return WitModelDecoder.IsWitPackage(shape) ? decoder.DecodePackage(shape) : decoder.DecodeComponent(shape, worldName);
    }

    /// <summary>The world a <c>component-type:*</c> custom section describes (in a core module or a component).</summary>
    /// <exception cref="ComponentDecodeException">The section's payload is not a well-formed component.</exception>
    /// <exception cref="ComponentWitException">The payload is not a world's encoding.</exception>
    public static DecodedWit FromComponentTypeSection(CustomSection section)
    {
        var component = ComponentDecoder.DecodeComponentType(section);
        var evaluator = new ComponentTypeEvaluator();
        var shape = evaluator.Component(component, null, null);
        return new WitModelDecoder(evaluator).DecodeWorld(shape);
    }
}
