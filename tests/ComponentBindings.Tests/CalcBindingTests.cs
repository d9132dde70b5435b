using System;
using System.Collections.Generic;
using WitSharp.Engine;
using WitSharp.Engine.Components;
using WitSharp.Runtime;
using WitSharp.Engine.Components.Engines;
using WitSharp.Testing;
using Witsharp.Calc.CalcWorld;

namespace WitSharp.ComponentBindings.Tests;

/// <summary>
/// The calc component of issue #11 (a C guest, built by jco from tests/corpus/components/calc) through its generated
/// bindings: one host object registers the imports, the exports are typed methods, and no name is typed by hand.
/// </summary>
public sealed class CalcBindingTests
{
    private sealed class RecordingHost : IImports
    {
        public List<string> Logged { get; } = new();

        public Func<string, Exception?> Fail { get; set; } = _ => null;

        public void Log(string msg)
        {
            Logged.Add(msg);
            if (Fail(msg) is { } e) throw e;
        }
    }

    private static (ComponentLinker Linker, Component Component) Load(string engine, RecordingHost host)
    {
        byte[] bytes = ComponentCorpus.RequireBytes("calc");
        CoreEngine core = TestEngines.Create(engine);
        var linker = new ComponentLinker(core);
        Calc.AddToLinker(linker, host);
        return (linker, Component.FromBytes(core, bytes));
    }

    [SkippableTheory, EachEngine]
    public void Add_and_greet_run_through_the_generated_class_and_greet_calls_the_host_log(string engine)
    {
        var host = new RecordingHost();
        var (linker, component) = Load(engine, host);
        using Calc calc = Calc.Instantiate(linker, component);

        Assert.Equal(3u, calc.Add(1, 2));
        Assert.Equal(1u, calc.Add(uint.MaxValue, 2)); // u32 wraps in the guest
        Assert.Equal(1_111_111_110u, calc.Add(123_456_789, 987_654_321));
        Assert.Equal("Hello, World!", calc.Greet("World"));
        Assert.Equal("Hello, Grüße, 世界 🌍!", calc.Greet("Grüße, 世界 🌍"));
        Assert.Equal("Hello, !", calc.Greet(""));
        Assert.Equal(new[] { "Hello, World!", "Hello, Grüße, 世界 🌍!", "Hello, !" }, host.Logged);
        Assert.False(calc.Instance.HasTrapped);
    }

    [SkippableTheory, EachEngine]
    public void A_prepared_component_instantiates_independent_instances(string engine)
    {
        var host = new RecordingHost();
        var (linker, component) = Load(engine, host);
        ComponentInstancePre pre = linker.Prepare(component);

        using Calc first = Calc.Instantiate(pre);
        using Calc second = Calc.Instantiate(pre);
        Assert.NotSame(first.Instance, second.Instance);
        Assert.Equal("Hello, a!", first.Greet("a"));
        Assert.Equal("Hello, b!", second.Greet("b"));
        Assert.Equal(7u, second.Add(3, 4));
        Assert.Equal(new[] { "Hello, a!", "Hello, b!" }, host.Logged);
    }

    [SkippableTheory, EachEngine]
    public void Without_AddToLinker_instantiation_names_the_missing_import(string engine)
    {
        byte[] bytes = ComponentCorpus.RequireBytes("calc");
        CoreEngine core = TestEngines.Create(engine);
        var component = Component.FromBytes(core, bytes);

        var e = Assert.Throws<ComponentLinkException>(() => Calc.Instantiate(new ComponentLinker(core), component));
        Assert.Contains("log", e.Message);
    }

    [SkippableTheory, EachEngine]
    public void A_throwing_host_traps_the_instance_and_a_new_instance_still_works(string engine)
    {
        var host = new RecordingHost { Fail = msg => msg.Contains("boom") ? new InvalidOperationException("host refused") : null };
        var (linker, component) = Load(engine, host);
        using Calc calc = Calc.Instantiate(linker, component);

        Exception trap = Assert.ThrowsAny<Exception>(() => calc.Greet("boom"));
        Assert.True(trap is WasmTrapException or CanonicalAbiTrapException, trap.ToString());
        Assert.True(calc.Instance.HasTrapped);
        Assert.ThrowsAny<Exception>(() => calc.Add(1, 2)); // poisoned, as the Component Model has no recovery

        using Calc fresh = Calc.Instantiate(linker, component);
        Assert.Equal("Hello, again!", fresh.Greet("again"));
        Assert.Equal(new[] { "Hello, boom!", "Hello, again!" }, host.Logged);
    }

    [SkippableTheory, EachEngine]
    public void Disposing_the_class_disposes_the_instance(string engine)
    {
        var (linker, component) = Load(engine, new RecordingHost());
        Calc calc = Calc.Instantiate(linker, component);
        Assert.Equal(5u, calc.Add(2, 3));
        calc.Dispose();
        Assert.True(calc.Instance.HasTrapped);
        Assert.ThrowsAny<Exception>(() => calc.Add(2, 3));
    }
}
