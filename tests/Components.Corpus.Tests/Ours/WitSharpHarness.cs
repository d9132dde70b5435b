using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using WitSharp.Components.Corpus.Tests.Traces;
using WitSharp.Components.Corpus.Tests.Values;
using WitSharp.Engine;
using WitSharp.Engine.Components;
using WitSharp.Engine.Components.Engines;
using WitSharp.Runtime;
using WitSharp.Testing;

namespace WitSharp.Components.Corpus.Tests.Ours;

/// <summary>
/// Runs a corpus component on our runtime (WitSharp.Engine.Components' dynamic API) with the same recording host as
/// <see cref="Reference.WasmtimeHarness"/>, producing a <see cref="CallTrace"/> to compare line by line, on any of
/// <see cref="TestEngines"/>.
/// </summary>
public static class WitSharpHarness
{
    // One engine per name for the whole run, as a host would keep one.
    private static readonly ConcurrentDictionary<string, CoreEngine> s_engines = new();

    /// <summary>The trace of <paramref name="calls"/> on one instance of <paramref name="bytes"/>, on the managed engine.</summary>
    public static CallTrace Run(byte[] bytes, CorpusWorld world, IReadOnlyList<PlannedCall> calls) => Run(TestEngines.Managed, bytes, world, calls);

    /// <summary>The trace of <paramref name="calls"/> on one instance of <paramref name="bytes"/>, on engine <paramref name="engine"/>.</summary>
    public static CallTrace Run(string engine, byte[] bytes, CorpusWorld world, IReadOnlyList<PlannedCall> calls)
    {
        CoreEngine core = s_engines.GetOrAdd(engine, name => TestEngines.Create(name));
        var trace = new CallTrace();
        Component component;
        try
        {
            component = Component.FromBytes(core, bytes);
        }
        catch (Exception e) when (IsRejection(e))
        {
            trace.InstantiationFailed("load: " + e.Message);
            return trace;
        }
        var linker = new ComponentLinker(core);
        CorpusLinker.DefineImports(linker, world, trace);
        ComponentInstance instance;
        try
        {
            instance = linker.Instantiate(component);
        }
        catch (Exception e) when (IsTrap(e))
        {
            trace.InstantiationFailed(e.Message);
            return trace;
        }
        using (instance)
        {
            foreach (PlannedCall call in calls)
            {
                trace.Call(call.Function, call.Arguments);
                ComponentFunction function = (call.Function.Interface is null
                    ? instance.GetFunction(call.Function.Name)
                    : instance.GetFunction(call.Function.Interface, call.Function.Name))
                    ?? throw new InvalidOperationException($"our runtime finds no export {call.Function.Key}");
                try
                {
                    trace.Result(call.Function, function.Invoke(call.Arguments.ToArray()));
                }
                catch (Exception e) when (IsTrap(e))
                {
                    trace.Trap(e.Message);
                }
            }
        }
        return trace;
    }

    /// <summary>True for the documented exceptions of loading a component that is malformed, invalid or unsupported.</summary>
    public static bool IsRejection(Exception e) =>
        e is WasmException or ComponentNotSupportedException
            or WitSharp.Components.Binary.ComponentDecodeException or WitSharp.Components.Validation.ComponentValidationException;

    /// <summary>True for the exceptions a call or instantiation may end with when the guest misbehaves: traps.</summary>
    public static bool IsTrap(Exception e) => e is CanonicalAbiTrapException or WasmTrapException;
}
