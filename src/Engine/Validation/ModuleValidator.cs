using System.Collections.Generic;
using WitSharp.Engine.Model;

namespace WitSharp.Engine.Validation;

/// <summary>
/// Validates a decoded module against the WebAssembly 2.0 validation rules: imports, limits, globals, segments,
/// start function, exports and every function body. Throws <see cref="WasmValidationException"/> for invalid
/// modules (and <see cref="Binary.WasmDecodeException"/> for malformed code found while streaming over bodies).
/// </summary>
public static class ModuleValidator
{
    private const string MemorySizeError = "memory size must be at most 65536 pages (4GiB)";

    /// <summary>Validates <paramref name="module"/>; returns normally when it is valid.</summary>
    /// <exception cref="WasmValidationException">The module is invalid.</exception>
    /// <exception cref="Binary.WasmDecodeException">A function body is malformed.</exception>
    public static void Validate(ModuleDefinition module)
    {
        TypeStack stack = TypeStack.Rent();
        try
        {
            Validate(module, stack);
        }
        finally
        {
            TypeStack.Return(stack);
        }
    }

    private static void Validate(ModuleDefinition module, TypeStack errors)
    {
        var context = new ModuleContext(module);

        foreach (Import import in module.Imports)
        {
            switch (import.Kind)
            {
                case ExternalKind.Function:
                    if (import.FunctionTypeIndex >= (uint)module.Types.Length) throw errors.Error($"unknown type {import.FunctionTypeIndex}");
                    break;
                case ExternalKind.Table: CheckTable(import.Table, errors); break;
                case ExternalKind.Memory: CheckMemory(import.Memory, errors); break;
            }
        }
        foreach (FunctionDefinition function in module.Functions)
        {
            if (function.TypeIndex >= (uint)module.Types.Length) throw new WasmValidationException($"unknown type {function.TypeIndex}", function.Body.CodeOffset);
        }
        foreach (TableType table in module.Tables) CheckTable(table, errors);
        foreach (MemoryType memory in module.Memories) CheckMemory(memory, errors);
        if (module.AllMemories.Length > 1) throw errors.Error("multiple memories");

        foreach (GlobalDefinition global in module.Globals)
        {
            ConstantExpressionValidator.Validate(global.Initializer, global.Type.ValueType, context, errors);
        }
        foreach (ElementSegment segment in module.Elements) CheckElement(segment, context, errors);
        foreach (DataSegment segment in module.Datas)
        {
            if (segment.Mode != SegmentMode.Active) continue;
            errors.ErrorOffset = segment.Offset!.Offset;
            context.RequireMemory(segment.MemoryIndex, errors);
            ConstantExpressionValidator.Validate(segment.Offset, ValType.I32, context, errors);
        }
        if (module.Start is uint start)
        {
            errors.ErrorOffset = -1;
            FuncType type = context.FunctionType(start, errors);
            if (type.Parameters.Length != 0 || type.Results.Length != 0) throw errors.Error("start function");
        }
        CheckExports(module, context, errors);

        var functions = new FunctionValidator(module, context, errors);
        for (int i = 0; i < module.Functions.Length; i++) functions.Validate(i);
    }

    private static void CheckTable(TableType table, TypeStack errors)
    {
        if (table.Limits.Maximum is uint max && table.Limits.Minimum > max) throw errors.Error("size minimum must not be greater than maximum");
    }

    private static void CheckMemory(MemoryType memory, TypeStack errors)
    {
        Limits limits = memory.Limits;
        if (limits.Minimum > MemoryType.MaxPages) throw errors.Error(MemorySizeError);
        if (limits.Maximum is uint max)
        {
            if (max > MemoryType.MaxPages) throw errors.Error(MemorySizeError);
            if (limits.Minimum > max) throw errors.Error("size minimum must not be greater than maximum");
        }
    }

    private static void CheckElement(ElementSegment segment, ModuleContext context, TypeStack errors)
    {
        if (segment.Mode == SegmentMode.Active)
        {
            errors.ErrorOffset = segment.Offset!.Offset;
            TableType table = context.Table(segment.TableIndex, errors);
            ConstantExpressionValidator.Validate(segment.Offset, ValType.I32, context, errors);
            if (table.ElementType != segment.ElementType) throw errors.Error("type mismatch");
        }
        foreach (ConstantExpression item in segment.Items)
        {
            ConstantExpressionValidator.Validate(item, segment.ElementType, context, errors);
        }
    }

    private static void CheckExports(ModuleDefinition module, ModuleContext context, TypeStack errors)
    {
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (Export export in module.Exports)
        {
            errors.ErrorOffset = -1;
            if (!names.Add(export.Name)) throw errors.Error("duplicate export name");
            switch (export.Kind)
            {
                case ExternalKind.Function: context.FunctionType(export.Index, errors); break;
                case ExternalKind.Table: context.Table(export.Index, errors); break;
                case ExternalKind.Memory: context.RequireMemory(export.Index, errors); break;
                case ExternalKind.Global: context.Global(export.Index, errors); break;
            }
        }
    }
}
