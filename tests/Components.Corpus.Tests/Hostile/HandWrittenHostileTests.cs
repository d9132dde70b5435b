using System;
using Wasmtime;
using WitSharp.Components.Corpus.Tests.Ours;
using WitSharp.Components.Corpus.Tests.Traces;
using WitSharp.Components.Corpus.Tests.Values;
using WitSharp.Components.Validation;
using WitSharp.Engine;
using WitSharp.Engine.Components;
using WitSharp.Runtime;
using WitSharp.Engine.Components.Engines;
using WitSharp.Testing;
using Xunit.Abstractions;

namespace WitSharp.Components.Corpus.Tests.Hostile;

/// <summary>
/// Issue #11's hand-written hostile components (tests/corpus/components/hostile): each breaks one rule and must trap,
/// or be rejected, with a message that names the problem; the trap poisons only its own instance, and the same engine
/// and linker go on to run a fresh instance. Wasmtime 50.0.1 must refuse the same thing.
/// </summary>
public sealed class HandWrittenHostileTests
{
    private readonly ITestOutputHelper _output;

    public HandWrittenHostileTests(ITestOutputHelper output) => _output = output;

    [SkippableTheory]
    [EachEngine("hostile-values", "bad-utf8", "utf-8")]
    [EachEngine("hostile-values", "bad-discriminant", "discriminant")]
    [EachEngine("hostile-values", "forged-handle", "handle")]
    [EachEngine("hostile-values", "own-dropped-twice", "handle")]
    [EachEngine("hostile-realloc-bounds", "take-string", "bounds")]
    [EachEngine("hostile-realloc-alignment", "take-list", "align")]
    public void HostileCallTrapsClearlyAndTheHostKeepsWorking(string engine, string name, string export, string keyword)
    {
        CorpusComponent entry = ComponentCorpus.Get(name);
        byte[] bytes = ComponentCorpus.RequireBytes(name);
        CorpusWorld world = CorpusWorld.Load(entry);
        WorldFunction function = world.Export(export);
        WitValue[] arguments = function.Parameters.Count == 0 ? Array.Empty<WitValue>() : JsonValueReader.ReadArguments(entry.Calls[1].Arguments, function.Parameters);

        CoreEngine core = TestEngines.Create(engine);
        Component component = Component.FromBytes(core, bytes);
        var linker = new ComponentLinker(core);
        using (ComponentInstance instance = linker.Instantiate(component))
        {
            Assert.Equal(7UL, instance.GetFunction("good")!.Invoke()!.Bits);
            Exception trap = Assert.ThrowsAny<Exception>(() => instance.GetFunction(export)!.Invoke(arguments));
            _output.WriteLine($"WitSharp: {trap.GetType().Name}: {trap.Message}");
            Assert.True(WitSharpHarness.IsTrap(trap), $"{trap.GetType().Name} is not a trap: {trap}");
            Assert.Contains(keyword, trap.Message, StringComparison.OrdinalIgnoreCase);
            // The trap poisoned this instance: it refuses to be entered again, and says so.
            Exception again = Assert.ThrowsAny<Exception>(() => instance.GetFunction("good")!.Invoke());
            Assert.True(WitSharpHarness.IsTrap(again), again.ToString());
        }
        // The host is intact: the same engine, linker and component make a fresh instance that works.
        using (ComponentInstance fresh = linker.Instantiate(component))
        {
            Assert.Equal(7UL, fresh.GetFunction("good")!.Invoke()!.Bits);
        }

        Skip.IfNot(Reference.WasmtimeHarness.IsAvailable(out string why), why);
        var calls = new[] { new PlannedCall(function, arguments) };
        CallTrace theirs = Reference.WasmtimeHarness.Run(bytes, world, calls);
        _output.WriteLine($"Wasmtime: {string.Join(" | ", theirs.TrapMessages)}");
        Assert.Contains("  trap", theirs.Lines);
    }

    [SkippableTheory, EachEngine]
    public void CanonicalOptionsNamingAMissingMemoryAreRejected(string engine)
    {
        byte[] bytes = ComponentCorpus.RequireBytes("hostile-wrong-memory");
        CoreEngine core = TestEngines.Create(engine);
        var rejected = Assert.Throws<ComponentValidationException>(() => Component.FromBytes(core, bytes));
        _output.WriteLine($"WitSharp: {rejected.Message}");
        Assert.Contains("memory", rejected.Message, StringComparison.OrdinalIgnoreCase);

        // The engine goes on loading and running good components.
        Component calc = Component.FromBytes(core, ComponentCorpus.RequireBytes("nested"));
        using ComponentInstance instance = new ComponentLinker(core).Instantiate(calc);
        Assert.Equal(42UL, instance.GetFunction("add")!.Invoke(WitValue.Unsigned(40), WitValue.Unsigned(2))!.Bits);

        Skip.IfNot(Reference.WasmtimeHarness.IsAvailable(out string why), why);
        var theirs = Assert.Throws<WasmtimeException>(() => global::Wasmtime.Components.Component.FromBytes(new global::Wasmtime.Engine(), bytes));
        _output.WriteLine($"Wasmtime: {theirs.Message}");
    }

    [SkippableTheory, EachEngine]
    public void ABorrowDroppedTwiceTrapsAndTheHostsResourcesStayIntact(string engine)
    {
        CorpusComponent entry = ComponentCorpus.Get("host-resources");
        byte[] bytes = ComponentCorpus.RequireBytes("host-resources");
        CorpusWorld world = CorpusWorld.Load(entry);
        CoreEngine core = TestEngines.Create(engine);
        Component component = Component.FromBytes(core, bytes);
        var trace = new CallTrace();
        var linker = new ComponentLinker(core);
        BlobHost blobs = CorpusLinker.DefineImports(linker, world, trace);
        using (ComponentInstance instance = linker.Instantiate(component))
        {
            // blob-demo leaves no blob behind; then the host lends one of its own to the hostile export.
            Assert.Equal(8UL, instance.GetFunction("blob-demo")!.Invoke(WitValue.Unsigned(3))!.Bits);
            Assert.Empty(blobs.Live);
            WitValue lent = blobs.Call(world.Imports[0], new[] { WitValue.Sequence(new[] { WitValue.Unsigned(1) }) })!;
            Exception trap = Assert.ThrowsAny<Exception>(() => instance.GetFunction("drop-borrow-twice")!.Invoke(lent));
            _output.WriteLine($"WitSharp: {trap.GetType().Name}: {trap.Message}");
            Assert.True(WitSharpHarness.IsTrap(trap), trap.ToString());
            Assert.Contains("handle", trap.Message, StringComparison.OrdinalIgnoreCase);
            // The host's blob was only borrowed: it is still there, unharmed.
            Assert.Contains((uint)lent.Bits, blobs.Live);
        }
        using (ComponentInstance fresh = linker.Instantiate(component))
        {
            Assert.Equal(2UL, fresh.GetFunction("blob-demo")!.Invoke(WitValue.Unsigned(0))!.Bits);
        }
    }
}
