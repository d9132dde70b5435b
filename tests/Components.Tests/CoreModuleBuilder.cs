using System.Collections.Generic;

namespace WitSharp.Components.Tests;

/// <summary>Emits tiny core modules: exported functions of given signatures (bodies trap) and optionally an exported memory.</summary>
internal static class CoreModuleBuilder
{
    public const byte I32 = 0x7f;
    public const byte I64 = 0x7e;

    /// <summary>One exported function: its name and core parameter/result type codes.</summary>
    public sealed record Func(string Name, byte[] Params, byte[] Results);

    public static byte[] Module(IReadOnlyList<Func> funcs, bool memory = true, IReadOnlyList<(string Module, string Name, int TypeIndex)>? imports = null)
    {
        var w = new ByteWriter().Byte(0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00);
        Section(w, 1, s => s.Vec(funcs, (x, f) => x.Byte(0x60).Vec(f.Params, (y, p) => y.Byte(p)).Vec(f.Results, (y, r) => y.Byte(r))));
        int importedFuncs = imports?.Count ?? 0;
        if (imports is not null)
            Section(w, 2, s => s.Vec(imports, (x, i) => x.Name(i.Module).Name(i.Name).Byte(0x00).U32((uint)i.TypeIndex)));
        Section(w, 3, s => { s.U32((uint)funcs.Count); for (int i = 0; i < funcs.Count; i++) s.U32((uint)i); });
        if (memory) Section(w, 5, s => s.U32(1).Byte(0x00).U32(1));
        Section(w, 7, s =>
        {
            s.U32((uint)(funcs.Count + (memory ? 1 : 0)));
            for (int i = 0; i < funcs.Count; i++) s.Name(funcs[i].Name).Byte(0x00).U32((uint)(importedFuncs + i));
            if (memory) s.Name("memory").Byte(0x02).U32(0);
        });
        Section(w, 10, s => { s.U32((uint)funcs.Count); for (int i = 0; i < funcs.Count; i++) s.U32(3).Byte(0x00, 0x00, 0x0b); });
        return w.ToArray();
    }

    private static void Section(ByteWriter w, byte id, System.Action<ByteWriter> body)
    {
        var content = new ByteWriter();
        body(content);
        byte[] bytes = content.ToArray();
        w.Byte(id).U32((uint)bytes.Length).Bytes(bytes);
    }
}
