using System.Text;

namespace WitSharp.Engine.Tests.Embedding;

/// <summary>
/// What each instance owns of its module's state: instantiation copies the segment list and shares only what can
/// never change (empty arrays of tables, globals and element segments), so one instance's <c>data.drop</c> leaves
/// every other instance of the module as it was.
/// </summary>
public sealed class InstanceStateTests
{
    private const string PassiveData = """
        (module
          (memory (export "memory") 1)
          (data $greeting "hello")
          (func (export "init") (param i32) (memory.init $greeting (local.get 0) (i32.const 0) (i32.const 5)))
          (func (export "drop") (data.drop $greeting)))
        """;

    [SkippableFact]
    public void DroppingAPassiveSegmentInOneInstanceLeavesItInAnother()
    {
        var engine = new WasmEngine();
        WasmModule module = Wat.Load(engine, PassiveData);
        var linker = new WasmLinker(engine);
        var store = new WasmStore(engine);
        WasmInstance first = linker.Instantiate(store, module), second = linker.Instantiate(store, module);

        first.GetAction("drop").Invoke();
        // A dropped segment has length 0: copying 5 bytes of it traps in the instance that dropped it...
        Assert.Throws<WasmTrapException>(() => first.GetAction<int>("init").Invoke(0));
        // ...while the other instance, and one made afterwards, still copy the whole segment.
        second.GetAction<int>("init").Invoke(8);
        Assert.Equal("hello", Encoding.ASCII.GetString(second.GetMemory("memory")!.Span.Slice(8, 5)));
        WasmInstance third = linker.Instantiate(store, module);
        third.GetAction<int>("init").Invoke(0);
        Assert.Equal("hello", Encoding.ASCII.GetString(third.GetMemory("memory")!.Span.Slice(0, 5)));
    }

    [SkippableFact]
    public void AModuleWithoutTablesGlobalsElementsOrImportsInstantiatesAndRunsRepeatedly()
    {
        var engine = new WasmEngine();
        WasmModule module = Wat.Load(engine, """
            (module
              (memory (export "memory") 1)
              (func (export "store") (param i32 i32) (i32.store (local.get 0) (local.get 1)))
              (func (export "load") (param i32) (result i32) (i32.load (local.get 0))))
            """);
        var linker = new WasmLinker(engine);
        var store = new WasmStore(engine);
        for (int i = 0; i < 3; i++)
        {
            WasmInstance instance = linker.Instantiate(store, module);
            // Each has its own zeroed memory: what an earlier instance stored is not seen.
            Assert.Equal(0, instance.GetFunction<int, int>("load").Invoke(64));
            instance.GetAction<int, int>("store").Invoke(64, 1000 + i);
            Assert.Equal(1000 + i, instance.GetFunction<int, int>("load").Invoke(64));
        }
    }
}
