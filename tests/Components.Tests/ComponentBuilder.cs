using System;

namespace WitSharp.Components.Tests;

/// <summary>A tiny emitter of component binaries: a preamble then sections, each written by a callback.</summary>
internal sealed class ComponentBuilder
{
    /// <summary>The smallest core module: just its preamble.</summary>
    public static readonly byte[] EmptyCoreModule = { 0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00 };

    private readonly ByteWriter _writer = new();

    public ComponentBuilder()
    {
        _writer.Byte(0x00, 0x61, 0x73, 0x6d, 0x0d, 0x00, 0x01, 0x00);
    }

    /// <summary>A section with id <paramref name="id"/>; its size is computed from what <paramref name="body"/> writes.</summary>
    public ComponentBuilder Section(byte id, Action<ByteWriter> body)
    {
        var content = new ByteWriter();
        body(content);
        byte[] bytes = content.ToArray();
        _writer.Byte(id).U32((uint)bytes.Length).Bytes(bytes);
        return this;
    }

    /// <summary>A section of <paramref name="count"/> items, each written by <paramref name="item"/>.</summary>
    public ComponentBuilder Vector(byte id, int count, Action<ByteWriter, int> item) =>
        Section(id, w =>
        {
            w.U32((uint)count);
            for (int i = 0; i < count; i++) item(w, i);
        });

    public ComponentBuilder Types(params Action<ByteWriter>[] types) => Vector(7, types.Length, (w, i) => types[i](w));

    public ComponentBuilder Imports(params Action<ByteWriter>[] imports) => Vector(10, imports.Length, (w, i) => imports[i](w));

    public ComponentBuilder Exports(params Action<ByteWriter>[] exports) => Vector(11, exports.Length, (w, i) => exports[i](w));

    public ComponentBuilder Canons(params Action<ByteWriter>[] canons) => Vector(8, canons.Length, (w, i) => canons[i](w));

    public ComponentBuilder Aliases(params Action<ByteWriter>[] aliases) => Vector(6, aliases.Length, (w, i) => aliases[i](w));

    public ComponentBuilder CoreModule(byte[] module) => Section(1, w => w.Bytes(module));

    public ComponentBuilder Nested(byte[] component) => Section(4, w => w.Bytes(component));

    public ComponentBuilder Custom(string name, byte[] payload) => Section(0, w => w.Name(name).Bytes(payload));

    /// <summary>Raw bytes appended as they are (for truncated or forged sections).</summary>
    public ComponentBuilder Raw(params byte[] bytes)
    {
        _writer.Byte(bytes);
        return this;
    }

    public byte[] ToArray() => _writer.ToArray();
}
