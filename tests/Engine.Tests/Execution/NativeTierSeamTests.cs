using WitSharp.Engine.Execution;
using WitSharp.Engine.Tests.Embedding;

namespace WitSharp.Engine.Tests.Execution;

/// <summary>A faster tier can replace a function's interpreted code behind the same API (the CIL-tier seam).</summary>
public sealed class NativeTierSeamTests
{
    [SkippableFact]
    public void InstalledNativeCodeRunsForHostAndWasmCallers()
    {
        WasmInstance instance = Wat.Instantiate("""
            (module
              (func $square (export "square") (param i32) (result i32) (i32.mul (local.get 0) (local.get 0)))
              (func (export "plus_square") (param i32) (result i32)
                (i32.add (i32.const 1) (call $square (local.get 0)))))
            """);
        var square = instance.GetFunction<int, int>("square");
        var plusSquare = instance.GetFunction<int, int>("plus_square");
        Assert.Equal(49, square.Invoke(7));

        int nativeCalls = 0;
        CompiledFunction compiled = instance.Module.GetCompiled(0);
        compiled.Native = (stack, owner, fp) =>
        {
            nativeCalls++;
            uint x = (uint)stack.Values[fp];
            stack.Values[fp] = x * x * x;
        };
        try
        {
            Assert.Equal(343, square.Invoke(7));
            Assert.Equal(28, plusSquare.Invoke(3));
            Assert.Equal(2, nativeCalls);
        }
        finally
        {
            compiled.Native = null;
        }
        Assert.Equal(10, plusSquare.Invoke(3));
    }
}
