using System;
using System.Collections.Generic;
using System.Reflection;
using WitSharp.Engine;

namespace WitSharp.Wasmtime.Core;

/// <summary>
/// Turns what Wasmtime reports (an owned trap or error from a call, or the package's exceptions) into the managed
/// engine's exceptions with the same information: a wasm trap is a <see cref="WasmTrapException"/> of the matching
/// <see cref="TrapKind"/> with the managed engine's message; a host function's exception comes back as the managed
/// engine reports it (itself when it is a <see cref="WasmTrapException"/>, else wrapped as <see cref="TrapKind.HostError"/>).
/// </summary>
internal static class TrapMapping
{
    private const BindingFlags Internal = BindingFlags.Static | BindingFlags.NonPublic;

    // The package's own decoders of an owned trap or error (they free it, read its frames and, for an error, pick up
    // the exception a host callback threw). Reached once by reflection; only the slow path of a failed call uses them.
    private static readonly Func<IntPtr, bool, global::Wasmtime.TrapException> s_fromTrap =
        Method<Func<IntPtr, bool, global::Wasmtime.TrapException>>(typeof(global::Wasmtime.TrapException), "FromOwnedTrap");

    private static readonly Func<IntPtr, global::Wasmtime.WasmtimeException> s_fromError =
        Method<Func<IntPtr, global::Wasmtime.WasmtimeException>>(typeof(global::Wasmtime.WasmtimeException), "FromOwnedError");

    /// <summary>The exception for a call that returned <paramref name="error"/> or <paramref name="trap"/> (one is non-zero; both are consumed).</summary>
    public static Exception FromCall(IntPtr error, IntPtr trap)
    {
        if (trap != IntPtr.Zero)
        {
            if (error != IntPtr.Zero) s_fromError(error);
            return FromWasmtime(s_fromTrap(trap, true));
        }
        return FromWasmtime(s_fromError(error));
    }

    /// <summary>The managed engine's exception for one the Wasmtime package threw.</summary>
    public static Exception FromWasmtime(global::Wasmtime.WasmtimeException e)
    {
        IReadOnlyList<WasmStackFrame> frames = Frames(e.Frames);
        if (e is global::Wasmtime.TrapException trap && trap.InnerException is null)
        {
            TrapKind kind = KindOf(trap.Type);
            return new WasmTrapException(kind, kind == TrapKind.HostError ? trap.Message : WasmTrapException.Describe(kind), frames, e);
        }
        return e.InnerException switch
        {
            WasmTrapException inner => inner,
            InsufficientExecutionStackException inner => new WasmTrapException(TrapKind.CallStackExhausted, WasmTrapException.Describe(TrapKind.CallStackExhausted), frames, inner),
            Exception inner => new WasmTrapException(TrapKind.HostError, "host function failed: " + inner.Message, frames, inner),
            null => new WasmTrapException(TrapKind.HostError, "Wasmtime failed: " + FirstLine(e.Message), frames, e),
        };
    }

    /// <summary>Wasmtime's trap codes as the managed engine's kinds; codes of proposals the managed engine lacks keep Wasmtime's message.</summary>
    public static TrapKind KindOf(global::Wasmtime.TrapCode code) => code switch
    {
        global::Wasmtime.TrapCode.StackOverflow => TrapKind.CallStackExhausted,
        global::Wasmtime.TrapCode.MemoryOutOfBounds or global::Wasmtime.TrapCode.HeapMisaligned => TrapKind.MemoryOutOfBounds,
        global::Wasmtime.TrapCode.TableOutOfBounds => TrapKind.TableOutOfBounds,
        global::Wasmtime.TrapCode.IndirectCallToNull => TrapKind.UninitializedElement,
        global::Wasmtime.TrapCode.BadSignature => TrapKind.IndirectCallTypeMismatch,
        global::Wasmtime.TrapCode.IntegerOverflow => TrapKind.IntegerOverflow,
        global::Wasmtime.TrapCode.IntegerDivisionByZero => TrapKind.IntegerDivideByZero,
        global::Wasmtime.TrapCode.BadConversionToInteger => TrapKind.InvalidConversionToInteger,
        global::Wasmtime.TrapCode.Unreachable => TrapKind.Unreachable,
        global::Wasmtime.TrapCode.Interrupt => TrapKind.Interrupted,
        global::Wasmtime.TrapCode.OutOfFuel => TrapKind.OutOfFuel,
        _ => TrapKind.HostError,
    };

    private static IReadOnlyList<WasmStackFrame> Frames(IReadOnlyList<global::Wasmtime.TrapFrame>? frames)
    {
        if (frames is null || frames.Count == 0) return Array.Empty<WasmStackFrame>();
        var result = new WasmStackFrame[frames.Count];
        // Wasmtime's frames give offsets and names, not function indices: -1 marks the index unknown.
        for (int i = 0; i < result.Length; i++) result[i] = new WasmStackFrame(-1, frames[i].FunctionName, frames[i].ModuleName);
        return result;
    }

    private static string FirstLine(string text)
    {
        int end = text.IndexOf('\n');
        return end < 0 ? text : text[..end];
    }

    private static T Method<T>(Type type, string name) where T : Delegate
    {
        MethodInfo? method = type.GetMethod(name, Internal);
        try
        {
            return method?.CreateDelegate<T>() ?? throw new MissingMethodException(type.Name, name);
        }
        catch (ArgumentException e)
        {
            throw new NotSupportedException($"this Wasmtime package's {type.Name}.{name} has another shape; WitSharp.Wasmtime needs Wasmtime 50.0.1", e);
        }
        catch (MissingMethodException e)
        {
            throw new NotSupportedException($"this Wasmtime package has no {type.Name}.{name}; WitSharp.Wasmtime needs Wasmtime 50.0.1", e);
        }
    }
}
