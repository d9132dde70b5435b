using System;
using System.Collections.Generic;
using System.Linq;
using Wasmtime;
using Wasmtime.Components;
using WitSharp.Components.Corpus.Tests.Traces;
using WitSharp.Components.Corpus.Tests.Values;
using WitSharp.Runtime;

namespace WitSharp.Components.Corpus.Tests.Reference;

/// <summary>
/// Runs a corpus component on Wasmtime.Components 50.0.1, the reference: each import is a recording host function
/// (<see cref="CorpusHost"/>), and every planned call goes to one instance, producing a <see cref="CallTrace"/>.
/// </summary>
public static class WasmtimeHarness
{
    private static readonly Lazy<global::Wasmtime.Engine> s_engine = new(() => new global::Wasmtime.Engine());

    /// <summary>Whether Wasmtime's native library loads here, and why not.</summary>
    public static bool IsAvailable(out string reason)
    {
        try
        {
            _ = s_engine.Value;
            reason = "";
            return true;
        }
        catch (Exception e) when (e is DllNotFoundException or TypeInitializationException or BadImageFormatException)
        {
            reason = "Wasmtime's native library could not be loaded: " + e.Message;
            return false;
        }
    }

    /// <summary>The trace of <paramref name="calls"/> on one Wasmtime instance of <paramref name="bytes"/>.</summary>
    public static CallTrace Run(byte[] bytes, CorpusWorld world, IReadOnlyList<PlannedCall> calls)
    {
        var trace = new CallTrace();
        Component component;
        try
        {
            component = Component.FromBytes(s_engine.Value, bytes);
        }
        catch (WasmtimeException e)
        {
            trace.InstantiationFailed("load: " + e.Message);
            return trace;
        }
        using var disposeComponent = component;
        using var linker = new ComponentLinker(s_engine.Value);
        DefineImports(linker, world, trace);
        using var store = new Store(s_engine.Value);
        ComponentInstance instance;
        try
        {
            instance = linker.Instantiate(store, component);
        }
        catch (WasmtimeException e)
        {
            trace.InstantiationFailed(e.Message);
            return trace;
        }
        foreach (PlannedCall call in calls)
        {
            trace.Call(call.Function, call.Arguments);
            ComponentFunction function = (call.Function.Interface is null
                ? instance.GetFunction(call.Function.Name)
                : instance.GetFunction(call.Function.Interface, call.Function.Name))
                ?? throw new InvalidOperationException($"Wasmtime finds no export {call.Function.Key}");
            ComponentValue[] arguments = call.Arguments.Select((a, i) => WasmtimeValues.ToWasmtime(a, call.Function.Parameters[i])).ToArray();
            try
            {
                ComponentValue? result = function.Call(arguments);
                trace.Result(call.Function, result is null || call.Function.Result is null ? null : WasmtimeValues.FromWasmtime(result, call.Function.Result));
            }
            catch (WasmtimeException e)
            {
                trace.Trap(e.Message);
            }
        }
        return trace;
    }

    private static void DefineImports(ComponentLinker linker, CorpusWorld world, CallTrace trace)
    {
        using ComponentLinkerInstance root = linker.Root();
        foreach (IGrouping<string?, WorldFunction> group in world.Imports.GroupBy(f => f.Interface))
        {
            if (group.Key is null)
            {
                foreach (WorldFunction import in group) root.DefineFunction(import.Name, Recorder(import, trace));
            }
            else
            {
                using ComponentLinkerInstance iface = root.AddInstance(group.Key);
                foreach (WorldFunction import in group) iface.DefineFunction(import.Name, Recorder(import, trace));
            }
        }
    }

    private static ComponentFunctionCallback Recorder(WorldFunction import, CallTrace trace) => (arguments, results) =>
    {
        var values = new WitValue[import.Parameters.Count];
        for (int i = 0; i < values.Length; i++) values[i] = WasmtimeValues.FromWasmtime(arguments[i], import.Parameters[i]);
        WitValue? result = CorpusHost.Call(trace, import, values);
        if (import.Result is CanonicalType type) results[0] = WasmtimeValues.ToWasmtime(result!, type);
    };
}
