using System.Linq;
using System.Threading;
using WitSharp.Engine.Tests.Compilation;

namespace WitSharp.Engine.Tests.Embedding;

public sealed class TrapTests
{
    private const string Module = """
        (module $traps
          (type $ii (func (param i32) (result i32)))
          (type $v (func))
          (table 3 funcref)
          (elem (i32.const 0) $id $nothing)
          (memory 1)
          (func $id (type $ii) (local.get 0))
          (func $nothing (type $v))
          (func $inner (param i32) (result i32) (i32.div_u (i32.const 1) (local.get 0)))
          (func $outer (export "divide") (param i32) (result i32) (call $inner (local.get 0)))
          (func (export "unreachable") unreachable)
          (func (export "load") (param i32) (result i32) (i32.load (local.get 0)))
          (func (export "indirect") (param i32) (result i32) (call_indirect (type $ii) (i32.const 7) (local.get 0)))
          (func (export "overflow") (result i32) (i32.div_s (i32.const 0x80000000) (i32.const -1)))
          (func (export "convert") (param f32) (result i32) (i32.trunc_f32_s (local.get 0)))
          (func $recurse (export "recurse") (param i32) (result i32)
            (if (result i32) (i32.eqz (local.get 0))
              (then (i32.const 0))
              (else (i32.add (i32.const 1) (call $recurse (i32.sub (local.get 0) (i32.const 1)))))))
          (func (export "spin") (loop $l (br $l))))
        """;

    [SkippableTheory]
    [MemberData(nameof(Tiers.All), MemberType = typeof(Tiers))]
    public void EachTrapHasItsKind(CompilationMode mode)
    {
        WasmInstance instance = Wat.Instantiate(Module, Tiers.Options(mode));
        Assert.Equal(TrapKind.IntegerDivideByZero, Trap(() => instance.GetFunction<int, int>("divide").Invoke(0)));
        Assert.Equal(TrapKind.Unreachable, Trap(() => instance.GetAction("unreachable").Invoke()));
        Assert.Equal(TrapKind.MemoryOutOfBounds, Trap(() => instance.GetFunction<int, int>("load").Invoke(65533)));
        Assert.Equal(TrapKind.IndirectCallTypeMismatch, Trap(() => instance.GetFunction<int, int>("indirect").Invoke(1)));
        Assert.Equal(TrapKind.UninitializedElement, Trap(() => instance.GetFunction<int, int>("indirect").Invoke(2)));
        Assert.Equal(TrapKind.UndefinedElement, Trap(() => instance.GetFunction<int, int>("indirect").Invoke(3)));
        Assert.Equal(TrapKind.IntegerOverflow, Trap(() => instance.GetFunction<int>("overflow").Invoke()));
        Assert.Equal(TrapKind.InvalidConversionToInteger, Trap(() => instance.GetFunction<float, int>("convert").Invoke(float.NaN)));
        // The store is still usable after all those traps.
        Assert.Equal(7, instance.GetFunction<int, int>("indirect").Invoke(0));
        Assert.Equal(0, instance.GetFunction<int, int>("load").Invoke(65532));
    }

    [SkippableTheory]
    [MemberData(nameof(Tiers.All), MemberType = typeof(Tiers))]
    public void StackTraceNamesTheWasmFunctionsInnermostFirst(CompilationMode mode)
    {
        WasmInstance instance = Wat.Instantiate(Module, Tiers.Options(mode));
        var trap = Assert.Throws<WasmTrapException>(() => instance.GetFunction<int, int>("divide").Invoke(0));
        Assert.Equal(new[] { "inner", "outer" }, trap.WasmStackTrace.Select(f => f.FunctionName).ToArray());
        Assert.Equal("traps", trap.WasmStackTrace[0].ModuleName);
        Assert.Contains("at wasm traps!inner", trap.ToString());
    }

    [SkippableTheory]
    [MemberData(nameof(Tiers.All), MemberType = typeof(Tiers))]
    public void MillionDeepRecursionTrapsAndTheProcessContinues(CompilationMode mode)
    {
        WasmInstance instance = Wat.Instantiate(Module, Tiers.Options(mode));
        var recurse = instance.GetFunction<int, int>("recurse");
        var trap = Assert.Throws<WasmTrapException>(() => recurse.Invoke(1_000_000));
        Assert.Equal(TrapKind.CallStackExhausted, trap.Kind);
        Assert.Equal(1000, recurse.Invoke(1000));
    }

    [SkippableTheory]
    [MemberData(nameof(Tiers.All), MemberType = typeof(Tiers))]
    public void FuelStopsAnInfiniteLoop(CompilationMode mode)
    {
        WasmInstance instance = Wat.Instantiate(Module, Tiers.Options(mode, fuel: true));
        instance.Store.Fuel = 10_000;
        Assert.Equal(TrapKind.OutOfFuel, Trap(() => instance.GetAction("spin").Invoke()));
        Assert.Equal(0, instance.Store.Fuel);
        instance.Store.Fuel = 1_000;
        Assert.Equal(100, instance.GetFunction<int, int>("recurse").Invoke(100));
        long left = instance.Store.Fuel;
        Assert.InRange(left, 1, 1_000 - 100);
    }

    [SkippableTheory]
    [MemberData(nameof(Tiers.All), MemberType = typeof(Tiers))]
    public void CancellationInterruptsAnInfiniteLoop(CompilationMode mode)
    {
        WasmInstance instance = Wat.Instantiate(Module, Tiers.Options(mode));
        using var cancel = new CancellationTokenSource(millisecondsDelay: 100);
        instance.Store.InterruptToken = cancel.Token;
        Assert.Equal(TrapKind.Interrupted, Trap(() => instance.GetAction("spin").Invoke()));
        instance.Store.InterruptToken = CancellationToken.None;
        Assert.Equal(3, instance.GetFunction<int, int>("recurse").Invoke(3));
    }

    private static TrapKind Trap(System.Action action) => Assert.Throws<WasmTrapException>(action).Kind;
}
