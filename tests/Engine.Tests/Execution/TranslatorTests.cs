using WitSharp.Engine.Tests.Embedding;

namespace WitSharp.Engine.Tests.Execution;

/// <summary>
/// The translator's shortcuts (locals and constants read in place, results retargeted into local.set, compare+branch
/// fusion, saved if-parameters, br_table stubs) must not change what a program computes.
/// </summary>
public sealed class TranslatorTests
{
    private const string Module = """
        (module
          ;; a pending local.get of local 0 must read the old value after local.set 0
          (func (export "swap_sub") (param i32 i32) (result i32)
            local.get 0
            local.get 1
            local.set 0
            local.get 0
            i32.sub)
          ;; the retargeted result of i32.add lands in local 0 while local 0 is still an operand
          (func (export "accumulate") (param i32 i32) (result i32)
            local.get 0
            local.get 0
            local.get 1
            i32.add
            local.set 0
            local.get 0
            i32.mul)
          (func (export "tee") (param i32) (result i32) (local i32)
            (local.set 1 (i32.add (local.tee 0 (i32.const 5)) (local.get 0)))
            (i32.add (local.get 1) (local.get 0)))
          ;; the then-branch overwrites the parameter slot; the else-branch must see the original
          (func (export "if_params") (param i32 i32) (result i32)
            local.get 0
            local.get 1
            if (param i32) (result i32)
              i32.const 100
              i32.add
            else
              i32.const 1000
              i32.sub
            end)
          ;; br_table carrying a value to labels at different heights (1000, 10, 100 stay below)
          (func (export "table") (param i32) (result i32)
            (i32.add (i32.const 1000)
              (block $a (result i32)
                (i32.add (i32.const 10)
                  (block $b (result i32)
                    (i32.add (i32.const 100)
                      (block $c (result i32)
                        (br_table $c $b $a (i32.const 7) (local.get 0)))))))))
          (func (export "count_lt") (param i32) (result i32) (local i32)
            (block $done
              (loop $l
                (br_if $done (i32.ge_u (local.get 1) (local.get 0)))
                (local.set 1 (i32.add (local.get 1) (i32.const 1)))
                (br $l)))
            (local.get 1))
          (func (export "sign") (param i32) (result i32)
            (if (result i32) (i32.lt_s (local.get 0) (i32.const 0))
              (then (i32.const -1))
              (else (if (result i32) (i32.eqz (local.get 0)) (then (i32.const 0)) (else (i32.const 1))))))
          (func (export "pair") (param i32 i32) (result i32 i32)
            (block (result i32 i32) (local.get 1) (local.get 0)))
          (func (export "keep_below") (param i32) (result i32)
            (i32.const 40)
            (block (result i32)
              (i32.const 2)
              (br_if 0 (local.get 0))
              (drop)
              (i32.const 3))
            (i32.add))
          (func (export "select_locals") (param i32 i32 i32) (result i32)
            (select (local.get 0) (local.get 1) (local.get 2))))
        """;

    [SkippableTheory]
    [InlineData("swap_sub", 10, 3, 7)]
    [InlineData("accumulate", 4, 5, 36)]
    [InlineData("if_params", 5, 1, 105)]
    [InlineData("if_params", 5, 0, -995)]
    public void TwoArgumentFunctionsCompute(string name, int a, int b, int expected)
    {
        WasmInstance instance = Wat.Instantiate(Module);
        Assert.Equal(expected, instance.GetFunction<int, int, int>(name).Invoke(a, b));
    }

    [SkippableTheory]
    [InlineData(1, 8)]
    [InlineData(0, 9)]
    public void SelectReadsLocalsInPlace(int condition, int expected)
    {
        WasmInstance instance = Wat.Instantiate(Module);
        Assert.Equal(expected, instance.GetFunction<int, int, int, int>("select_locals").Invoke(8, 9, condition));
    }

    [SkippableTheory]
    [InlineData("tee", 0, 15)]
    [InlineData("table", 0, 1117)]
    [InlineData("table", 1, 1017)]
    [InlineData("table", 2, 1007)]
    [InlineData("table", 99, 1007)]
    [InlineData("count_lt", 17, 17)]
    [InlineData("count_lt", 0, 0)]
    [InlineData("sign", -5, -1)]
    [InlineData("sign", 0, 0)]
    [InlineData("sign", 9, 1)]
    [InlineData("keep_below", 1, 42)]
    [InlineData("keep_below", 0, 43)]
    public void OneArgumentFunctionsCompute(string name, int argument, int expected)
    {
        WasmInstance instance = Wat.Instantiate(Module);
        Assert.Equal(expected, instance.GetFunction<int, int>(name).Invoke(argument));
    }

    [SkippableFact]
    public void MultipleResultsComeBackInOrder()
    {
        WasmInstance instance = Wat.Instantiate(Module);
        WasmValue[] results = instance.GetFunction("pair")!.Invoke(WasmValue.I32(1), WasmValue.I32(2));
        Assert.Equal(new[] { 2, 1 }, new[] { results[0].AsI32(), results[1].AsI32() });
    }
}
