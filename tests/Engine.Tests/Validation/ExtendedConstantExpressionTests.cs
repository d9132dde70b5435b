using WitSharp.Engine.Tests.Binary;
using WitSharp.Engine.Validation;

namespace WitSharp.Engine.Tests.Validation;

/// <summary>
/// Extended constant expressions (i32/i64 add, sub, mul in initialisers; standard since WebAssembly 3.0): the QuickJS
/// core module that componentize-js builds computes a global's initial value with <c>i32.add</c>, and was rejected.
/// </summary>
public sealed class ExtendedConstantExpressionTests
{
    // A module with one immutable global of type t initialised by init (without its end), and an export "g" returning it.
    private static byte[] GlobalModule(byte valueType, params byte[] init)
    {
        var global = new System.Collections.Generic.List<byte> { 0x01, valueType, 0x00 };
        global.AddRange(init);
        global.Add(0x0B);
        return new ModuleBytes()
            .Section(1, 0x01, 0x60, 0x00, 0x01, valueType)
            .Section(3, 0x01, 0x00)
            .Section(6, global.ToArray())
            .Section(7, 0x01, 0x01, (byte)'g', 0x00, 0x00)
            .Section(10, 0x01, 0x04, 0x00, 0x23, 0x00, 0x0B)
            .ToArray();
    }

    private static WasmValue[] Run(byte[] module)
    {
        var engine = new WasmEngine();
        WasmInstance instance = new WasmLinker(engine).Instantiate(new WasmStore(engine), engine.LoadModule(module));
        return instance.GetFunction("g")!.Invoke();
    }

    [Fact]
    public void I32ArithmeticInAGlobalInitialiserIsEvaluated()
    {
        // (i32.const 40) (i32.const 2) i32.add (i32.const 3) i32.mul (i32.const 7) i32.sub = 119
        WasmValue[] result = Run(GlobalModule(0x7F, 0x41, 0x28, 0x41, 0x02, 0x6A, 0x41, 0x03, 0x6C, 0x41, 0x07, 0x6B));
        Assert.Equal(119, result[0].AsI32());
    }

    [Fact]
    public void I32ArithmeticWrapsAsTheInstructionsDo()
    {
        // (i32.const 0x7fffffff) (i32.const 1) i32.add = i32.min
        WasmValue[] result = Run(GlobalModule(0x7F, 0x41, 0xFF, 0xFF, 0xFF, 0xFF, 0x07, 0x41, 0x01, 0x6A));
        Assert.Equal(int.MinValue, result[0].AsI32());
    }

    [Fact]
    public void I64ArithmeticInAGlobalInitialiserIsEvaluated()
    {
        // (i64.const 10) (i64.const 3) i64.mul (i64.const 5) i64.sub = 25
        WasmValue[] result = Run(GlobalModule(0x7E, 0x42, 0x0A, 0x42, 0x03, 0x7E, 0x42, 0x05, 0x7D));
        Assert.Equal(25L, result[0].AsI64());
    }

    [Fact]
    public void MixedTypesAreATypeMismatch()
    {
        var error = Assert.Throws<WasmValidationException>(() => new WasmEngine().LoadModule(GlobalModule(0x7F, 0x41, 0x01, 0x42, 0x01, 0x6A)));
        Assert.Contains("type mismatch", error.Message);
    }

    [Fact]
    public void OtherInstructionsAreStillNotConstant()
    {
        // i32.ctz is not among the extended constant instructions.
        var error = Assert.Throws<WasmValidationException>(() => new WasmEngine().LoadModule(GlobalModule(0x7F, 0x41, 0x01, 0x68)));
        Assert.Contains("constant expression required", error.Message);
    }
}
