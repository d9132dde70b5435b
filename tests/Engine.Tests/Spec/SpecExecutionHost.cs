using System;
using System.Collections.Immutable;
using WitSharp.Engine.Model;

namespace WitSharp.Engine.Tests.Spec;

/// <summary>The <c>spectest</c> module every spec script may import: print functions, globals, a table and a memory.</summary>
internal static class SpecExecutionHost
{
    public static WasmLinker CreateLinker(WasmEngine engine, WasmStore store)
    {
        var linker = new WasmLinker(engine);
        DefinePrint(linker, "print");
        DefinePrint(linker, "print_i32", ValType.I32);
        DefinePrint(linker, "print_i64", ValType.I64);
        DefinePrint(linker, "print_f32", ValType.F32);
        DefinePrint(linker, "print_f64", ValType.F64);
        DefinePrint(linker, "print_i32_f32", ValType.I32, ValType.F32);
        DefinePrint(linker, "print_f64_f64", ValType.F64, ValType.F64);
        linker.Define("spectest", "global_i32", new WasmGlobal(store, WasmValue.I32(666), mutable: false));
        linker.Define("spectest", "global_i64", new WasmGlobal(store, WasmValue.I64(666), mutable: false));
        linker.Define("spectest", "global_f32", new WasmGlobal(store, WasmValue.F32(666.6f), mutable: false));
        linker.Define("spectest", "global_f64", new WasmGlobal(store, WasmValue.F64(666.6), mutable: false));
        linker.Define("spectest", "table", new WasmTable(store, ValType.FuncRef, 10, 20, WasmValue.FuncRef(null)));
        linker.Define("spectest", "memory", new WasmMemory(1, 2));
        return linker;
    }

    private static void DefinePrint(WasmLinker linker, string name, params ValType[] parameters)
    {
        var type = new FuncType(ImmutableArray.Create(parameters), ImmutableArray<ValType>.Empty);
        linker.DefineFunction("spectest", name, type, static (caller, args, results) => { });
    }
}
