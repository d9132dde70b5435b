using System;
using System.Reflection;
using System.Runtime.InteropServices;

namespace WitSharp.Wasmtime.Native;

/// <summary>
/// Reads the native handles the Wasmtime package's wrapper objects hold (a store's context pointer, a function's and a
/// memory's extern handle), once per object, so the hot paths can call the C API with them. The fields are private to
/// the package; their names and sizes are checked here against the 50.0.1 layout, and a mismatch throws
/// <see cref="NotSupportedException"/> at load instead of corrupting a call.
/// </summary>
internal static class WrapperHandles
{
    private const BindingFlags Private = BindingFlags.Instance | BindingFlags.NonPublic;

    private static readonly FieldInfo s_context = Field(typeof(global::Wasmtime.Store), "contextHandle", typeof(IntPtr));
    private static readonly FieldInfo s_function = Field(typeof(global::Wasmtime.Function), "func", null);
    private static readonly FieldInfo s_memory = Field(typeof(global::Wasmtime.Memory), "memory", null);

    static WrapperHandles()
    {
        CheckSize(s_function.FieldType, Marshal.SizeOf<FunctionHandle>());
        CheckSize(s_memory.FieldType, Marshal.SizeOf<MemoryHandle>());
    }

    /// <summary>The store's <c>wasmtime_context_t*</c>, valid until the store is disposed.</summary>
    public static IntPtr Context(global::Wasmtime.Store store) => (IntPtr)s_context.GetValue(store)!;

    /// <summary>The function's <c>wasmtime_func_t</c>.</summary>
    public static unsafe FunctionHandle Function(global::Wasmtime.Function function)
    {
        FunctionHandle handle;
        // StructureToPtr copies the boxed blittable struct's bytes; its size was checked equal to FunctionHandle's.
        Marshal.StructureToPtr(s_function.GetValue(function)!, (IntPtr)(&handle), false);
        return handle;
    }

    /// <summary>The memory's <c>wasmtime_memory_t</c>.</summary>
    public static unsafe MemoryHandle Memory(global::Wasmtime.Memory memory)
    {
        MemoryHandle handle;
        // As above: the sizes were checked equal.
        Marshal.StructureToPtr(s_memory.GetValue(memory)!, (IntPtr)(&handle), false);
        return handle;
    }

    private static FieldInfo Field(Type type, string name, Type? fieldType)
    {
        FieldInfo? field = type.GetField(name, Private);
        if (field is null || (fieldType != null && field.FieldType != fieldType) || (fieldType is null && !field.FieldType.IsValueType))
        {
            throw new NotSupportedException($"this Wasmtime package's {type.Name} has no field '{name}' of the expected type; WitSharp.Wasmtime needs Wasmtime 50.0.1");
        }
        return field;
    }

    private static void CheckSize(Type type, int expected)
    {
        int actual = Marshal.SizeOf(type);
        if (actual != expected)
        {
            throw new NotSupportedException($"this Wasmtime package's {type.Name} is {actual} bytes, expected {expected}; WitSharp.Wasmtime needs Wasmtime 50.0.1");
        }
    }
}
