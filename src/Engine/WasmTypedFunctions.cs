using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using WitSharp.Engine.Execution;
using WitSharp.Engine.Model;

namespace WitSharp.Engine;

/// <summary>A typed, allocation-free view of an exported function with 0 parameter(s) and a result.</summary>
public sealed class WasmFunc<TResult>
{
    private readonly ExecutionStack _stack;

    internal WasmFunc(WasmFunction function)
    {
        TypedSignature.Check(function, new ValType[] {  }, new ValType[] { ValueMarshal<TResult>.Require() });
        Function = function;
        _stack = function.Store.Stack;
    }

    /// <summary>The underlying function.</summary>
    public WasmFunction Function { get; }

    /// <summary>Calls the function.</summary>
    /// <exception cref="WasmTrapException">Execution trapped.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public TResult Invoke()
    {
        ExecutionStack es = _stack;
        int fp = es.Top;
        if (fp + 1 > es.Values.Length) Function.Reserve(es, fp);
        Function.Execute(es, fp);
        return ValueMarshal<TResult>.FromSlot(es.Values[fp]);
    }
}

/// <summary>A typed, allocation-free view of an exported function with 1 parameter(s) and a result.</summary>
public sealed class WasmFunc<T1, TResult>
{
    private readonly ExecutionStack _stack;

    internal WasmFunc(WasmFunction function)
    {
        TypedSignature.Check(function, new ValType[] { ValueMarshal<T1>.Require() }, new ValType[] { ValueMarshal<TResult>.Require() });
        Function = function;
        _stack = function.Store.Stack;
    }

    /// <summary>The underlying function.</summary>
    public WasmFunction Function { get; }

    /// <summary>Calls the function.</summary>
    /// <exception cref="WasmTrapException">Execution trapped.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public TResult Invoke(T1 a1)
    {
        ExecutionStack es = _stack;
        int fp = es.Top;
        if (fp + 1 > es.Values.Length) Function.Reserve(es, fp);
        ref ulong slots = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(es.Values), fp);
        Unsafe.Add(ref slots, 0) = ValueMarshal<T1>.ToSlot(a1);
        Function.Execute(es, fp);
        return ValueMarshal<TResult>.FromSlot(es.Values[fp]);
    }
}

/// <summary>A typed, allocation-free view of an exported function with 2 parameter(s) and a result.</summary>
public sealed class WasmFunc<T1, T2, TResult>
{
    private readonly ExecutionStack _stack;

    internal WasmFunc(WasmFunction function)
    {
        TypedSignature.Check(function, new ValType[] { ValueMarshal<T1>.Require(), ValueMarshal<T2>.Require() }, new ValType[] { ValueMarshal<TResult>.Require() });
        Function = function;
        _stack = function.Store.Stack;
    }

    /// <summary>The underlying function.</summary>
    public WasmFunction Function { get; }

    /// <summary>Calls the function.</summary>
    /// <exception cref="WasmTrapException">Execution trapped.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public TResult Invoke(T1 a1, T2 a2)
    {
        ExecutionStack es = _stack;
        int fp = es.Top;
        if (fp + 2 > es.Values.Length) Function.Reserve(es, fp);
        ref ulong slots = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(es.Values), fp);
        Unsafe.Add(ref slots, 0) = ValueMarshal<T1>.ToSlot(a1);
        Unsafe.Add(ref slots, 1) = ValueMarshal<T2>.ToSlot(a2);
        Function.Execute(es, fp);
        return ValueMarshal<TResult>.FromSlot(es.Values[fp]);
    }
}

/// <summary>A typed, allocation-free view of an exported function with 3 parameter(s) and a result.</summary>
public sealed class WasmFunc<T1, T2, T3, TResult>
{
    private readonly ExecutionStack _stack;

    internal WasmFunc(WasmFunction function)
    {
        TypedSignature.Check(function, new ValType[] { ValueMarshal<T1>.Require(), ValueMarshal<T2>.Require(), ValueMarshal<T3>.Require() }, new ValType[] { ValueMarshal<TResult>.Require() });
        Function = function;
        _stack = function.Store.Stack;
    }

    /// <summary>The underlying function.</summary>
    public WasmFunction Function { get; }

    /// <summary>Calls the function.</summary>
    /// <exception cref="WasmTrapException">Execution trapped.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public TResult Invoke(T1 a1, T2 a2, T3 a3)
    {
        ExecutionStack es = _stack;
        int fp = es.Top;
        if (fp + 3 > es.Values.Length) Function.Reserve(es, fp);
        ref ulong slots = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(es.Values), fp);
        Unsafe.Add(ref slots, 0) = ValueMarshal<T1>.ToSlot(a1);
        Unsafe.Add(ref slots, 1) = ValueMarshal<T2>.ToSlot(a2);
        Unsafe.Add(ref slots, 2) = ValueMarshal<T3>.ToSlot(a3);
        Function.Execute(es, fp);
        return ValueMarshal<TResult>.FromSlot(es.Values[fp]);
    }
}

/// <summary>A typed, allocation-free view of an exported function with 4 parameter(s) and a result.</summary>
public sealed class WasmFunc<T1, T2, T3, T4, TResult>
{
    private readonly ExecutionStack _stack;

    internal WasmFunc(WasmFunction function)
    {
        TypedSignature.Check(function, new ValType[] { ValueMarshal<T1>.Require(), ValueMarshal<T2>.Require(), ValueMarshal<T3>.Require(), ValueMarshal<T4>.Require() }, new ValType[] { ValueMarshal<TResult>.Require() });
        Function = function;
        _stack = function.Store.Stack;
    }

    /// <summary>The underlying function.</summary>
    public WasmFunction Function { get; }

    /// <summary>Calls the function.</summary>
    /// <exception cref="WasmTrapException">Execution trapped.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public TResult Invoke(T1 a1, T2 a2, T3 a3, T4 a4)
    {
        ExecutionStack es = _stack;
        int fp = es.Top;
        if (fp + 4 > es.Values.Length) Function.Reserve(es, fp);
        ref ulong slots = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(es.Values), fp);
        Unsafe.Add(ref slots, 0) = ValueMarshal<T1>.ToSlot(a1);
        Unsafe.Add(ref slots, 1) = ValueMarshal<T2>.ToSlot(a2);
        Unsafe.Add(ref slots, 2) = ValueMarshal<T3>.ToSlot(a3);
        Unsafe.Add(ref slots, 3) = ValueMarshal<T4>.ToSlot(a4);
        Function.Execute(es, fp);
        return ValueMarshal<TResult>.FromSlot(es.Values[fp]);
    }
}

/// <summary>A typed, allocation-free view of an exported function with 0 parameter(s) and no result.</summary>
public sealed class WasmAction
{
    private readonly ExecutionStack _stack;

    internal WasmAction(WasmFunction function)
    {
        TypedSignature.Check(function, new ValType[] {  }, new ValType[] {  });
        Function = function;
        _stack = function.Store.Stack;
    }

    /// <summary>The underlying function.</summary>
    public WasmFunction Function { get; }

    /// <summary>Calls the function.</summary>
    /// <exception cref="WasmTrapException">Execution trapped.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Invoke()
    {
        ExecutionStack es = _stack;
        int fp = es.Top;
        if (fp + 0 > es.Values.Length) Function.Reserve(es, fp);
        Function.Execute(es, fp);
    }
}

/// <summary>A typed, allocation-free view of an exported function with 1 parameter(s) and no result.</summary>
public sealed class WasmAction<T1>
{
    private readonly ExecutionStack _stack;

    internal WasmAction(WasmFunction function)
    {
        TypedSignature.Check(function, new ValType[] { ValueMarshal<T1>.Require() }, new ValType[] {  });
        Function = function;
        _stack = function.Store.Stack;
    }

    /// <summary>The underlying function.</summary>
    public WasmFunction Function { get; }

    /// <summary>Calls the function.</summary>
    /// <exception cref="WasmTrapException">Execution trapped.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Invoke(T1 a1)
    {
        ExecutionStack es = _stack;
        int fp = es.Top;
        if (fp + 1 > es.Values.Length) Function.Reserve(es, fp);
        ref ulong slots = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(es.Values), fp);
        Unsafe.Add(ref slots, 0) = ValueMarshal<T1>.ToSlot(a1);
        Function.Execute(es, fp);
    }
}

/// <summary>A typed, allocation-free view of an exported function with 2 parameter(s) and no result.</summary>
public sealed class WasmAction<T1, T2>
{
    private readonly ExecutionStack _stack;

    internal WasmAction(WasmFunction function)
    {
        TypedSignature.Check(function, new ValType[] { ValueMarshal<T1>.Require(), ValueMarshal<T2>.Require() }, new ValType[] {  });
        Function = function;
        _stack = function.Store.Stack;
    }

    /// <summary>The underlying function.</summary>
    public WasmFunction Function { get; }

    /// <summary>Calls the function.</summary>
    /// <exception cref="WasmTrapException">Execution trapped.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Invoke(T1 a1, T2 a2)
    {
        ExecutionStack es = _stack;
        int fp = es.Top;
        if (fp + 2 > es.Values.Length) Function.Reserve(es, fp);
        ref ulong slots = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(es.Values), fp);
        Unsafe.Add(ref slots, 0) = ValueMarshal<T1>.ToSlot(a1);
        Unsafe.Add(ref slots, 1) = ValueMarshal<T2>.ToSlot(a2);
        Function.Execute(es, fp);
    }
}

/// <summary>A typed, allocation-free view of an exported function with 3 parameter(s) and no result.</summary>
public sealed class WasmAction<T1, T2, T3>
{
    private readonly ExecutionStack _stack;

    internal WasmAction(WasmFunction function)
    {
        TypedSignature.Check(function, new ValType[] { ValueMarshal<T1>.Require(), ValueMarshal<T2>.Require(), ValueMarshal<T3>.Require() }, new ValType[] {  });
        Function = function;
        _stack = function.Store.Stack;
    }

    /// <summary>The underlying function.</summary>
    public WasmFunction Function { get; }

    /// <summary>Calls the function.</summary>
    /// <exception cref="WasmTrapException">Execution trapped.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Invoke(T1 a1, T2 a2, T3 a3)
    {
        ExecutionStack es = _stack;
        int fp = es.Top;
        if (fp + 3 > es.Values.Length) Function.Reserve(es, fp);
        ref ulong slots = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(es.Values), fp);
        Unsafe.Add(ref slots, 0) = ValueMarshal<T1>.ToSlot(a1);
        Unsafe.Add(ref slots, 1) = ValueMarshal<T2>.ToSlot(a2);
        Unsafe.Add(ref slots, 2) = ValueMarshal<T3>.ToSlot(a3);
        Function.Execute(es, fp);
    }
}

/// <summary>A typed, allocation-free view of an exported function with 4 parameter(s) and no result.</summary>
public sealed class WasmAction<T1, T2, T3, T4>
{
    private readonly ExecutionStack _stack;

    internal WasmAction(WasmFunction function)
    {
        TypedSignature.Check(function, new ValType[] { ValueMarshal<T1>.Require(), ValueMarshal<T2>.Require(), ValueMarshal<T3>.Require(), ValueMarshal<T4>.Require() }, new ValType[] {  });
        Function = function;
        _stack = function.Store.Stack;
    }

    /// <summary>The underlying function.</summary>
    public WasmFunction Function { get; }

    /// <summary>Calls the function.</summary>
    /// <exception cref="WasmTrapException">Execution trapped.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Invoke(T1 a1, T2 a2, T3 a3, T4 a4)
    {
        ExecutionStack es = _stack;
        int fp = es.Top;
        if (fp + 4 > es.Values.Length) Function.Reserve(es, fp);
        ref ulong slots = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(es.Values), fp);
        Unsafe.Add(ref slots, 0) = ValueMarshal<T1>.ToSlot(a1);
        Unsafe.Add(ref slots, 1) = ValueMarshal<T2>.ToSlot(a2);
        Unsafe.Add(ref slots, 2) = ValueMarshal<T3>.ToSlot(a3);
        Unsafe.Add(ref slots, 3) = ValueMarshal<T4>.ToSlot(a4);
        Function.Execute(es, fp);
    }
}
