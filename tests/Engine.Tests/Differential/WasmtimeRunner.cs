using System;
using System.Linq;
using Wasmtime;
using WitSharp.Engine.Model;

namespace WitSharp.Engine.Tests.Differential;

/// <summary>Runs a generated module on Wasmtime (the NuGet package's native library) and records its <see cref="Outcome"/>.</summary>
internal sealed class WasmtimeRunner : IDisposable
{
    private readonly Wasmtime.Engine _engine;

    public WasmtimeRunner()
    {
        // These modules are small and run once: compile unoptimised on the calling thread (the test already uses every
        // core), and reserve only what the generator's memories can reach instead of the default 4 GiB per memory.
        // Measured on 500 modules: 4.7 s of CPU with the defaults, 3.4 s so. Without guard pages Wasmtime also checks
        // bounds explicitly, a second code path to compare against.
        using var config = new Config()
            .WithOptimizationLevel(OptimizationLevel.None)
            .WithParallelCompilation(false)
            .WithStaticMemoryMaximumSize(1 << 20)
            .WithMemoryReservationForGrowth(1 << 20)
            .WithMemoryGuardSize(0)
            .WithMemoryInitCopyOnWrite(false);
        _engine = new Wasmtime.Engine(config);
    }

    public Outcome Run(byte[] bytes, ModuleShape shape)
    {
        var outcome = new Outcome();
        Module module;
        try
        {
            module = Module.FromBytes(_engine, "generated", bytes);
        }
        catch (WasmtimeException e)
        {
            outcome.Add("invalid: " + e.Message);
            return outcome;
        }
        using (module)
        using (var store = new Store(_engine))
        {
            outcome.Add("valid");
            Instance instance;
            try
            {
                instance = new Instance(store, module, HostImports(store, shape));
            }
            catch (TrapException e)
            {
                outcome.Add("instantiate: trap " + TrapName(e.Type));
                return outcome;
            }
            outcome.Add("instantiated");
            Global budget = instance.GetGlobal(ModuleShape.BudgetExport)!;
            foreach (ExportCall call in shape.Calls)
            {
                budget.SetValue(ModuleGenerator.CallBudget);
                var arguments = call.Signature.Parameters.Select((t, i) => Box(t, call.Arguments[i])).ToArray();
                try
                {
                    object? result = instance.GetFunction(call.Export)!.Invoke(arguments);
                    object?[] results = call.Signature.Results.Length switch
                    {
                        0 => Array.Empty<object?>(),
                        1 => new[] { result },
                        _ => (object?[])result!,
                    };
                    outcome.Add(call.Export + " -> " + string.Join(" ", call.Signature.Results.Select((t, i) => Format(t, results[i]))));
                }
                catch (TrapException e)
                {
                    outcome.Add(call.Export + " -> trap " + TrapName(e.Type));
                }
                outcome.Add("  observed " + Format(ValType.I64, instance.GetGlobal(ModuleShape.GlobalExport(ModuleShape.AccumulatorGlobal))!.GetValue()));
            }
            if (shape.Memory.HasValue)
            {
                Memory memory = instance.GetMemory(ModuleShape.MemoryExport)!;
                outcome.Add($"memory: {memory.GetSize()} pages, hash {Outcome.MemoryHash(memory.GetSpan(0, checked((int)memory.GetLength())))}");
            }
            for (int g = 0; g < shape.Globals.Count; g++)
            {
                outcome.Add($"global {g}: {Format(shape.Globals[g].Type, instance.GetGlobal(ModuleShape.GlobalExport(g))!.GetValue())}");
            }
            for (int t = 0; t < shape.Tables.Count; t++)
            {
                Table table = instance.GetTable(ModuleShape.TableExport(t))!;
                ulong size = table.GetSize();
                var elements = Enumerable.Range(0, (int)size).Select(i => IsNull(table.GetElement((uint)i)) ? '0' : '1');
                outcome.Add($"table {t}: {size} [{new string(elements.ToArray())}]");
            }
        }
        return outcome;
    }

    private static object[] HostImports(Store store, ModuleShape shape)
    {
        var imports = new object[shape.ImportedFunctionTypes.Count];
        for (int i = 0; i < imports.Length; i++)
        {
            int import = i;
            Signature s = shape.FunctionSignature(i);
            imports[i] = Function.FromCallback(store, (Caller _, ReadOnlySpan<ValueBox> arguments, Span<ValueBox> results) =>
            {
                Span<ulong> argumentBits = stackalloc ulong[arguments.Length];
                for (int a = 0; a < arguments.Length; a++) argumentBits[a] = Unbox(s.Parameters[a], arguments[a]);
                Span<ulong> resultBits = stackalloc ulong[results.Length];
                HostFunctions.Compute(import, s, argumentBits, resultBits);
                for (int r = 0; r < results.Length; r++) results[r] = Box(s.Results[r], resultBits[r]);
            }, s.Parameters.Select(Kind).ToArray(), s.Results.Select(Kind).ToArray());
        }
        return imports;
    }

    private static ValueKind Kind(ValType type) => type switch
    {
        ValType.I32 => ValueKind.Int32,
        ValType.I64 => ValueKind.Int64,
        ValType.F32 => ValueKind.Float32,
        ValType.F64 => ValueKind.Float64,
        ValType.FuncRef => ValueKind.FuncRef,
        _ => ValueKind.ExternRef,
    };

    private static ulong Unbox(ValType type, ValueBox value) => type switch
    {
        ValType.I32 => (uint)value.AsInt32(),
        ValType.I64 => (ulong)value.AsInt64(),
        ValType.F32 => BitConverter.SingleToUInt32Bits(value.AsSingle()),
        _ => BitConverter.DoubleToUInt64Bits(value.AsDouble()),
    };

    private static ValueBox Box(ValType type, ulong bits) => type switch
    {
        ValType.I32 => (ValueBox)(int)(uint)bits,
        ValType.I64 => (ValueBox)(long)bits,
        ValType.F32 => (ValueBox)BitConverter.UInt32BitsToSingle((uint)bits),
        _ => (ValueBox)BitConverter.UInt64BitsToDouble(bits),
    };

    private static string Format(ValType type, object? value) => type switch
    {
        ValType.I32 => Outcome.Value(type, (uint)(int)value!),
        ValType.I64 => Outcome.Value(type, (ulong)(long)value!),
        ValType.F32 => Outcome.Value(type, BitConverter.SingleToUInt32Bits((float)value!)),
        ValType.F64 => Outcome.Value(type, BitConverter.DoubleToUInt64Bits((double)value!)),
        _ => Outcome.Reference(type, IsNull(value)),
    };

    private static bool IsNull(object? reference) => reference is null || (reference is Function f && f.IsNull);

    /// <summary>Wasmtime's trap codes by the names our <see cref="WasmTrapException.Describe"/> gives the same traps.</summary>
    private static string TrapName(TrapCode code) => code switch
    {
        TrapCode.Unreachable => WasmTrapException.Describe(TrapKind.Unreachable),
        TrapCode.MemoryOutOfBounds => WasmTrapException.Describe(TrapKind.MemoryOutOfBounds),
        TrapCode.IntegerDivisionByZero => WasmTrapException.Describe(TrapKind.IntegerDivideByZero),
        TrapCode.IntegerOverflow => WasmTrapException.Describe(TrapKind.IntegerOverflow),
        TrapCode.BadConversionToInteger => WasmTrapException.Describe(TrapKind.InvalidConversionToInteger),
        TrapCode.BadSignature => WasmTrapException.Describe(TrapKind.IndirectCallTypeMismatch),
        TrapCode.IndirectCallToNull => WasmTrapException.Describe(TrapKind.UninitializedElement),
        TrapCode.TableOutOfBounds => WasmTrapException.Describe(TrapKind.TableOutOfBounds),
        TrapCode.StackOverflow => WasmTrapException.Describe(TrapKind.CallStackExhausted),
        TrapCode.OutOfFuel => WasmTrapException.Describe(TrapKind.OutOfFuel),
        TrapCode.Interrupt => WasmTrapException.Describe(TrapKind.Interrupted),
        _ => "wasmtime " + code,
    };

    public void Dispose()
    {
        _engine.Dispose();
    }
}
