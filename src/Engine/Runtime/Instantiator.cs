using System;
using System.Collections.Generic;
using WitSharp.Engine.Binary;
using WitSharp.Engine.Model;

namespace WitSharp.Engine;

/// <summary>
/// Builds an instance from resolved imports, following the spec's instantiation order: allocate, initialise
/// globals, apply active element then data segments (a failing segment traps, earlier writes stay), run start.
/// </summary>
internal static class Instantiator
{
    public static WasmInstance Instantiate(WasmStore store, WasmModule module, IReadOnlyList<object> imports, WasmInstanceLimits? limits = null)
    {
        if (store.IsDisposed) throw new ObjectDisposedException(nameof(WasmStore), "the store was disposed: instantiate in a new store");
        // Nothing is in flight before instantiation starts: a safe point to reclaim handles.
        if (!store.InAction) store.SweepHandlesIfDue();
        // A host action: handles made on the way (element segments) are held only by locals until the instance
        // keeps them, so no sweep may run until it ends.
        store.Instantiations++;
        store.SweepBlockers++;
        try
        {
            return Build(store, module, imports, limits);
        }
        finally
        {
            store.SweepBlockers--;
        }
    }

    private static WasmInstance Build(WasmStore store, WasmModule module, IReadOnlyList<object> imports, WasmInstanceLimits? limits)
    {
        ModuleDefinition definition = module.Definition;
        var instance = new WasmInstance(store, module);
        int functions = 0, tables = 0, globals = 0;
        foreach (object import in imports)
        {
            switch (import)
            {
                case WasmFunction f: instance.Functions[functions++] = f; break;
                case WasmTable t: instance.Tables[tables++] = t; break;
                case WasmMemory m: instance.Memory = m; break;
                case WasmGlobal g: instance.Globals[globals++] = g; break;
            }
        }
        for (int i = functions; i < instance.Functions.Length; i++)
            instance.Functions[i] = new WasmFunction(store, module.FunctionTypes[i], module.FunctionTypeIds[i], instance, i, null);
        long tableLimit = store.Engine.Options.MaxTableElementsPerInstance;
        if (limits?.MaxTableElements is long ownTables) tableLimit = Math.Min(tableLimit, ownTables);
        // Only a module that defines tables needs a budget for them.
        TableElementBudget? budget = definition.Tables.IsEmpty ? null : new TableElementBudget(tableLimit);
        foreach (TableType table in definition.Tables) instance.Tables[tables++] = new WasmTable(store, table, 0, budget);
        foreach (MemoryType memory in definition.Memories)
        {
            uint limit = limits?.MaxMemoryPages is uint own ? Math.Min(own, store.MaxMemoryPages) : store.MaxMemoryPages;
            if (memory.Limits.Minimum > Math.Min(limit, WasmMemory.MaxSupportedPages))
                throw new WasmResourceLimitException($"memory of {memory.Limits.Minimum} pages exceeds the limit of {limit} pages");
            try
            {
                instance.Memory = new WasmMemory(memory.Limits.Minimum, memory.Limits.Maximum, limit);
                store.Track(instance.Memory);
            }
            catch (OutOfMemoryException e)
            {
                throw new WasmResourceLimitException($"memory of {memory.Limits.Minimum} pages cannot be allocated", e);
            }
        }
        foreach (GlobalDefinition global in definition.Globals)
            instance.Globals[globals++] = new WasmGlobal(store, global.Type, Evaluate(instance, global.Initializer));

        for (int i = 0; i < definition.Elements.Length; i++)
        {
            ElementSegment segment = definition.Elements[i];
            var items = new ulong[segment.Items.Length];
            for (int j = 0; j < items.Length; j++) items[j] = Evaluate(instance, segment.Items[j]);
            instance.ElementSegments[i] = items;
        }
        for (int i = 0; i < definition.Elements.Length; i++)
        {
            ElementSegment segment = definition.Elements[i];
            if (segment.Mode == SegmentMode.Passive) continue;
            if (segment.Mode == SegmentMode.Active)
            {
                ulong[] items = instance.ElementSegments[i];
                ulong offset = (uint)Evaluate(instance, segment.Offset!);
                ulong[] target = instance.Tables[segment.TableIndex].Elements;
                if (offset + (ulong)items.Length > (ulong)target.Length) throw Trap(TrapKind.TableOutOfBounds);
                items.AsSpan().CopyTo(target.AsSpan((int)offset));
            }
            instance.ElementSegments[i] = Array.Empty<ulong>();
        }
        for (int i = 0; i < definition.Datas.Length; i++)
        {
            DataSegment segment = definition.Datas[i];
            if (segment.Mode != SegmentMode.Active) continue;
            ulong offset = (uint)Evaluate(instance, segment.Offset!);
            Span<byte> memory = instance.MemorySpan;
            if (offset + (ulong)segment.Data.Length > (ulong)memory.Length) throw Trap(TrapKind.MemoryOutOfBounds);
            segment.Data.Span.CopyTo(memory.Slice((int)offset));
            instance.DataSegments[i] = ReadOnlyMemory<byte>.Empty;
        }
        foreach (ulong[] kept in instance.ElementSegments)
        {
            if (kept.Length == 0) continue;
            store.Handles.Track(instance);
            break;
        }
        if (definition.Start is uint start) instance.Functions[start].Invoke(ReadOnlySpan<ulong>.Empty, Span<ulong>.Empty);
        return instance;
    }

    private static WasmTrapException Trap(TrapKind kind) => new(kind, WasmTrapException.Describe(kind));

    /// <summary>Evaluates a constant expression to slot bits.</summary>
    private static ulong Evaluate(WasmInstance instance, ConstantExpression expression) => expression.Kind switch
    {
        ConstantExpressionKind.I32Const => (uint)expression.I32,
        ConstantExpressionKind.I64Const or ConstantExpressionKind.F32Const or ConstantExpressionKind.F64Const => expression.Bits,
        ConstantExpressionKind.RefNull => 0,
        ConstantExpressionKind.RefFunc => instance.Functions[expression.Index].Handle,
        ConstantExpressionKind.GlobalGet => instance.Globals[expression.Index].Bits,
        _ => EvaluateSequence(instance, expression),
    };

    /// <summary>
    /// Evaluates an extended constant expression (<c>i32</c>/<c>i64</c> constants, <c>global.get</c>, <c>add</c>,
    /// <c>sub</c>, <c>mul</c>). The validator has checked that it holds only these, types correctly and leaves one
    /// value, within its stack limit of 8.
    /// </summary>
    private static ulong EvaluateSequence(WasmInstance instance, ConstantExpression expression)
    {
        Span<ulong> stack = stackalloc ulong[8];
        int depth = 0;
        var reader = new InstructionReader(expression.Code.Span, expression.Offset);
        var ins = default(Instruction);
        while (true)
        {
            Opcode op = reader.Read(ref ins);
            switch (op)
            {
                case Opcode.End: return stack[0];
                case Opcode.I32Const: stack[depth++] = (uint)ins.I32; break;
                case Opcode.I64Const: stack[depth++] = ins.Value; break;
                case Opcode.GlobalGet: stack[depth++] = instance.Globals[ins.Index].Bits; break;
                case Opcode.I32Add: depth--; stack[depth - 1] = (uint)((uint)stack[depth - 1] + (uint)stack[depth]); break;
                case Opcode.I32Sub: depth--; stack[depth - 1] = (uint)((uint)stack[depth - 1] - (uint)stack[depth]); break;
                case Opcode.I32Mul: depth--; stack[depth - 1] = (uint)((uint)stack[depth - 1] * (uint)stack[depth]); break;
                case Opcode.I64Add: depth--; stack[depth - 1] += stack[depth]; break;
                case Opcode.I64Sub: depth--; stack[depth - 1] -= stack[depth]; break;
                case Opcode.I64Mul: depth--; stack[depth - 1] *= stack[depth]; break;
                default: throw new WasmLinkException("unsupported constant expression " + expression);
            }
        }
    }
}
