using System.Text;
using WitSharp.Engine.Model;

namespace WitSharp.Engine.Tests.Embedding;

public sealed class ImportExportTests
{
    [SkippableFact]
    public void HostMemoryTableAndGlobalAreSharedWithTheModule()
    {
        var engine = new WasmEngine();
        var store = new WasmStore(engine);
        var memory = new WasmMemory(1, 4);
        var counter = new WasmGlobal(store, WasmValue.I32(10), mutable: true);
        var table = new WasmTable(store, ValType.FuncRef, 2, null, WasmValue.FuncRef(null));
        var linker = new WasmLinker(engine)
            .Define("host", "memory", memory)
            .Define("host", "counter", counter)
            .Define("host", "table", table);
        WasmInstance instance = linker.Instantiate(store, Wat.Load(engine, """
            (module
              (import "host" "memory" (memory 1))
              (import "host" "counter" (global $c (mut i32)))
              (import "host" "table" (table 2 funcref))
              (data (i32.const 16) "hello")
              (func $seven (result i32) (i32.const 7))
              (elem (i32.const 1) $seven)
              (func (export "bump") (result i32)
                (global.set $c (i32.add (global.get $c) (i32.const 1)))
                (global.get $c))
              (func (export "grow") (result i32) (memory.grow (i32.const 1)))
              (func (export "store") (param i32 i32) (i32.store (local.get 0) (local.get 1))))
            """));

        Assert.Equal("hello", Encoding.ASCII.GetString(memory.Span.Slice(16, 5)));
        Assert.Equal(11, instance.GetFunction<int>("bump").Invoke());
        Assert.Equal(11, counter.Value.AsI32());
        counter.Value = WasmValue.I32(100);
        Assert.Equal(101, instance.GetFunction<int>("bump").Invoke());
        instance.GetAction<int, int>("store").Invoke(100, 0x01020304);
        Assert.Equal(0x01020304, memory.Read<int>(100));
        Assert.Equal(1, instance.GetFunction<int>("grow").Invoke());
        Assert.Equal(2u, memory.PageCount);
        WasmFunction seven = table.Get(1).AsFunction()!;
        Assert.Equal(7, seven.Invoke()[0].AsI32());
    }

    [SkippableFact]
    public void ExportsOfOneInstanceLinkIntoAnother()
    {
        var engine = new WasmEngine();
        var store = new WasmStore(engine);
        var linker = new WasmLinker(engine);
        WasmInstance provider = linker.Instantiate(store, Wat.Load(engine, """
            (module
              (memory (export "mem") 1)
              (global (export "g") (mut i64) (i64.const 5))
              (func (export "square") (param i32) (result i32) (i32.mul (local.get 0) (local.get 0))))
            """));
        linker.DefineInstance("provider", provider);
        WasmInstance consumer = linker.Instantiate(store, Wat.Load(engine, """
            (module
              (import "provider" "mem" (memory 1))
              (import "provider" "g" (global $g (mut i64)))
              (import "provider" "square" (func $square (param i32) (result i32)))
              (func (export "run") (param i32) (result i32)
                (global.set $g (i64.const 9))
                (i32.store8 (i32.const 3) (i32.const 200))
                (call $square (local.get 0))))
            """));

        Assert.Equal(144, consumer.GetFunction<int, int>("run").Invoke(12));
        Assert.Equal(9, provider.GetGlobal("g")!.Value.AsI64());
        Assert.Equal(200, provider.GetMemory("mem")!.Span[3]);
    }

    [SkippableFact]
    public void MissingOrMistypedImportsAreLinkErrors()
    {
        var engine = new WasmEngine();
        var store = new WasmStore(engine);
        WasmModule module = Wat.Load(engine, "(module (import \"env\" \"f\" (func (param i32))))");
        Assert.Throws<WasmLinkException>(() => new WasmLinker(engine).Instantiate(store, module));
        var wrong = new WasmLinker(engine).DefineFunction("env", "f", (long x) => { });
        Assert.Throws<WasmLinkException>(() => wrong.Instantiate(store, module));
        var right = new WasmLinker(engine).DefineFunction("env", "f", (int x) => { });
        Assert.NotNull(right.Instantiate(store, module));
    }

    [SkippableFact]
    public void InstancesOfOneModuleHaveIndependentState()
    {
        var engine = new WasmEngine();
        var store = new WasmStore(engine);
        WasmModule module = Wat.Load(engine, """
            (module
              (memory (export "mem") 1)
              (global $n (mut i32) (i32.const 0))
              (func (export "next") (result i32)
                (global.set $n (i32.add (global.get $n) (i32.const 1)))
                (i32.store (i32.const 0) (global.get $n))
                (global.get $n)))
            """);
        var linker = new WasmLinker(engine);
        WasmInstance a = linker.Instantiate(store, module), b = linker.Instantiate(store, module);
        a.GetFunction<int>("next").Invoke();
        a.GetFunction<int>("next").Invoke();
        Assert.Equal(3, a.GetFunction<int>("next").Invoke());
        Assert.Equal(1, b.GetFunction<int>("next").Invoke());
        Assert.Equal(3, a.GetMemory("mem")!.Read<int>(0));
        Assert.Equal(1, b.GetMemory("mem")!.Read<int>(0));
    }

    [SkippableFact]
    public void MemoryLimitCapsGrowthAndInstantiation()
    {
        var engine = new WasmEngine(new WasmEngineOptions { MaxMemoryPages = 3 });
        var store = new WasmStore(engine);
        WasmInstance instance = new WasmLinker(engine).Instantiate(store, Wat.Load(engine, """
            (module (memory 1) (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0))))
            """));
        var grow = instance.GetFunction<int, int>("grow");
        Assert.Equal(1, grow.Invoke(2));
        Assert.Equal(-1, grow.Invoke(1));
        Assert.Throws<WasmResourceLimitException>(() => new WasmLinker(engine).Instantiate(store, Wat.Load(engine, "(module (memory 4))")));
    }

    [SkippableFact]
    public void StoreMemoryLimitSandboxesOneStore()
    {
        var engine = new WasmEngine();
        WasmModule module = Wat.Load(engine, "(module (memory 1) (func (export \"grow\") (param i32) (result i32) (memory.grow (local.get 0))))");
        var limited = new WasmStore(engine) { MaxMemoryPages = 2 };
        var free = new WasmStore(engine);
        var linker = new WasmLinker(engine);
        Assert.Equal(-1, linker.Instantiate(limited, module).GetFunction<int, int>("grow").Invoke(5));
        Assert.Equal(1, linker.Instantiate(free, module).GetFunction<int, int>("grow").Invoke(5));
    }

    [SkippableFact]
    public void InstanceLimitsSandboxOneInstanceInASharedStore()
    {
        var engine = new WasmEngine();
        WasmModule module = Wat.Load(engine, "(module (memory 1) (func (export \"grow\") (param i32) (result i32) (memory.grow (local.get 0))))");
        var store = new WasmStore(engine);
        var linker = new WasmLinker(engine);
        WasmInstance limited = linker.Instantiate(store, module, new WasmInstanceLimits { MaxMemoryPages = 2 });
        WasmInstance free = linker.Instantiate(store, module);
        Assert.Equal(-1, limited.GetFunction<int, int>("grow").Invoke(5));
        Assert.Equal(1, limited.GetFunction<int, int>("grow").Invoke(1));
        Assert.Equal(1, free.GetFunction<int, int>("grow").Invoke(5));
        Assert.Throws<WasmResourceLimitException>(() => linker.Instantiate(store, Wat.Load(engine, "(module (memory 3))"), new WasmInstanceLimits { MaxMemoryPages = 2 }));
    }

    [SkippableFact]
    public void StartFunctionRunsAtInstantiation()
    {
        WasmInstance instance = Wat.Instantiate("""
            (module
              (global $g (mut i32) (i32.const 1))
              (func $start (global.set $g (i32.const 42)))
              (start $start)
              (func (export "get") (result i32) (global.get $g)))
            """);
        Assert.Equal(42, instance.GetFunction<int>("get").Invoke());
    }
}
