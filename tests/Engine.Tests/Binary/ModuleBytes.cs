using System.Collections.Generic;
using System.Text;

namespace WitSharp.Engine.Tests.Binary;

/// <summary>Builds small module binaries by hand for decoder and validator tests.</summary>
internal sealed class ModuleBytes
{
    private readonly List<byte> _bytes = new() { 0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00 };

    /// <summary>Appends a section with the given id and raw content (the size is computed).</summary>
    public ModuleBytes Section(byte id, params byte[] content)
    {
        _bytes.Add(id);
        _bytes.AddRange(Leb(content.Length));
        _bytes.AddRange(content);
        return this;
    }

    /// <summary>Appends a custom section.</summary>
    public ModuleBytes Custom(string name, params byte[] content)
    {
        var body = new List<byte>(Name(name));
        body.AddRange(content);
        return Section(0, body.ToArray());
    }

    /// <summary>Type section with one <c>[] -> []</c> type, function section with one function, code section with the body.</summary>
    public ModuleBytes OneFunction(params byte[] codeAfterLocals)
    {
        Section(1, 0x01, 0x60, 0x00, 0x00);
        Section(3, 0x01, 0x00);
        var body = new List<byte> { 0x00 };
        body.AddRange(codeAfterLocals);
        var code = new List<byte> { 0x01 };
        code.AddRange(Leb(body.Count));
        code.AddRange(body);
        return Section(10, code.ToArray());
    }

    public byte[] ToArray() => _bytes.ToArray();

    /// <summary>Minimal unsigned LEB128.</summary>
    public static byte[] Leb(long value)
    {
        var result = new List<byte>();
        do
        {
            byte b = (byte)(value & 0x7F);
            value >>= 7;
            if (value != 0) b |= 0x80;
            result.Add(b);
        } while (value != 0);
        return result.ToArray();
    }

    /// <summary>A length-prefixed UTF-8 name.</summary>
    public static byte[] Name(string name)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(name);
        var result = new List<byte>(Leb(utf8.Length));
        result.AddRange(utf8);
        return result.ToArray();
    }

    public static byte[] Concat(params byte[][] parts)
    {
        var result = new List<byte>();
        foreach (byte[] p in parts) result.AddRange(p);
        return result.ToArray();
    }
}
