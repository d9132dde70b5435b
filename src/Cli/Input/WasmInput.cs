using System;
using System.IO;
using WitSharp.Components.Binary;
using WitSharp.Components.Wit;

namespace WitSharp.Cli.Input;

/// <summary>Reads a <c>.wasm</c> file given on the command line: a component, or a core module carrying WIT.</summary>
public static class WasmInput
{
    /// <summary>True when <paramref name="path"/> is a file that starts with the WebAssembly magic (<c>\0asm</c>).</summary>
    public static bool IsWasmFile(string path)
    {
        if (!File.Exists(path)) return false;
        Span<byte> magic = stackalloc byte[4];
        using var stream = File.OpenRead(path);
        return stream.Read(magic) == 4 && magic[0] == 0 && magic[1] == (byte)'a' && magic[2] == (byte)'s' && magic[3] == (byte)'m';
    }

    /// <summary>
    /// The WIT in the binary at <paramref name="path"/>, or null after writing why not to <paramref name="stderr"/>
    /// (a malformed binary, or types WIT cannot express). I/O errors propagate: the caller's exit code 2.
    /// </summary>
    public static DecodedWit? ReadWit(string path, TextWriter stderr, string? worldName = null)
    {
        byte[] bytes = File.ReadAllBytes(path);
        try
        {
            return ComponentWit.FromBinary(bytes, worldName);
        }
        catch (ComponentDecodeException e)
        {
            stderr.WriteLine($"error: {path}: {e.Message}");
        }
        catch (ComponentWitException e)
        {
            stderr.WriteLine($"error: {path}: {e.Message}");
        }
        return null;
    }
}
