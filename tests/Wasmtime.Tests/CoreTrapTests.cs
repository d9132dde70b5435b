using System;
using System.Threading;
using WitSharp.Engine;
using WitSharp.Engine.Components.Engines;
using WitSharp.WitParser.Abi;

namespace WitSharp.Wasmtime.Tests;

/// <summary>Traps, host failures, limits and bad modules: the same exception types and information on both engines.</summary>
public class CoreTrapTests
{
    private const string Traps = """
        (module (memory 1) (table 2 funcref) (type $v (func))
          (func (export "unreachable") unreachable)
          (func (export "div") (param i32) (result i32) i32.const 1 local.get 0 i32.div_s)
          (func (export "overflow") (result i32) i32.const 0x80000000 i32.const -1 i32.div_s)
          (func (export "load") (param i32) (result i32) local.get 0 i32.load)
          (func (export "trunc") (result i32) f32.const nan i32.trunc_f32_s)
          (func (export "null") i32.const 0 call_indirect (type $v))
          (func (export "outside") i32.const 5 call_indirect (type $v))
          (func $recurse (export "recurse") call $recurse))
        """;

    [Theory]
    [InlineData("managed", "unreachable", TrapKind.Unreachable)]
    [InlineData("wasmtime", "unreachable", TrapKind.Unreachable)]
    [InlineData("managed", "div", TrapKind.IntegerDivideByZero)]
    [InlineData("wasmtime", "div", TrapKind.IntegerDivideByZero)]
    [InlineData("managed", "overflow", TrapKind.IntegerOverflow)]
    [InlineData("wasmtime", "overflow", TrapKind.IntegerOverflow)]
    [InlineData("managed", "load", TrapKind.MemoryOutOfBounds)]
    [InlineData("wasmtime", "load", TrapKind.MemoryOutOfBounds)]
    [InlineData("managed", "trunc", TrapKind.InvalidConversionToInteger)]
    [InlineData("wasmtime", "trunc", TrapKind.InvalidConversionToInteger)]
    [InlineData("managed", "null", TrapKind.UninitializedElement)]
    [InlineData("wasmtime", "null", TrapKind.UninitializedElement)]
    [InlineData("managed", "recurse", TrapKind.CallStackExhausted)]
    [InlineData("wasmtime", "recurse", TrapKind.CallStackExhausted)]
    public void A_trap_has_the_managed_kind_and_message_and_the_store_stays_usable(string engineName, string export, TrapKind kind)
    {
        CoreEngine engine = CoreEngines.Create(engineName);
        using CoreStore store = engine.CreateStore();
        CoreInstance instance = store.Instantiate(CoreEngines.Compile(engine, Traps), []);
        CoreFunction function = CoreEngines.Function(instance, export);
        ulong[] arguments = export switch { "div" => [0], "load" => [70_000], _ => [] };
        ulong[] results = new ulong[export is "div" or "overflow" or "load" or "trunc" ? 1 : 0];

        var trap = Assert.Throws<WasmTrapException>(() => function.Invoke(arguments, results));
        Assert.Equal(kind, trap.Kind);
        Assert.Equal(WasmTrapException.Describe(kind), trap.Message);

        CoreEngines.Function(instance, "div").Invoke([1], results.Length == 1 ? results : new ulong[1]);
    }

    [Theory]
    [MemberData(nameof(CoreEngines.Names), MemberType = typeof(CoreEngines))]
    public void A_host_exception_is_the_inner_exception_of_a_HostError_trap(string engineName)
    {
        CoreEngine engine = CoreEngines.Create(engineName);
        using CoreStore store = engine.CreateStore();
        var thrown = new InvalidOperationException("the host refuses");
        CoreFunction host = store.CreateHostFunction([CoreValueType.I32], [], (args, _) =>
        {
            if (args[0] == 1) throw thrown;
            throw new WasmTrapException(TrapKind.Unreachable, "a trap of the host's own");
        });
        CoreFunction run = CoreEngines.Function(store.Instantiate(CoreEngines.Compile(engine, """
            (module (import "h" "f" (func $f (param i32))) (func (export "run") (param i32) local.get 0 call $f))
            """), [host]), "run");

        var trap = Assert.Throws<WasmTrapException>(() => run.Invoke([1], []));
        Assert.Equal(TrapKind.HostError, trap.Kind);
        Assert.Same(thrown, trap.InnerException);
        Assert.Equal("host function failed: the host refuses", trap.Message);

        var own = Assert.Throws<WasmTrapException>(() => run.Invoke([2], []));
        Assert.Equal(TrapKind.Unreachable, own.Kind);
        Assert.Equal("a trap of the host's own", own.Message);
    }

    [Theory]
    [MemberData(nameof(CoreEngines.Names), MemberType = typeof(CoreEngines))]
    public void Fuel_bounds_work(string engineName)
    {
        CoreEngine engine = CoreEngines.Create(engineName, fuel: true);
        using CoreStore store = engine.CreateStore();
        Assert.True(store.ConsumesFuel);
        CoreFunction spin = CoreEngines.Function(store.Instantiate(CoreEngines.Compile(engine, "(module (func (export \"spin\") (loop br 0)))"), []), "spin");
        store.Fuel = 10_000;
        Assert.Equal(TrapKind.OutOfFuel, Assert.Throws<WasmTrapException>(() => spin.Invoke([], [])).Kind);
        Assert.True(store.Fuel < 10_000);
    }

    [Theory]
    [MemberData(nameof(CoreEngines.Names), MemberType = typeof(CoreEngines))]
    public void Fuel_is_refused_when_the_engine_does_not_count_it(string engineName)
    {
        using CoreStore store = CoreEngines.Create(engineName).CreateStore();
        Assert.False(store.ConsumesFuel);
        Assert.Throws<InvalidOperationException>(() => store.Fuel = 5);
    }

    [Theory]
    [MemberData(nameof(CoreEngines.Names), MemberType = typeof(CoreEngines))]
    public void The_interrupt_token_stops_a_loop(string engineName)
    {
        CoreEngine engine = CoreEngines.Create(engineName);
        using CoreStore store = engine.CreateStore();
        using var cancel = new CancellationTokenSource();
        store.InterruptToken = cancel.Token;
        int calls = 0;
        // The loop's third call into the host signals the token; the loop must stop soon after (the managed engine
        // polls the token every few thousand iterations, Wasmtime at the next epoch check).
        CoreFunction tick = store.CreateHostFunction([], [], (_, _) => { if (++calls == 3) cancel.Cancel(); });
        CoreFunction loop = CoreEngines.Function(store.Instantiate(CoreEngines.Compile(engine, """
            (module (import "h" "tick" (func $tick)) (func (export "loop") (loop call $tick br 0)))
            """), [tick]), "loop");

        var trap = Assert.Throws<WasmTrapException>(() => loop.Invoke([], []));
        Assert.Equal(TrapKind.Interrupted, trap.Kind);
        Assert.InRange(calls, 3, 100_000);
    }

    [Theory]
    [MemberData(nameof(CoreEngines.Names), MemberType = typeof(CoreEngines))]
    public void Memory_limits_fail_instantiation_and_growth(string engineName)
    {
        CoreEngine engine = CoreEngines.Create(engineName);
        using CoreStore store = engine.CreateStore();
        store.MaxMemoryPages = 4;
        Assert.Throws<WasmResourceLimitException>(() => store.Instantiate(CoreEngines.Compile(engine, "(module (memory 5))"), []));
        CoreFunction grow = CoreEngines.Function(store.Instantiate(CoreEngines.Compile(engine, """
            (module (memory 2) (func (export "grow") (param i32) (result i32) local.get 0 memory.grow))
            """), []), "grow");
        ulong[] result = new ulong[1];
        grow.Invoke([3], result);
        Assert.Equal(uint.MaxValue, result[0]);
        grow.Invoke([2], result);
        Assert.Equal(2UL, result[0]);
    }

    [Theory]
    [MemberData(nameof(CoreEngines.Names), MemberType = typeof(CoreEngines))]
    public void A_bad_import_is_a_link_error(string engineName)
    {
        CoreEngine engine = CoreEngines.Create(engineName);
        using CoreStore store = engine.CreateStore();
        CoreFunction wrongType = store.CreateHostFunction([CoreValueType.I64], [], (_, _) => { });
        Assert.Throws<WasmLinkException>(() => store.Instantiate(CoreEngines.Compile(engine, "(module (import \"h\" \"f\" (func (param i32))))"), [wrongType]));
    }

    [Fact]
    public void An_invalid_module_throws_what_the_managed_engine_throws()
    {
        byte[] invalid = global::Wasmtime.Module.ConvertText("(module (func (result i32) i32.const 1))");
        invalid[^4] = 0x42; // i32.const's opcode becomes i64.const: the body no longer has its declared type
        Exception managed = Assert.ThrowsAny<WasmException>(() => CoreEngines.Create("managed").Compile(invalid));
        Exception wasmtime = Assert.ThrowsAny<WasmException>(() => CoreEngines.Create("wasmtime").Compile(invalid));
        Assert.Equal(managed.GetType(), wasmtime.GetType());
        Assert.Equal(managed.Message, wasmtime.Message);

        byte[] garbage = [0, 0x61, 0x73, 0x6D, 9, 0, 0, 0];
        Exception managedDecode = Assert.ThrowsAny<WasmException>(() => CoreEngines.Create("managed").Compile(garbage));
        Exception wasmtimeDecode = Assert.ThrowsAny<WasmException>(() => CoreEngines.Create("wasmtime").Compile(garbage));
        Assert.Equal(managedDecode.GetType(), wasmtimeDecode.GetType());
        Assert.Equal(managedDecode.Message, wasmtimeDecode.Message);
    }

    [Fact]
    public void A_disposed_store_refuses_calls()
    {
        CoreEngine engine = CoreEngines.Create("wasmtime");
        CoreStore store = engine.CreateStore();
        CoreFunction add = CoreEngines.Function(store.Instantiate(CoreEngines.Compile(engine, "(module (func (export \"f\")))"), []), "f");
        store.Dispose();
        Assert.Throws<ObjectDisposedException>(() => add.Invoke([], []));
    }

    [Fact]
    public void A_disposed_stores_memory_gives_no_span_over_freed_memory()
    {
        CoreEngine engine = CoreEngines.Create("wasmtime");
        CoreStore store = engine.CreateStore();
        CoreInstance instance = store.Instantiate(CoreEngines.Compile(engine, "(module (memory (export \"memory\") 1))"), []);
        var memory = (CoreMemory)instance.GetExport("memory", CoreExternKind.Memory)!;
        Assert.Equal(65536, memory.Span.Length);
        store.Dispose();
        Assert.Throws<ObjectDisposedException>(() => memory.Span.Length);
    }
}
