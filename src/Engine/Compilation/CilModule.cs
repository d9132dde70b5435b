using System;
using System.Collections.Generic;
using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;
using System.Threading;
using WitSharp.Engine.Execution;
using WitSharp.Engine.Model;

namespace WitSharp.Engine.Compilation;

/// <summary>
/// The CIL tier of one module: compiles batches of its functions to <see cref="DynamicMethod"/>s (collected with the
/// module: nothing outlives it but what the GC can reclaim) and installs each as the function's
/// <see cref="CompiledFunction.Native"/> code, which the interpreter calls for it from then on. Within a batch, and to
/// functions compiled before, calls are direct CIL calls; others go through <see cref="CilRuntime.Call"/>.
/// In <see cref="CompilationMode.Tiered"/> mode <see cref="Sample"/> decides what is hot.
/// </summary>
internal sealed class CilModule
{
    /// <summary>Samples (budget refills spent in a function) that make it hot: tens of thousands of calls or loop iterations.</summary>
    internal const int HotSamples = 2;

    /// <summary>How many not-yet-compiled callees a hot function takes into its batch, so the calls in a hot path are direct.</summary>
    private const int MaxBatchFunctions = 64;

    private readonly WasmModule _module;
    private readonly DynamicMethod?[] _methods;
    private readonly int[] _samples;
    private readonly int[] _calls;
    private readonly object _gate = new();
    // HotSamples and HotCalls, or 1 and 1 under WasmEngineOptions.StressPollInterval.
    private readonly int _hotSamples, _hotCalls;

    public CilModule(WasmModule module, bool stress = false)
    {
        _module = module;
        _hotSamples = stress ? 1 : HotSamples;
        _hotCalls = stress ? 1 : HotCalls;
        int defined = module.Definition.Functions.Length;
        _methods = new DynamicMethod?[defined];
        _samples = new int[defined];
        _calls = new int[defined];
    }

    /// <summary>
    /// Whether a module loaded in <paramref name="mode"/> gets a CIL tier: never where the runtime cannot run code it
    /// emits (<see cref="RuntimeFeature.IsDynamicCodeSupported"/> is false under NativeAOT), where the interpreter
    /// runs alone, without an error.
    /// </summary>
    public static bool Enabled(CompilationMode mode, bool dynamicCodeSupported) => mode != CompilationMode.Interpreter && dynamicCodeSupported;

    /// <summary>Functions compiled so far.</summary>
    public int CompiledCount { get; private set; }

    /// <summary>Compiles every function of the module in one batch.</summary>
    public void CompileAll()
    {
        int imported = _module.Definition.ImportedFunctionCount;
        var all = new List<int>(_methods.Length);
        for (int i = 0; i < _methods.Length; i++) all.Add(imported + i);
        Compile(all);
    }

    /// <summary>
    /// Called when the interpreter refills the work budget while <paramref name="function"/> runs (or is being called):
    /// after <see cref="HotSamples"/> such samples the function is compiled, with the callees it calls directly.
    /// </summary>
    public void Sample(WasmFunction function)
    {
        int defined = function.Index - _module.Definition.ImportedFunctionCount;
        if (defined < 0 || _methods[defined] != null) return;
        if (Interlocked.Increment(ref _samples[defined]) < _hotSamples) return;
        Compile(CallClosure(function.Index));
    }

    /// <summary>Calls from compiled code into an interpreted function that make it hot (sampling misses short callees).</summary>
    internal const int HotCalls = 4096;

    /// <summary>
    /// Counts a call from compiled code to the interpreted <paramref name="function"/> (a <c>call_indirect</c> target,
    /// or a function compiled after its caller): budget refills sample the frames below them, never such a callee, so
    /// without this count a compiled loop calling it would keep interpreting it. A lost update only delays compiling.
    /// </summary>
    public void CountCall(WasmFunction function)
    {
        int defined = function.Index - _module.Definition.ImportedFunctionCount;
        if (defined < 0 || _methods[defined] != null) return;
        if (++_calls[defined] == _hotCalls) Compile(CallClosure(function.Index));
    }

    /// <summary>The function and the not-yet-compiled functions it reaches by direct calls, breadth first, up to a cap.</summary>
    private List<int> CallClosure(int functionIndex)
    {
        int imported = _module.Definition.ImportedFunctionCount;
        var batch = new List<int> { functionIndex };
        var seen = new HashSet<int> { functionIndex };
        for (int next = 0; next < batch.Count && batch.Count < MaxBatchFunctions; next++)
        {
            int[] code = _module.GetCompiled(batch[next]).Code;
            for (int pc = 0; pc < code.Length; pc += FunctionCompiler.Width(code, pc))
            {
                if ((Op)code[pc] != Op.Call) continue;
                int callee = code[pc + 1];
                if (callee >= imported && _methods[callee - imported] is null && seen.Add(callee) && batch.Count < MaxBatchFunctions) batch.Add(callee);
            }
        }
        return batch;
    }

    /// <summary>Compiles the functions of <paramref name="functionIndices"/> that are not compiled yet and that the compiler covers.</summary>
    public void Compile(IReadOnlyList<int> functionIndices)
    {
        lock (_gate)
        {
            int imported = _module.Definition.ImportedFunctionCount;
            var batch = new Dictionary<int, DynamicMethod>();
            var order = new List<(int Index, CompiledFunction Code, DynamicMethod Method, SlotUses Uses)>();
            foreach (int index in functionIndices)
            {
                if (_methods[index - imported] != null || batch.ContainsKey(index)) continue;
                CompiledFunction cf = _module.GetCompiled(index);
                if (!FunctionCompiler.CanCompile(cf)) continue;
                SlotUses uses = SlotUses.Find(_module, index, cf);
                if (uses.LocalCount > FunctionCompiler.MaxFrameSlots) continue;
                (Type returnType, Type[] parameters) = FunctionCompiler.Signature(_module.FunctionTypes[index]);
                var method = new DynamicMethod(MethodName(index), returnType, parameters, typeof(CilModule).Module, skipVisibility: true);
                batch[index] = method;
                order.Add((index, cf, method, uses));
            }
            DynamicMethod? Direct(int callee) =>
                callee < imported ? null : batch.TryGetValue(callee, out DynamicMethod? m) ? m : _methods[callee - imported];
            foreach ((int index, CompiledFunction cf, DynamicMethod method, SlotUses uses) in order)
                FunctionCompiler.Emit(_module, index, cf, method.GetILGenerator(), Direct, uses);
            foreach ((int index, CompiledFunction cf, DynamicMethod method, _) in order)
            {
                cf.Native = EntryPoint(index, method);
                cf.CompiledEntry = method.CreateDelegate(FunctionCompiler.DelegateType(_module.FunctionTypes[index]));
                _methods[index - imported] = method;
            }
            CompiledCount += order.Count;
        }
    }

    private readonly Dictionary<(int Function, int Pc), NativeFunctionCode?> _loopEntries = new();

    /// <summary>Loop entries compiled so far (interpreted activations moved to CIL at a loop header).</summary>
    public int LoopEntryCount { get; private set; }

    /// <summary>
    /// The loop-entry code (on-stack replacement, see <see cref="FunctionCompiler.EmitLoopEntry"/>) for an interpreted
    /// activation of <paramref name="function"/> polling at loop header <paramref name="pc"/>, compiled on first request;
    /// null while the function has no CIL (not hot yet, or not compilable) or when <paramref name="pc"/> is no loop header.
    /// </summary>
    public NativeFunctionCode? LoopEntry(WasmFunction function, int pc)
    {
        int imported = _module.Definition.ImportedFunctionCount;
        int defined = function.Index - imported;
        if (defined < 0 || Volatile.Read(ref _methods[defined]) is null) return null;
        lock (_gate)
        {
            if (_loopEntries.TryGetValue((function.Index, pc), out NativeFunctionCode? known)) return known;
            CompiledFunction cf = _module.GetCompiled(function.Index);
            NativeFunctionCode? entry = null;
            if (FunctionCompiler.IsLoopHeader(cf.Code, pc))
            {
                var method = new DynamicMethod(MethodName(function.Index) + ":loop@" + pc, typeof(void),
                    new[] { typeof(ExecutionStack), typeof(WasmInstance), typeof(int) }, typeof(CilModule).Module, skipVisibility: true);
                FunctionCompiler.EmitLoopEntry(_module, function.Index, cf, method.GetILGenerator(),
                    callee => callee < imported ? null : _methods[callee - imported], pc);
                entry = (NativeFunctionCode)method.CreateDelegate(typeof(NativeFunctionCode));
            }
            _loopEntries[(function.Index, pc)] = entry;
            if (entry != null) LoopEntryCount++;
            return entry;
        }
    }

    private string MethodName(int index) => "wasm:" + (_module.GetFunctionName(index) ?? "func" + index);

    /// <summary>
    /// The <see cref="NativeFunctionCode"/> the interpreter calls: reads the arguments from the value stack at fp (raw
    /// bits, converted to their types), calls the typed method, writes the results back there as bits.
    /// </summary>
    private NativeFunctionCode EntryPoint(int index, DynamicMethod typed)
    {
        FuncType type = _module.FunctionTypes[index];
        var entry = new DynamicMethod(MethodName(index) + ":entry", typeof(void),
            new[] { typeof(ExecutionStack), typeof(WasmInstance), typeof(int) }, typeof(CilModule).Module, skipVisibility: true);
        ILGenerator il = entry.GetILGenerator();
        MethodInfo valuesGetter = FunctionCompiler.ValuesGetter;
        LocalBuilder values = il.DeclareLocal(typeof(ulong[]));
        var results = new LocalBuilder[type.Results.Length];
        for (int i = 0; i < results.Length; i++) results[i] = il.DeclareLocal(SlotTypes.Clr(SlotTypes.Of(type.Results[i])));
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Call, valuesGetter);
        il.Emit(OpCodes.Stloc, values);
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Call, FunctionCompiler.Method(typeof(CilRuntime), nameof(CilRuntime.EnterFromInterpreter)));
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Ldarg_2);
        for (int i = 0; i < type.Parameters.Length; i++)
        {
            LoadValueAddress(il, values, i);
            il.Emit(OpCodes.Ldelem_I8);
            SlotIl.EmitFromBits(il, SlotTypes.Of(type.Parameters[i]));
        }
        for (int i = 1; i < results.Length; i++) il.Emit(OpCodes.Ldloca, results[i]);
        il.Emit(OpCodes.Call, typed);
        if (results.Length > 0) il.Emit(OpCodes.Stloc, results[0]);
        // Back in the interpreter's call: refills in the compiled code were samples of the interpreted caller.
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Call, FunctionCompiler.Method(typeof(CilRuntime), nameof(CilRuntime.SampleIfRefilled)));
        // The call may have grown (moved) the value stack.
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Call, valuesGetter);
        il.Emit(OpCodes.Stloc, values);
        for (int i = 0; i < results.Length; i++)
        {
            LoadValueAddress(il, values, i);
            il.Emit(OpCodes.Ldloc, results[i]);
            SlotIl.EmitToBits(il, SlotTypes.Of(type.Results[i]));
            il.Emit(OpCodes.Stelem_I8);
        }
        il.Emit(OpCodes.Ret);
        return (NativeFunctionCode)entry.CreateDelegate(typeof(NativeFunctionCode));
    }

    /// <summary>Pushes the value stack and the index fp + i.</summary>
    private static void LoadValueAddress(ILGenerator il, LocalBuilder values, int i)
    {
        il.Emit(OpCodes.Ldloc, values);
        il.Emit(OpCodes.Ldarg_2);
        il.Emit(OpCodes.Ldc_I4, i);
        il.Emit(OpCodes.Add);
    }
}
