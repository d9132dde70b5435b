using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using WitSharp.Engine.Model;

namespace WitSharp.Engine.Tests.Embedding;

public sealed class HostFunctionTests
{
    private const string Module = """
        (module
          (import "env" "log" (func $log (param i32)))
          (import "env" "scale" (func $scale (param i64 f64) (result f64)))
          (import "env" "raw" (func $raw (param i32 i32) (result i32 i32)))
          (func (export "run") (param $n i32) (result i32)
            (local $i i32)
            (loop $l
              (call $log (local.get $i))
              (local.set $i (i32.add (local.get $i) (i32.const 1)))
              (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
            (local.get $i))
          (func (export "scale") (param i64 f64) (result f64) (call $scale (local.get 0) (local.get 1)))
          (func (export "swap") (param i32 i32) (result i32 i32) (call $raw (local.get 0) (local.get 1)))
          (func (export "double") (param i32) (result i32) (i32.mul (local.get 0) (i32.const 2))))
        """;

    [SkippableFact]
    public void TypedAndRawHostFunctionsAreCalledWithTheirArguments()
    {
        var engine = new WasmEngine();
        var store = new WasmStore(engine);
        var logged = new List<int>();
        var linker = new WasmLinker(engine)
            .DefineFunction("env", "log", (int x) => logged.Add(x))
            .DefineFunction("env", "scale", (long a, double b) => a * b)
            .DefineFunction("env", "raw",
                new FuncType(ImmutableArray.Create(ValType.I32, ValType.I32), ImmutableArray.Create(ValType.I32, ValType.I32)),
                (caller, args, results) =>
                {
                    results[0] = args[1];
                    results[1] = args[0];
                });
        WasmInstance instance = linker.Instantiate(store, Wat.Load(engine, Module));

        Assert.Equal(4, instance.GetFunction<int, int>("run").Invoke(4));
        Assert.Equal(new[] { 0, 1, 2, 3 }, logged);
        Assert.Equal(7.5, instance.GetFunction<long, double, double>("scale").Invoke(3, 2.5));
        WasmValue[] swapped = instance.GetFunction("swap")!.Invoke(WasmValue.I32(1), WasmValue.I32(2));
        Assert.Equal(new[] { 2, 1 }, new[] { swapped[0].AsI32(), swapped[1].AsI32() });
    }

    [SkippableFact]
    public void HostExceptionBecomesHostErrorTrapAndStoreStaysUsable()
    {
        var engine = new WasmEngine();
        var store = new WasmStore(engine);
        var linker = new WasmLinker(engine)
            .DefineFunction("env", "log", (int x) => { if (x == 2) throw new InvalidOperationException("boom at 2"); })
            .DefineFunction("env", "scale", (long a, double b) => 0.0)
            .DefineFunction("env", "raw", new FuncType(ImmutableArray.Create(ValType.I32, ValType.I32), ImmutableArray.Create(ValType.I32, ValType.I32)), (c, a, r) => { });
        WasmInstance instance = linker.Instantiate(store, Wat.Load(engine, Module));

        var trap = Assert.Throws<WasmTrapException>(() => instance.GetFunction<int, int>("run").Invoke(5));
        Assert.Equal(TrapKind.HostError, trap.Kind);
        Assert.IsType<InvalidOperationException>(trap.InnerException);
        Assert.Contains("boom at 2", trap.Message);
        Assert.Equal(42, instance.GetFunction<int, int>("double").Invoke(21));
    }

    [SkippableFact]
    public void HostFunctionCanCallBackIntoWebAssembly()
    {
        var engine = new WasmEngine();
        var store = new WasmStore(engine);
        WasmInstance? self = null;
        int sum = 0;
        var linker = new WasmLinker(engine)
            .DefineFunction("env", "log", (int x) => { sum += self!.GetFunction<int, int>("double").Invoke(x); })
            .DefineFunction("env", "scale", (long a, double b) => 0.0)
            .DefineFunction("env", "raw", new FuncType(ImmutableArray.Create(ValType.I32, ValType.I32), ImmutableArray.Create(ValType.I32, ValType.I32)), (c, a, r) => { });
        self = linker.Instantiate(store, Wat.Load(engine, Module));

        Assert.Equal(10, self.GetFunction<int, int>("run").Invoke(10));
        Assert.Equal(90, sum);
    }

    [SkippableFact]
    public void TypedViewWithTheWrongSignatureIsRejected()
    {
        WasmInstance instance = Wat.Instantiate("(module (func (export \"f\") (param i32) (result i32) (local.get 0)))");
        Assert.Throws<ArgumentException>(() => instance.GetFunction<long, int>("f"));
        Assert.Throws<ArgumentException>(() => instance.GetAction<int>("f"));
        Assert.Throws<System.Collections.Generic.KeyNotFoundException>(() => instance.GetFunction<int, int>("g"));
        Assert.Equal(5, instance.GetFunction<int, int>("f").Invoke(5));
    }
}
