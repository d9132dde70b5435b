using System;
using System.Collections.Generic;
using WitSharp.Engine.Execution;
using WitSharp.Engine.Model;

namespace WitSharp.Engine.Compilation;

/// <summary>
/// Which typed CIL locals each frame slot of a function needs. A slot of the register IR holds values of different
/// types over time (an operand temporary is an i32 address here and an f64 product there), so compiled code gives a
/// slot one local per type it is read as: a write of type T goes to the slot's T local, a read of type T reads it.
/// That is exact because wasm is typed: a read of type T always reads a value written as T, with no write between.
/// Reads fix the types; <c>copy</c> and <c>select</c> carry values of any type, so their destination's types are
/// needed by their sources too (a copy moves each of those locals).
/// </summary>
internal sealed class SlotUses
{
    private readonly byte[] _needed;

    private SlotUses(byte[] needed)
    {
        _needed = needed;
        foreach (byte types in needed) LocalCount += System.Numerics.BitOperations.PopCount(types);
    }

    /// <summary>The typed locals all slots need together (constants excluded, as they never get one).</summary>
    public int LocalCount { get; }

    /// <summary>True when slot <paramref name="slot"/> is read as <paramref name="type"/> somewhere (directly or through copies).</summary>
    public bool Needs(int slot, SlotType type) => (_needed[slot] & (1 << (int)type)) != 0;

    /// <summary>The types <paramref name="slot"/> is read as, in <see cref="SlotType"/> order.</summary>
    public IEnumerable<SlotType> Types(int slot)
    {
        for (int t = 0; t < SlotTypes.Count; t++)
            if ((_needed[slot] & (1 << t)) != 0) yield return (SlotType)t;
    }

    /// <summary>Finds the typed reads of every slot of <paramref name="cf"/>, function <paramref name="functionIndex"/> of <paramref name="module"/>.</summary>
    public static SlotUses Find(WasmModule module, int functionIndex, CompiledFunction cf)
    {
        var needed = new byte[cf.FrameSize];
        var flows = new List<(int Destination, int Source)>();
        int[] code = cf.Code;
        void Read(int slot, SlotType type) => needed[slot] |= (byte)(1 << (int)type);
        for (int pc = 0; pc < code.Length; pc += FunctionCompiler.Width(code, pc))
        {
            var op = (Op)code[pc];
            int A(int k) => code[pc + k];
            switch (op)
            {
                case Op.Copy: flows.Add((A(1), A(2))); break;
                case Op.Select:
                    flows.Add((A(1), A(2)));
                    flows.Add((A(1), A(3)));
                    Read(A(4), SlotType.I32);
                    break;
                case Op.Return:
                    FuncType own = module.FunctionTypes[functionIndex];
                    for (int i = 0; i < own.Results.Length; i++) Read(i, SlotTypes.Of(own.Results[i]));
                    break;
                case Op.Call: ReadArguments(module.FunctionTypes[A(1)], A(2)); break;
                case Op.CallIndirect:
                    Read(A(3), SlotType.I32);
                    ReadArguments(module.Definition.Types[A(1)], A(4));
                    break;
                case Op.GlobalSet: Read(A(1), SlotTypes.Of(module.Definition.AllGlobals[A(2)].ValueType)); break;
                case Op.BrTable: Read(A(1), SlotType.I32); break;
                default:
                    foreach ((int k, SlotType type) in Reads(op)) Read(A(k), type);
                    break;
            }
        }
        // A copy's source must hold every type its destination is read as; iterate until no set grows (chains of copies).
        for (bool changed = true; changed;)
        {
            changed = false;
            foreach ((int destination, int source) in flows)
            {
                byte merged = (byte)(needed[source] | needed[destination]);
                if (merged == needed[source]) continue;
                needed[source] = merged;
                changed = true;
            }
        }
        // Constants are immediates: they get no local, whatever they are read as.
        for (int slot = cf.ConstantBase; slot < cf.ConstantBase + cf.Constants.Length; slot++) needed[slot] = 0;
        return new SlotUses(needed);

        void ReadArguments(FuncType type, int argumentBase)
        {
            for (int i = 0; i < type.Parameters.Length; i++) Read(argumentBase + i, SlotTypes.Of(type.Parameters[i]));
        }
    }

    private static readonly (int, SlotType)[] None = Array.Empty<(int, SlotType)>();
    private static readonly (int, SlotType)[] CondI32 = { (1, SlotType.I32) };

    /// <summary>
    /// The slot operands (operand position after the opcode, type) an instruction reads, for every instruction but
    /// <c>copy</c>, <c>select</c>, <c>return</c>, calls, <c>global.set</c> and <c>br_table</c> (handled above). The
    /// emitter reads exactly these.
    /// </summary>
    public static (int Operand, SlotType Type)[] Reads(Op op) => (uint)op < (uint)ReadTable.Length ? ReadTable[(int)op] : None;

    private static readonly (int, SlotType)[][] ReadTable = BuildReadTable();

    private static (int, SlotType)[][] BuildReadTable()
    {
        var table = new (int, SlotType)[(int)Enum.GetValues<Op>()[^1] + 1][];
        for (int code = 0; code < table.Length; code++) table[code] = Enum.IsDefined((Op)code) ? Describe((Op)code) : None;
        return table;
    }

    private static (int, SlotType)[] Describe(Op op)
    {
        switch (op)
        {
            case >= Op.I32Load and <= Op.I64Load32U: return new[] { (2, SlotType.I32) };
            case Op.I32LoadAdd or Op.I64LoadAdd or Op.I32Load8UAdd: return new[] { (2, SlotType.I32), (3, SlotType.I32) };
            case >= Op.I32Store and <= Op.I64Store32: return new[] { (1, SlotType.I32), (2, SlotTypes.Prefix(op)) };
            case Op.MemoryGrow: return new[] { (2, SlotType.I32) };
            case >= Op.I32Eqz and <= Op.I64TruncSatF64U:
            {
                SlotType argument = SlotTypes.Numeric(op).Argument;
                return OpLayout.Of(op)!.Length == 2 ? new[] { (2, argument) } : new[] { (2, argument), (3, argument) };
            }
            case Op.BrIfNez or Op.BrIfEqz: return CondI32;
            case >= Op.BrIfI32Eq and <= Op.BrIfI32GeU: return new[] { (1, SlotType.I32), (2, SlotType.I32) };
            case >= Op.BrIfI64Eq and <= Op.BrIfI64GeU: return new[] { (1, SlotType.I64), (2, SlotType.I64) };
            case Op.BrIfI64Eqz or Op.BrIfI64Nez: return new[] { (1, SlotType.I64) };
            case Op.MemoryInit or Op.MemoryCopy or Op.MemoryFill or Op.TableCopy or Op.TableInit:
                return new[] { (1, SlotType.I32), (2, SlotType.I32), (3, SlotType.I32) };
            case Op.TableGet: return new[] { (2, SlotType.I32) };
            case Op.TableSet: return new[] { (1, SlotType.I32), (2, SlotType.I64) };
            case Op.TableGrow: return new[] { (2, SlotType.I64), (3, SlotType.I32) };
            case Op.TableFill: return new[] { (1, SlotType.I32), (2, SlotType.I64), (3, SlotType.I32) };
            default: return None;
        }
    }
}
