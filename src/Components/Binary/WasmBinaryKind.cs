using System;

namespace WitSharp.Components.Binary;

/// <summary>What the 8-byte preamble says a WebAssembly binary is.</summary>
public enum WasmBinaryKind
{
    /// <summary>Not WebAssembly: too short or no <c>\0asm</c> magic.</summary>
    NotWasm,
    /// <summary>A core module (version 1, layer 0).</summary>
    CoreModule,
    /// <summary>A component (layer 1).</summary>
    Component,
    /// <summary>WebAssembly magic with a version/layer pair this decoder does not know.</summary>
    Unknown,
}

/// <summary>The 8-byte preamble: <c>\0asm</c>, a 16-bit version and a 16-bit layer (0 = core module, 1 = component).</summary>
public static class WasmPreamble
{
    /// <summary>The preamble's length in bytes.</summary>
    public const int Length = 8;

    /// <summary>The pre-standard component binary version this decoder reads (Binary.md: <c>0x0d 0x00</c>).</summary>
    public const ushort ComponentVersion = 0x0d;

    /// <summary>Classifies <paramref name="bytes"/> by their preamble without decoding further.</summary>
    public static WasmBinaryKind Classify(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < Length || bytes[0] != 0x00 || bytes[1] != 0x61 || bytes[2] != 0x73 || bytes[3] != 0x6d)
            return WasmBinaryKind.NotWasm;
        ushort version = (ushort)(bytes[4] | bytes[5] << 8);
        ushort layer = (ushort)(bytes[6] | bytes[7] << 8);
        if (layer == 0 && version == 1) return WasmBinaryKind.CoreModule;
        if (layer == 1) return WasmBinaryKind.Component;
        return WasmBinaryKind.Unknown;
    }

    /// <summary>True when <paramref name="bytes"/> start with a core module's preamble.</summary>
    public static bool IsCoreModule(ReadOnlySpan<byte> bytes) => Classify(bytes) == WasmBinaryKind.CoreModule;

    /// <summary>True when <paramref name="bytes"/> start with a component's preamble.</summary>
    public static bool IsComponent(ReadOnlySpan<byte> bytes) => Classify(bytes) == WasmBinaryKind.Component;
}
