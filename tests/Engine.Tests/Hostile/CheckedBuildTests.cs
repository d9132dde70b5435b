using System;
using WitSharp.Engine.Execution;
using WitSharp.Engine.Tests.Binary;

namespace WitSharp.Engine.Tests.Hostile;

/// <summary>
/// The Checked build (<c>-p:WitSharpChecked=true</c>) really checks: CI runs the spec suite and these tests in
/// it, and there an interpreter access outside its array throws <see cref="CheckedAccessException"/>.
/// </summary>
public sealed class CheckedBuildTests
{
    [Fact]
    public void TheEngineWasBuiltAsTheTestsWere()
    {
#if WITSHARP_CHECKED
        Assert.True(CheckedAccess.Enabled, "tests built checked, engine not");
#else
        Assert.False(CheckedAccess.Enabled, "engine built checked, tests not");
#endif
    }

#if WITSHARP_CHECKED
    // (func (export "f") (param i32) (result i32) local.get 0)
    private static WasmFunction Identity(out WasmStore store)
    {
        byte[] bytes = new ModuleBytes()
            .Section(1, 0x01, 0x60, 0x01, 0x7F, 0x01, 0x7F)
            .Section(3, 0x01, 0x00)
            .Section(7, ModuleBytes.Concat(new byte[] { 0x01 }, ModuleBytes.Name("f"), new byte[] { 0x00, 0x00 }))
            .Section(10, 0x01, 0x04, 0x00, 0x20, 0x00, 0x0B)
            .ToArray();
        var engine = new WasmEngine();
        store = new WasmStore(engine);
        return new WasmLinker(engine).Instantiate(store, engine.LoadModule(bytes)).GetFunction("f")!;
    }

    [Theory]
    [InlineData(1000, "slot 1000 outside the frame of 2 slots")]      // inside the value stack: the normal build would read it silently
    [InlineData(1 << 24, "slot 16777216 outside the frame of 2 slots")] // far outside: the normal build would fault
    [InlineData(-1, "slot -1 outside the frame")]
    public void ASlotOutsideTheFrameThrowsInsteadOfBeingRead(int slot, string expected)
    {
        WasmFunction f = Identity(out _);
        // Installed behind the translation verifier's back, as a translator bug would produce it.
        f.Compiled = new CompiledFunction(new[] { (int)Op.Copy, 0, slot, (int)Op.Return }, Array.Empty<ulong>(), 1, 1, 1, 1, frameSize: 2);
        Exception e = Assert.ThrowsAny<Exception>(() => f.Invoke(WasmValue.I32(7)));
        CheckedAccessException inner = Assert.IsType<CheckedAccessException>(e is CheckedAccessException ? e : e.InnerException);
        Assert.Contains(expected, inner.Message);
    }

    [Fact]
    public void CodeRunningOffItsEndThrows()
    {
        WasmFunction f = Identity(out _);
        f.Compiled = new CompiledFunction(new[] { (int)Op.Copy, 0, 0 }, Array.Empty<ulong>(), 1, 1, 1, 1, frameSize: 2);
        Exception e = Assert.ThrowsAny<Exception>(() => f.Invoke(WasmValue.I32(7)));
        CheckedAccessException inner = Assert.IsType<CheckedAccessException>(e is CheckedAccessException ? e : e.InnerException);
        Assert.Contains("code word 3 outside the code of 3 words", inner.Message);
    }

    [Fact]
    public void MemoryAndFrameChecks()
    {
        Assert.Throws<CheckedAccessException>(() => CheckedAccess.Memory(new byte[16], 13, 4));
        CheckedAccess.Memory(new byte[16], 12, 4);
        Assert.Throws<CheckedAccessException>(() => CheckedAccess.Frame(new ulong[8], 6, 3));
        CheckedAccess.Frame(new ulong[8], 6, 2);
    }
#endif
}
