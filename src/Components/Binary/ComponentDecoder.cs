using System;
using System.Collections.Generic;
using WitSharp.Components.Model;

namespace WitSharp.Components.Binary;

/// <summary>
/// The entry point: decodes component binaries (Binary.md) into an immutable <see cref="ComponentDefinition"/>. Core
/// module bodies are kept as byte slices for an engine to decode. Malformed input throws only
/// <see cref="ComponentDecodeException"/>; nothing is validated beyond the grammar (see <see cref="Validation.ComponentValidator"/>).
/// </summary>
public static class ComponentDecoder
{
    /// <summary>Decodes a component. The returned model holds slices of <paramref name="bytes"/>; do not mutate them afterwards.</summary>
    /// <param name="bytes">The whole binary.</param>
    /// <param name="options">Limits; <see cref="ComponentDecoderOptions.Default"/> when null.</param>
    /// <exception cref="ComponentDecodeException">The bytes are not a well-formed component (a core module included).</exception>
    public static ComponentDefinition Decode(ReadOnlyMemory<byte> bytes, ComponentDecoderOptions? options = null) =>
        ComponentBodyReader.Read(bytes, 0, 0, options ?? ComponentDecoderOptions.Default);

    /// <summary>
    /// Decodes the payload of a <c>component-type:*</c> custom section: a component whose type exports describe a WIT
    /// package (as wit-component embeds it in core modules and components).
    /// </summary>
    /// <exception cref="ComponentDecodeException">The payload is not a well-formed component; offsets are absolute in the outer binary.</exception>
    public static ComponentDefinition DecodeComponentType(CustomSection section, ComponentDecoderOptions? options = null) =>
        ComponentBodyReader.Read(section.Payload, section.PayloadOffset, 0, options ?? ComponentDecoderOptions.Default);

    /// <summary>What the preamble of <paramref name="bytes"/> says they are.</summary>
    public static WasmBinaryKind Classify(ReadOnlySpan<byte> bytes) => WasmPreamble.Classify(bytes);

    /// <summary>
    /// The custom sections of a core module (only the section framing is read, not the module's contents): how a tool
    /// finds the <c>component-type:*</c> sections that <c>wit-bindgen</c> leaves in a core module before <c>jco new</c>.
    /// </summary>
    /// <param name="module">A core module binary.</param>
    /// <exception cref="ComponentDecodeException">The bytes are not a core module or its section framing is malformed.</exception>
    public static IReadOnlyList<CustomSection> ReadCoreModuleCustomSections(ReadOnlyMemory<byte> module)
    {
        if (!WasmPreamble.IsCoreModule(module.Span))
            throw new ComponentDecodeException(0, "a core module (\\0asm, version 1, layer 0)",
                WasmPreamble.Classify(module.Span) == WasmBinaryKind.Component ? "a component" : "other bytes");
        var reader = new ByteReader(module, 0);
        reader.Skip(WasmPreamble.Length, "the preamble");
        var sections = new List<CustomSection>();
        while (!reader.AtEnd)
        {
            int offset = reader.Offset;
            byte id = reader.ReadByte("a section id");
            uint size = reader.ReadU32("a section size");
            if (size > (uint)reader.Remaining)
                throw reader.Failure($"a section of {size} bytes", $"only {reader.Remaining} bytes left");
            ByteReader content = reader.ReadSubReader((int)size, "a section's contents");
            if (id != 0) continue;
            string name = content.ReadName("a custom section name");
            int payloadOffset = content.Offset;
            sections.Add(new CustomSection(offset, name, content.ReadBytes(content.Remaining, "a custom section payload"), payloadOffset));
        }
        return sections;
    }
}
