using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using WitSharp.Engine.Execution;
using WitSharp.Engine.Model;

namespace WitSharp.Engine;

/// <summary>
/// A typed, allocation-free view of an exported function (see <see cref="WasmInstance.GetFunction{T1, TResult}"/>).
/// The signature is checked once, when the view is created; each call writes its arguments straight into the
/// store's value stack.
/// </summary>
public abstract class WasmTypedFunction
{
    private protected WasmTypedFunction(WasmFunction function, ValType[] parameters, ValType[] results, int slots)
    {
        TypedSignature.Check(function, parameters, results);
        Function = function;
        Stack = function.Store.Stack;
        _slots = slots;
    }

    private readonly int _slots;

    private protected readonly ExecutionStack Stack;

    /// <summary>The underlying function.</summary>
    public WasmFunction Function { get; }

    /// <summary>Reserves the call's argument/result slots and returns a reference to the first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private protected ref ulong Enter(out int fp)
    {
        ExecutionStack es = Stack;
        fp = es.Top;
        if (fp + _slots > es.Values.Length) Function.Reserve(es, fp);
        // In bounds: Reserve made room for max(parameters, results) = _slots slots at fp, and callers write only
        // slots 0.._slots-1 of the returned reference (one per parameter).
        CheckedAccess.Frame(es.Values, fp, _slots);
        return ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(es.Values), fp);
    }

    /// <summary>Runs the call whose arguments <see cref="Enter"/> placed; returns the first result slot.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private protected ulong Run(int fp)
    {
        Function.Execute(Stack, fp);
        return Stack.Values[fp];
    }
}

/// <summary>A typed view of a function with 0 parameter(s) and a result.</summary>
public sealed class WasmFunc<TResult> : WasmTypedFunction
{
    internal WasmFunc(WasmFunction function)
        : base(function, new ValType[] {  }, new ValType[] { ValueMarshal<TResult>.Require() }, 1)
    {
    }

    /// <summary>Calls the function.</summary>
    /// <exception cref="WasmTrapException">Execution trapped.</exception>
    public TResult Invoke()
    {
        Enter(out int fp);
        return ValueMarshal<TResult>.FromSlot(Run(fp));
    }
}

/// <summary>A typed view of a function with 1 parameter(s) and a result.</summary>
public sealed class WasmFunc<T1, TResult> : WasmTypedFunction
{
    internal WasmFunc(WasmFunction function)
        : base(function, new ValType[] { ValueMarshal<T1>.Require() }, new ValType[] { ValueMarshal<TResult>.Require() }, 1)
    {
    }

    /// <summary>Calls the function.</summary>
    /// <exception cref="WasmTrapException">Execution trapped.</exception>
    public TResult Invoke(T1 a1)
    {
        ref ulong slots = ref Enter(out int fp);
        Unsafe.Add(ref slots, 0) = ValueMarshal<T1>.ToSlot(a1);
        return ValueMarshal<TResult>.FromSlot(Run(fp));
    }
}

/// <summary>A typed view of a function with 2 parameter(s) and a result.</summary>
public sealed class WasmFunc<T1, T2, TResult> : WasmTypedFunction
{
    internal WasmFunc(WasmFunction function)
        : base(function, new ValType[] { ValueMarshal<T1>.Require(), ValueMarshal<T2>.Require() }, new ValType[] { ValueMarshal<TResult>.Require() }, 2)
    {
    }

    /// <summary>Calls the function.</summary>
    /// <exception cref="WasmTrapException">Execution trapped.</exception>
    public TResult Invoke(T1 a1, T2 a2)
    {
        ref ulong slots = ref Enter(out int fp);
        Unsafe.Add(ref slots, 0) = ValueMarshal<T1>.ToSlot(a1);
        Unsafe.Add(ref slots, 1) = ValueMarshal<T2>.ToSlot(a2);
        return ValueMarshal<TResult>.FromSlot(Run(fp));
    }
}

/// <summary>A typed view of a function with 3 parameter(s) and a result.</summary>
public sealed class WasmFunc<T1, T2, T3, TResult> : WasmTypedFunction
{
    internal WasmFunc(WasmFunction function)
        : base(function, new ValType[] { ValueMarshal<T1>.Require(), ValueMarshal<T2>.Require(), ValueMarshal<T3>.Require() }, new ValType[] { ValueMarshal<TResult>.Require() }, 3)
    {
    }

    /// <summary>Calls the function.</summary>
    /// <exception cref="WasmTrapException">Execution trapped.</exception>
    public TResult Invoke(T1 a1, T2 a2, T3 a3)
    {
        ref ulong slots = ref Enter(out int fp);
        Unsafe.Add(ref slots, 0) = ValueMarshal<T1>.ToSlot(a1);
        Unsafe.Add(ref slots, 1) = ValueMarshal<T2>.ToSlot(a2);
        Unsafe.Add(ref slots, 2) = ValueMarshal<T3>.ToSlot(a3);
        return ValueMarshal<TResult>.FromSlot(Run(fp));
    }
}

/// <summary>A typed view of a function with 4 parameter(s) and a result.</summary>
public sealed class WasmFunc<T1, T2, T3, T4, TResult> : WasmTypedFunction
{
    internal WasmFunc(WasmFunction function)
        : base(function, new ValType[] { ValueMarshal<T1>.Require(), ValueMarshal<T2>.Require(), ValueMarshal<T3>.Require(), ValueMarshal<T4>.Require() }, new ValType[] { ValueMarshal<TResult>.Require() }, 4)
    {
    }

    /// <summary>Calls the function.</summary>
    /// <exception cref="WasmTrapException">Execution trapped.</exception>
    public TResult Invoke(T1 a1, T2 a2, T3 a3, T4 a4)
    {
        ref ulong slots = ref Enter(out int fp);
        Unsafe.Add(ref slots, 0) = ValueMarshal<T1>.ToSlot(a1);
        Unsafe.Add(ref slots, 1) = ValueMarshal<T2>.ToSlot(a2);
        Unsafe.Add(ref slots, 2) = ValueMarshal<T3>.ToSlot(a3);
        Unsafe.Add(ref slots, 3) = ValueMarshal<T4>.ToSlot(a4);
        return ValueMarshal<TResult>.FromSlot(Run(fp));
    }
}

/// <summary>A typed view of a function with 0 parameter(s) and no result.</summary>
public sealed class WasmAction : WasmTypedFunction
{
    internal WasmAction(WasmFunction function)
        : base(function, new ValType[] {  }, new ValType[] {  }, 0)
    {
    }

    /// <summary>Calls the function.</summary>
    /// <exception cref="WasmTrapException">Execution trapped.</exception>
    public void Invoke()
    {
        Enter(out int fp);
        Function.Execute(Stack, fp);
    }
}

/// <summary>A typed view of a function with 1 parameter(s) and no result.</summary>
public sealed class WasmAction<T1> : WasmTypedFunction
{
    internal WasmAction(WasmFunction function)
        : base(function, new ValType[] { ValueMarshal<T1>.Require() }, new ValType[] {  }, 1)
    {
    }

    /// <summary>Calls the function.</summary>
    /// <exception cref="WasmTrapException">Execution trapped.</exception>
    public void Invoke(T1 a1)
    {
        ref ulong slots = ref Enter(out int fp);
        Unsafe.Add(ref slots, 0) = ValueMarshal<T1>.ToSlot(a1);
        Function.Execute(Stack, fp);
    }
}

/// <summary>A typed view of a function with 2 parameter(s) and no result.</summary>
public sealed class WasmAction<T1, T2> : WasmTypedFunction
{
    internal WasmAction(WasmFunction function)
        : base(function, new ValType[] { ValueMarshal<T1>.Require(), ValueMarshal<T2>.Require() }, new ValType[] {  }, 2)
    {
    }

    /// <summary>Calls the function.</summary>
    /// <exception cref="WasmTrapException">Execution trapped.</exception>
    public void Invoke(T1 a1, T2 a2)
    {
        ref ulong slots = ref Enter(out int fp);
        Unsafe.Add(ref slots, 0) = ValueMarshal<T1>.ToSlot(a1);
        Unsafe.Add(ref slots, 1) = ValueMarshal<T2>.ToSlot(a2);
        Function.Execute(Stack, fp);
    }
}

/// <summary>A typed view of a function with 3 parameter(s) and no result.</summary>
public sealed class WasmAction<T1, T2, T3> : WasmTypedFunction
{
    internal WasmAction(WasmFunction function)
        : base(function, new ValType[] { ValueMarshal<T1>.Require(), ValueMarshal<T2>.Require(), ValueMarshal<T3>.Require() }, new ValType[] {  }, 3)
    {
    }

    /// <summary>Calls the function.</summary>
    /// <exception cref="WasmTrapException">Execution trapped.</exception>
    public void Invoke(T1 a1, T2 a2, T3 a3)
    {
        ref ulong slots = ref Enter(out int fp);
        Unsafe.Add(ref slots, 0) = ValueMarshal<T1>.ToSlot(a1);
        Unsafe.Add(ref slots, 1) = ValueMarshal<T2>.ToSlot(a2);
        Unsafe.Add(ref slots, 2) = ValueMarshal<T3>.ToSlot(a3);
        Function.Execute(Stack, fp);
    }
}

/// <summary>A typed view of a function with 4 parameter(s) and no result.</summary>
public sealed class WasmAction<T1, T2, T3, T4> : WasmTypedFunction
{
    internal WasmAction(WasmFunction function)
        : base(function, new ValType[] { ValueMarshal<T1>.Require(), ValueMarshal<T2>.Require(), ValueMarshal<T3>.Require(), ValueMarshal<T4>.Require() }, new ValType[] {  }, 4)
    {
    }

    /// <summary>Calls the function.</summary>
    /// <exception cref="WasmTrapException">Execution trapped.</exception>
    public void Invoke(T1 a1, T2 a2, T3 a3, T4 a4)
    {
        ref ulong slots = ref Enter(out int fp);
        Unsafe.Add(ref slots, 0) = ValueMarshal<T1>.ToSlot(a1);
        Unsafe.Add(ref slots, 1) = ValueMarshal<T2>.ToSlot(a2);
        Unsafe.Add(ref slots, 2) = ValueMarshal<T3>.ToSlot(a3);
        Unsafe.Add(ref slots, 3) = ValueMarshal<T4>.ToSlot(a4);
        Function.Execute(Stack, fp);
    }
}
