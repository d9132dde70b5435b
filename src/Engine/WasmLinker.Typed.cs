using System;
using WitSharp.Engine.Model;

namespace WitSharp.Engine;

public sealed partial class WasmLinker
{
    /// <summary>Defines a typed host function (parameter and result types map to i32, i64, f32, f64).</summary>
    public WasmLinker DefineFunction<TResult>(string module, string name, Func<TResult> function)
    {
        if (function is null) throw new ArgumentNullException(nameof(function));
        FuncType type = TypedSignature.Of(new ValType[] {  }, new ValType[] { ValueMarshal<TResult>.Require() });
        return DefineFunction(module, name, type, (caller, args, results) => results[0] = ValueMarshal<TResult>.ToSlot(function()));
    }

    /// <summary>Defines a typed host function (parameter and result types map to i32, i64, f32, f64).</summary>
    public WasmLinker DefineFunction<T1, TResult>(string module, string name, Func<T1, TResult> function)
    {
        if (function is null) throw new ArgumentNullException(nameof(function));
        FuncType type = TypedSignature.Of(new ValType[] { ValueMarshal<T1>.Require() }, new ValType[] { ValueMarshal<TResult>.Require() });
        return DefineFunction(module, name, type, (caller, args, results) => results[0] = ValueMarshal<TResult>.ToSlot(function(ValueMarshal<T1>.FromSlot(args[0]))));
    }

    /// <summary>Defines a typed host function (parameter and result types map to i32, i64, f32, f64).</summary>
    public WasmLinker DefineFunction<T1, T2, TResult>(string module, string name, Func<T1, T2, TResult> function)
    {
        if (function is null) throw new ArgumentNullException(nameof(function));
        FuncType type = TypedSignature.Of(new ValType[] { ValueMarshal<T1>.Require(), ValueMarshal<T2>.Require() }, new ValType[] { ValueMarshal<TResult>.Require() });
        return DefineFunction(module, name, type, (caller, args, results) => results[0] = ValueMarshal<TResult>.ToSlot(function(ValueMarshal<T1>.FromSlot(args[0]), ValueMarshal<T2>.FromSlot(args[1]))));
    }

    /// <summary>Defines a typed host function (parameter and result types map to i32, i64, f32, f64).</summary>
    public WasmLinker DefineFunction<T1, T2, T3, TResult>(string module, string name, Func<T1, T2, T3, TResult> function)
    {
        if (function is null) throw new ArgumentNullException(nameof(function));
        FuncType type = TypedSignature.Of(new ValType[] { ValueMarshal<T1>.Require(), ValueMarshal<T2>.Require(), ValueMarshal<T3>.Require() }, new ValType[] { ValueMarshal<TResult>.Require() });
        return DefineFunction(module, name, type, (caller, args, results) => results[0] = ValueMarshal<TResult>.ToSlot(function(ValueMarshal<T1>.FromSlot(args[0]), ValueMarshal<T2>.FromSlot(args[1]), ValueMarshal<T3>.FromSlot(args[2]))));
    }

    /// <summary>Defines a typed host function (parameter and result types map to i32, i64, f32, f64).</summary>
    public WasmLinker DefineFunction<T1, T2, T3, T4, TResult>(string module, string name, Func<T1, T2, T3, T4, TResult> function)
    {
        if (function is null) throw new ArgumentNullException(nameof(function));
        FuncType type = TypedSignature.Of(new ValType[] { ValueMarshal<T1>.Require(), ValueMarshal<T2>.Require(), ValueMarshal<T3>.Require(), ValueMarshal<T4>.Require() }, new ValType[] { ValueMarshal<TResult>.Require() });
        return DefineFunction(module, name, type, (caller, args, results) => results[0] = ValueMarshal<TResult>.ToSlot(function(ValueMarshal<T1>.FromSlot(args[0]), ValueMarshal<T2>.FromSlot(args[1]), ValueMarshal<T3>.FromSlot(args[2]), ValueMarshal<T4>.FromSlot(args[3]))));
    }

    /// <summary>Defines a typed host function (parameter and result types map to i32, i64, f32, f64).</summary>
    public WasmLinker DefineFunction(string module, string name, Action function)
    {
        if (function is null) throw new ArgumentNullException(nameof(function));
        FuncType type = TypedSignature.Of(new ValType[] {  }, new ValType[] {  });
        return DefineFunction(module, name, type, (caller, args, results) => function());
    }

    /// <summary>Defines a typed host function (parameter and result types map to i32, i64, f32, f64).</summary>
    public WasmLinker DefineFunction<T1>(string module, string name, Action<T1> function)
    {
        if (function is null) throw new ArgumentNullException(nameof(function));
        FuncType type = TypedSignature.Of(new ValType[] { ValueMarshal<T1>.Require() }, new ValType[] {  });
        return DefineFunction(module, name, type, (caller, args, results) => function(ValueMarshal<T1>.FromSlot(args[0])));
    }

    /// <summary>Defines a typed host function (parameter and result types map to i32, i64, f32, f64).</summary>
    public WasmLinker DefineFunction<T1, T2>(string module, string name, Action<T1, T2> function)
    {
        if (function is null) throw new ArgumentNullException(nameof(function));
        FuncType type = TypedSignature.Of(new ValType[] { ValueMarshal<T1>.Require(), ValueMarshal<T2>.Require() }, new ValType[] {  });
        return DefineFunction(module, name, type, (caller, args, results) => function(ValueMarshal<T1>.FromSlot(args[0]), ValueMarshal<T2>.FromSlot(args[1])));
    }

    /// <summary>Defines a typed host function (parameter and result types map to i32, i64, f32, f64).</summary>
    public WasmLinker DefineFunction<T1, T2, T3>(string module, string name, Action<T1, T2, T3> function)
    {
        if (function is null) throw new ArgumentNullException(nameof(function));
        FuncType type = TypedSignature.Of(new ValType[] { ValueMarshal<T1>.Require(), ValueMarshal<T2>.Require(), ValueMarshal<T3>.Require() }, new ValType[] {  });
        return DefineFunction(module, name, type, (caller, args, results) => function(ValueMarshal<T1>.FromSlot(args[0]), ValueMarshal<T2>.FromSlot(args[1]), ValueMarshal<T3>.FromSlot(args[2])));
    }

    /// <summary>Defines a typed host function (parameter and result types map to i32, i64, f32, f64).</summary>
    public WasmLinker DefineFunction<T1, T2, T3, T4>(string module, string name, Action<T1, T2, T3, T4> function)
    {
        if (function is null) throw new ArgumentNullException(nameof(function));
        FuncType type = TypedSignature.Of(new ValType[] { ValueMarshal<T1>.Require(), ValueMarshal<T2>.Require(), ValueMarshal<T3>.Require(), ValueMarshal<T4>.Require() }, new ValType[] {  });
        return DefineFunction(module, name, type, (caller, args, results) => function(ValueMarshal<T1>.FromSlot(args[0]), ValueMarshal<T2>.FromSlot(args[1]), ValueMarshal<T3>.FromSlot(args[2]), ValueMarshal<T4>.FromSlot(args[3])));
    }
}
