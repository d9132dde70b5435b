using System.Collections.Generic;
using System.Linq;
using WitSharp.Engine.Model;

namespace WitSharp.Engine.Tests.Differential;

/// <summary>
/// Generates one well-typed function body. Expressions are built for a wanted type; statements leave the stack as
/// they found it. Termination: a loop is re-entered only through a <c>br_if</c> whose condition also counts down the
/// loop's own counter local, and every function starts by spending one unit of the call budget (global 0), trapping
/// when none is left, so recursion is bounded too.
/// </summary>
internal sealed class BodyGenerator
{
    private sealed record Label(bool IsLoop, ValType[] BranchTypes, int Counter);

    private readonly ModuleShape _m;
    private readonly FuzzRandom _r;
    private readonly WasmWriter _w = new();
    private readonly List<ValType> _locals;
    private readonly List<int> _writableLocals = new();
    private readonly int _parameterCount;
    private readonly List<Label> _labels = new();
    private readonly Dictionary<ValType, int> _scratch = new();
    private int _fuel;

    private BodyGenerator(ModuleShape module, FuzzRandom random, Signature signature, int fuel)
    {
        _m = module;
        _r = random;
        _locals = signature.Parameters.ToList();
        _parameterCount = _locals.Count;
        for (int i = 0, n = _r.Chance(90) ? _r.Range(1, 4) : _r.Range(5, 40); i < n; i++) _locals.Add(_r.Pick(ModuleEncoder.AllTypes));
        _writableLocals.AddRange(Enumerable.Range(0, _locals.Count));
        _fuel = fuel;
        _labels.Add(new Label(false, signature.Results, -1));
    }

    /// <summary>The body (locals and code) of a function with <paramref name="signature"/>.</summary>
    public static byte[] Generate(ModuleShape module, FuzzRandom random, Signature signature, int fuel)
    {
        var generator = new BodyGenerator(module, random, signature, fuel);
        byte[] code = generator.Code(signature);
        var body = new WasmWriter();
        var declared = generator._locals.Skip(generator._parameterCount).ToList();
        body.Vector(declared, (x, t) => x.U32(1).Byte((byte)t));
        return body.Bytes(code).ToArray();
    }

    private byte[] Code(Signature signature)
    {
        // Spend one unit of the call budget; trap when it is gone.
        _w.Byte(0x23).U32(0).Byte(0x45).Byte(0x04).Byte(0x40).Byte(0x00).Byte(0x0B);
        _w.Byte(0x23).U32(0).Byte(0x41).S64(1).Byte(0x6B).Byte(0x24).U32(0);
        Statements(_r.Range(1, 6), 3);
        for (int local = 0; local < _locals.Count; local++)
        {
            // A scratch local holds a raw arithmetic result, whose NaN bits may differ: never observed.
            if (_scratch.ContainsValue(local)) continue;
            _w.Byte(0x20).U32((uint)local);
            Observe(_locals[local]);
        }
        foreach (ValType t in signature.Results) Expression(t, 4);
        _w.Byte(0x0B);
        return _w.ToArray();
    }

    private void Statements(int count, int depth)
    {
        for (int i = 0; i < count && _fuel > 0; i++) Statement(depth);
    }

    private void Statement(int depth)
    {
        _fuel--;
        bool inLoop = _labels.Any(l => l.IsLoop);
        int choice = _r.Next(inLoop ? 110 : 100);
        bool memory = _m.Memory is not null;
        var mutableGlobals = Enumerable.Range(ModuleShape.FirstFreeGlobal, _m.Globals.Count - ModuleShape.FirstFreeGlobal).Where(g => _m.Globals[g].Mutable).ToList();
        if (choice >= 100) ContinueLoop();
        else if (choice < 12 || (choice < 18 && mutableGlobals.Count == 0) || (choice >= 90 && choice < 100)) LocalSet();
        else if (choice < 18)
        {
            int global = _r.Pick(mutableGlobals);
            Expression(_m.Globals[global].Type, 3);
            _w.Byte(0x24).U32((uint)global);
        }
        else if (choice < 30 && memory) Store();
        else if (choice < 36)
        {
            ValType t = _r.Pick(ModuleEncoder.AllTypes);
            Expression(t, 4);
            if (_r.Chance(80)) Observe(t);
            else _w.Byte(0x1A);
        }
        else if (choice < 48 && depth > 0) Structured(depth);
        else if (choice < 54) BranchIf();
        else if (choice < 56) Branch();
        else if (choice < 58) BranchTable();
        else if (choice < 59)
        {
            foreach (ValType t in _labels[0].BranchTypes) Expression(t, 3);
            _w.Byte(0x0F);
        }
        else if (choice < 66) CallStatement();
        else if (choice < 76 && memory) BulkMemory();
        else if (choice < 86 && _m.Tables.Count > 0) TableStatement();
        else if (choice < 88 && memory)
        {
            SmallLength();
            _w.Byte(0x40).Byte(0x00).Byte(0x1A);
        }
        else if (choice < 89) _w.Byte(_r.Chance(80) ? (byte)0x01 : (byte)0x00);
        else LocalSet();
    }

    private void LocalSet()
    {
        int local = _r.Pick(_writableLocals);
        Expression(_locals[local], 3);
        _w.Byte(0x21).U32((uint)local);
    }

    /// <summary>A block, loop or if, possibly with multi-value parameters and results, whose results are dropped.</summary>
    private void Structured(int depth)
    {
        ValType[] parameters = RandomTypes(_r.Chance(70) ? 0 : _r.Range(1, 2));
        ValType[] results = RandomTypes(_r.Next(3));
        int kind = _r.Next(3);
        int counter = -1;
        if (kind == 1)
        {
            counter = NewLocal(ValType.I32);
            _w.Byte(0x41).S64(_r.Range(1, 4)).Byte(0x21).U32((uint)counter);
        }
        foreach (ValType p in parameters) Expression(p, 2);
        if (kind == 2) Expression(ValType.I32, 3);
        _w.Byte(kind switch { 0 => 0x02, 1 => 0x03, _ => 0x04 });
        BlockType(parameters, results);
        _labels.Add(new Label(kind == 1, kind == 1 ? parameters : results, counter));
        BlockBody(parameters, results, depth);
        if (kind == 2 && _r.Chance(80))
        {
            _w.Byte(0x05);
            BlockBody(parameters, results, depth);
        }
        else if (kind == 2 && !parameters.SequenceEqual(results))
        {
            // An if without else must have matching parameters and results: add the else.
            _w.Byte(0x05);
            BlockBody(parameters, results, depth);
        }
        _labels.RemoveAt(_labels.Count - 1);
        _w.Byte(0x0B);
        for (int i = 0; i < results.Length; i++) _w.Byte(0x1A);
    }

    private void BlockBody(ValType[] parameters, ValType[] results, int depth)
    {
        // Keep some parameters in locals, so that values flow into the block as well as around it.
        for (int i = parameters.Length - 1; i >= 0; i--)
        {
            var targets = _writableLocals.Where(l => _locals[l] == parameters[i]).ToList();
            if (targets.Count > 0 && _r.Chance(60)) _w.Byte(0x21).U32((uint)_r.Pick(targets));
            else _w.Byte(0x1A);
        }
        Statements(_r.Range(1, 4), depth - 1);
        foreach (ValType t in results) Expression(t, 3);
    }

    private void BlockType(ValType[] parameters, ValType[] results)
    {
        if (parameters.Length == 0 && results.Length == 0) _w.Byte(0x40);
        else if (parameters.Length == 0 && results.Length == 1) _w.Byte((byte)results[0]);
        else _w.S64(_m.TypeIndex(parameters, results));
    }

    private void BranchIf()
    {
        int target = PickLabel(loop: false);
        Label label = _labels[target];
        foreach (ValType t in label.BranchTypes) Expression(t, 2);
        Expression(ValType.I32, 3);
        _w.Byte(0x0D).U32(Depth(target));
        for (int i = 0; i < label.BranchTypes.Length; i++) _w.Byte(0x1A);
    }

    private void Branch()
    {
        int target = PickLabel(loop: false);
        foreach (ValType t in _labels[target].BranchTypes) Expression(t, 2);
        _w.Byte(0x0C).U32(Depth(target));
    }

    private void BranchTable()
    {
        int target = PickLabel(loop: false);
        ValType[] types = _labels[target].BranchTypes;
        var same = Enumerable.Range(0, _labels.Count).Where(i => !_labels[i].IsLoop && _labels[i].BranchTypes.SequenceEqual(types)).ToList();
        foreach (ValType t in types) Expression(t, 2);
        int count = _r.Next(4);
        if (_r.Chance(70)) Const(ValType.I32, (ulong)_r.Range(0, count + 1));
        else Expression(ValType.I32, 2);
        _w.Byte(0x0E).U32((uint)count);
        for (int i = 0; i < count; i++) _w.U32(Depth(_r.Pick(same)));
        _w.U32(Depth(target));
    }

    /// <summary>Branches back to an enclosing loop only while the loop's counter, decremented here, stays positive.</summary>
    private void ContinueLoop()
    {
        var loops = Enumerable.Range(0, _labels.Count).Where(i => _labels[i].IsLoop).ToList();
        int target = _r.Pick(loops);
        Label label = _labels[target];
        foreach (ValType t in label.BranchTypes) Expression(t, 2);
        Expression(ValType.I32, 2);
        _w.Byte(0x45).Byte(0x45);
        _w.Byte(0x20).U32((uint)label.Counter).Byte(0x41).S64(1).Byte(0x6B).Byte(0x22).U32((uint)label.Counter);
        _w.Byte(0x41).S64(0).Byte(0x4A).Byte(0x71);
        _w.Byte(0x0D).U32(Depth(target));
        for (int i = 0; i < label.BranchTypes.Length; i++) _w.Byte(0x1A);
    }

    private int PickLabel(bool loop)
    {
        var candidates = Enumerable.Range(0, _labels.Count).Where(i => _labels[i].IsLoop == loop).ToList();
        return _r.Pick(candidates);
    }

    private uint Depth(int labelIndex) => (uint)(_labels.Count - 1 - labelIndex);

    private void CallStatement()
    {
        if (_r.Chance(60))
        {
            int f = _r.Next(_m.FunctionCount);
            Signature s = _m.FunctionSignature(f);
            foreach (ValType p in s.Parameters) Expression(p, 2);
            _w.Byte(0x10).U32((uint)f);
            for (int i = 0; i < s.Results.Length; i++) _w.Byte(0x1A);
        }
        else
        {
            if (!CallIndirect(null)) return;
        }
    }

    /// <summary>A <c>call_indirect</c> through a funcref table with a type returning <paramref name="result"/> (or any type when null).</summary>
    private bool CallIndirect(ValType? result)
    {
        var tables = FuncTables();
        var types = Enumerable.Range(0, _m.Types.Count)
            .Where(t => result is null || (_m.Types[t].Results.Length == 1 && _m.Types[t].Results[0] == result)).ToList();
        if (tables.Count == 0 || types.Count == 0) return false;
        int type = _r.Pick(types);
        int table = _r.Pick(tables);
        foreach (ValType p in _m.Types[type].Parameters) Expression(p, 2);
        TableIndex(table);
        _w.Byte(0x11).U32((uint)type).U32((uint)table);
        if (result is null) for (int i = 0; i < _m.Types[type].Results.Length; i++) _w.Byte(0x1A);
        return true;
    }

    private List<int> FuncTables() => Enumerable.Range(0, _m.Tables.Count).Where(t => _m.Tables[t].ElementType == ValType.FuncRef).ToList();

    private void Store()
    {
        (byte op, ValType type, int natural) = _r.Pick(Stores);
        Address();
        Expression(type, 3);
        _w.Byte(op);
        MemArg(natural);
    }

    private static readonly (byte, ValType, int)[] Stores =
    {
        (0x36, ValType.I32, 2), (0x37, ValType.I64, 3), (0x38, ValType.F32, 2), (0x39, ValType.F64, 3),
        (0x3A, ValType.I32, 0), (0x3B, ValType.I32, 1), (0x3C, ValType.I64, 0), (0x3D, ValType.I64, 1), (0x3E, ValType.I64, 2),
    };

    private static readonly (byte, ValType, int)[] Loads =
    {
        (0x28, ValType.I32, 2), (0x29, ValType.I64, 3), (0x2A, ValType.F32, 2), (0x2B, ValType.F64, 3),
        (0x2C, ValType.I32, 0), (0x2D, ValType.I32, 0), (0x2E, ValType.I32, 1), (0x2F, ValType.I32, 1),
        (0x30, ValType.I64, 0), (0x31, ValType.I64, 0), (0x32, ValType.I64, 1), (0x33, ValType.I64, 1),
        (0x34, ValType.I64, 2), (0x35, ValType.I64, 2),
    };

    private void MemArg(int naturalAlignment)
    {
        _w.U32((uint)_r.Range(0, naturalAlignment));
        int mode = _r.Next(100);
        _w.U32(mode < 75 ? 0u : mode < 97 ? (uint)_r.Range(1, 70) : _r.Chance(50) ? 65536u - (uint)_r.Next(8) : 0xFFFFFFFFu - (uint)_r.Next(8));
    }

    /// <summary>An address, mostly near the bounds of the initial memory so that both in- and out-of-bounds accesses occur.</summary>
    private void Address()
    {
        uint bytes = _m.Memory!.Value.Minimum * 65536u;
        int mode = _r.Next(20);
        if (mode < 11) Const(ValType.I32, (ulong)_r.Range(0, 64));
        else if (mode < 14) Const(ValType.I32, (ulong)(bytes + (uint)_r.Range(-24, 4)));
        else if (mode < 16)
        {
            Expression(ValType.I32, 2);
            Const(ValType.I32, 0xFFFF);
            _w.Byte(0x71);
        }
        else if (mode < 18)
        {
            // base + index: the translator fuses this add into the load, where the sum must still wrap at 32 bits.
            Expression(ValType.I32, 1);
            Const(ValType.I32, _r.Chance(50) ? (ulong)_r.Range(0, 64) : InterestingValues.Next(_r, ValType.I32));
            _w.Byte(0x6A);
        }
        else Expression(ValType.I32, 2);
    }

    /// <summary>A length or delta for bulk operations and grows: mostly small, sometimes anything.</summary>
    private void SmallLength()
    {
        int mode = _r.Next(20);
        if (mode < 15) Const(ValType.I32, (ulong)_r.Range(0, 5));
        else if (mode < 17) Const(ValType.I32, (ulong)_r.Range(6, 40));
        else Expression(ValType.I32, 2);
    }

    private void BulkMemory()
    {
        int passive = _m.Datas.Count;
        switch (_r.Next(passive > 0 ? 4 : 2))
        {
            case 0:
                Address(); Expression(ValType.I32, 2); SmallLength();
                _w.Byte(0xFC).U32(11).Byte(0);
                break;
            case 1:
                // Nearby destination and source, so that copies often overlap in either direction.
                if (_r.Chance(60))
                {
                    Const(ValType.I32, (ulong)_r.Range(0, 24));
                    Const(ValType.I32, (ulong)_r.Range(0, 24));
                }
                else
                {
                    Address();
                    Address();
                }
                SmallLength();
                _w.Byte(0xFC).U32(10).Byte(0).Byte(0);
                break;
            case 2:
                Address(); SmallLength(); SmallLength();
                _w.Byte(0xFC).U32(8).U32((uint)_r.Next(passive)).Byte(0);
                break;
            default:
                _w.Byte(0xFC).U32(9).U32((uint)_r.Next(passive));
                break;
        }
    }

    private void TableStatement()
    {
        int table = _r.Next(_m.Tables.Count);
        ValType type = _m.Tables[table].ElementType;
        var segments = Enumerable.Range(0, _m.Elements.Count).Where(e => _m.Elements[e].ElementType == type).ToList();
        switch (_r.Next(6))
        {
            case 0:
                TableIndex(table); Expression(type, 2);
                _w.Byte(0x26).U32((uint)table);
                break;
            case 1:
                TableIndex(table); Expression(type, 2); SmallLength();
                _w.Byte(0xFC).U32(17).U32((uint)table);
                break;
            case 2:
            {
                var sources = Enumerable.Range(0, _m.Tables.Count).Where(t => _m.Tables[t].ElementType == type).ToList();
                int source = _r.Pick(sources);
                TableIndex(table); TableIndex(source); SmallLength();
                _w.Byte(0xFC).U32(14).U32((uint)table).U32((uint)source);
                break;
            }
            case 3:
                if (segments.Count == 0) goto case 0;
                TableIndex(table); SmallLength(); SmallLength();
                _w.Byte(0xFC).U32(12).U32((uint)_r.Pick(segments)).U32((uint)table);
                break;
            case 4:
                if (_m.Elements.Count == 0) goto case 0;
                _w.Byte(0xFC).U32(13).U32((uint)_r.Next(_m.Elements.Count));
                break;
            default:
                Expression(type, 2); SmallLength();
                _w.Byte(0xFC).U32(15).U32((uint)table).Byte(0x1A);
                break;
        }
    }

    private void TableIndex(int table)
    {
        if (_r.Chance(85)) Const(ValType.I32, (ulong)_r.Range(0, (int)_m.Tables[table].Minimum - (_r.Chance(80) ? 1 : -1)));
        else Expression(ValType.I32, 2);
    }

    private ValType[] RandomTypes(int count)
    {
        var types = new ValType[count];
        for (int i = 0; i < count; i++) types[i] = _r.Chance(85) ? _r.Pick(ModuleEncoder.NumericTypes) : _r.Pick(ModuleEncoder.AllTypes);
        return types;
    }

    private int NewLocal(ValType type)
    {
        _locals.Add(type);
        return _locals.Count - 1;
    }

    private void Const(ValType type, ulong bits) => ModuleEncoder.Constant(_w, type, bits);

    /// <summary>Replaces a NaN on top of the stack by the positive canonical NaN (see <see cref="NumericInstruction.MayMakeNaN"/>).</summary>
    private void CanonicalizeNaN(ValType type)
    {
        if (!_scratch.TryGetValue(type, out int local)) _scratch[type] = local = NewLocal(type);
        _w.Byte(0x22).U32((uint)local);
        Const(type, type == ValType.F32 ? 0x7FC00000UL : 0x7FF8000000000000UL);
        _w.Byte(0x20).U32((uint)local).Byte(0x20).U32((uint)local);
        _w.Byte(type == ValType.F32 ? (byte)0x5B : (byte)0x61).Byte(0x1B);
    }

    /// <summary>Folds the value on top of the stack into the accumulator global (see <see cref="ModuleShape.AccumulatorGlobal"/>).</summary>
    private void Observe(ValType type)
    {
        switch (type)
        {
            case ValType.I32: _w.Byte(0xAD); break;
            case ValType.I64: break;
            case ValType.F32: _w.Byte(0xBC).Byte(0xAD); break;
            case ValType.F64: _w.Byte(0xBD); break;
            default: _w.Byte(0xD1).Byte(0xAD); break;
        }
        const uint acc = ModuleShape.AccumulatorGlobal;
        _w.Byte(0x23).U32(acc).Byte(0x85).Byte(0x42).S64(0x100000001B3L).Byte(0x7E).Byte(0x24).U32(acc);
    }

    /// <summary>Code that pushes exactly one value of <paramref name="type"/>.</summary>
    private void Expression(ValType type, int depth)
    {
        if (depth <= 0 || _fuel <= 0 || _r.Chance(25))
        {
            Leaf(type);
            return;
        }
        _fuel--;
        int choice = _r.Next(100);
        if (type.IsNumeric() && choice < 45)
        {
            NumericInstruction op = _r.Pick(NumericInstructions.Producing(type));
            foreach (ValType operand in op.Operands) Expression(operand, depth - 1);
            _w.Bytes(op.Code);
            if (op.MayMakeNaN) CanonicalizeNaN(type);
        }
        else if (type.IsNumeric() && choice < 55 && _m.Memory is not null)
        {
            var loads = Loads.Where(l => l.Item2 == type).ToArray();
            (byte op, _, int natural) = _r.Pick(loads);
            Address();
            _w.Byte(op);
            MemArg(natural);
        }
        else if (choice < 60)
        {
            int local = _r.Pick(_writableLocals.Where(l => _locals[l] == type).DefaultIfEmpty(-1).ToList());
            if (local < 0)
            {
                Leaf(type);
                return;
            }
            Expression(type, depth - 1);
            _w.Byte(0x22).U32((uint)local);
        }
        else if (choice < 66)
        {
            Expression(type, depth - 1);
            Expression(type, depth - 1);
            Expression(ValType.I32, depth - 1);
            if (type.IsNumeric() && _r.Chance(50)) _w.Byte(0x1B);
            else _w.Byte(0x1C).U32(1).Byte((byte)type);
        }
        else if (choice < 72)
        {
            bool isIf = _r.Chance(50);
            if (isIf) Expression(ValType.I32, depth - 1);
            _w.Byte(isIf ? (byte)0x04 : (byte)0x02).Byte((byte)type);
            _labels.Add(new Label(false, new[] { type }, -1));
            Statements(_r.Range(0, 2), 1);
            Expression(type, depth - 1);
            if (isIf)
            {
                _w.Byte(0x05);
                Statements(_r.Range(0, 2), 1);
                Expression(type, depth - 1);
            }
            _labels.RemoveAt(_labels.Count - 1);
            _w.Byte(0x0B);
        }
        else if (choice < 80)
        {
            var callees = Enumerable.Range(0, _m.FunctionCount)
                .Where(f => _m.FunctionSignature(f).Results.Length == 1 && _m.FunctionSignature(f).Results[0] == type).ToList();
            if (callees.Count == 0 || _r.Chance(40))
            {
                if (!CallIndirect(type)) Leaf(type);
                return;
            }
            int callee = _r.Pick(callees);
            foreach (ValType p in _m.FunctionSignature(callee).Parameters) Expression(p, depth - 1);
            _w.Byte(0x10).U32((uint)callee);
        }
        else SpecialExpression(type, depth);
    }

    /// <summary>The instructions that produce a value from memory, table or reference state.</summary>
    private void SpecialExpression(ValType type, int depth)
    {
        var tables = Enumerable.Range(0, _m.Tables.Count).Where(t => _m.Tables[t].ElementType == type).ToList();
        switch (type)
        {
            case ValType.I32 when _m.Memory is not null && _r.Chance(30):
                if (_r.Chance(50)) _w.Byte(0x3F).Byte(0);
                else
                {
                    SmallLength();
                    _w.Byte(0x40).Byte(0);
                }
                break;
            case ValType.I32 when _m.Tables.Count > 0 && _r.Chance(50):
            {
                int table = _r.Next(_m.Tables.Count);
                if (_r.Chance(50)) _w.Byte(0xFC).U32(16).U32((uint)table);
                else
                {
                    Expression(_m.Tables[table].ElementType, depth - 1);
                    SmallLength();
                    _w.Byte(0xFC).U32(15).U32((uint)table);
                }
                break;
            }
            case ValType.I32:
                Expression(_r.Chance(50) ? ValType.FuncRef : ValType.ExternRef, depth - 1);
                _w.Byte(0xD1);
                break;
            case ValType.FuncRef or ValType.ExternRef when tables.Count > 0 && _r.Chance(60):
            {
                int table = _r.Pick(tables);
                TableIndex(table);
                _w.Byte(0x25).U32((uint)table);
                break;
            }
            default:
                Leaf(type);
                break;
        }
    }

    private void Leaf(ValType type)
    {
        int choice = _r.Next(10);
        if (choice < 3)
        {
            var locals = Enumerable.Range(0, _locals.Count).Where(l => _locals[l] == type && !_scratch.ContainsValue(l)).ToList();
            if (locals.Count > 0)
            {
                _w.Byte(0x20).U32((uint)_r.Pick(locals));
                return;
            }
        }
        else if (choice < 5)
        {
            var globals = Enumerable.Range(1, _m.Globals.Count - 1).Where(g => _m.Globals[g].Type == type).ToList();
            if (globals.Count > 0)
            {
                _w.Byte(0x23).U32((uint)_r.Pick(globals));
                return;
            }
        }
        if (type == ValType.FuncRef && _r.Chance(60)) _w.Byte(0xD2).U32((uint)_r.Next(_m.FunctionCount));
        else if (type.IsReference()) _w.Byte(0xD0).Byte((byte)type);
        else Const(type, InterestingValues.Next(_r, type));
    }
}
