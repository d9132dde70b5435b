using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using WitSharp.Engine.Binary;
using WitSharp.Engine.Model;

namespace WitSharp.Engine.Validation;

/// <summary>
/// The operand and control stacks of the spec's validation algorithm (appendix "Validation Algorithm"),
/// including stack polymorphism after unconditional branches (<see cref="Unknown"/> operands).
/// Buffers grow and are reused across functions, so validating allocates nothing per instruction.
/// </summary>
[System.Runtime.CompilerServices.SkipLocalsInit] // hot loops: no zeroing of the many struct locals per call
internal sealed class TypeStack
{
    /// <summary>The operand type produced by popping from an unreachable (polymorphic) stack.</summary>
    public const ValType Unknown = 0;

    private static readonly ValType[][] s_single = BuildSingles();

    private ValType[] _values = new ValType[64];
    private int _valueCount;
    private ControlFrame[] _frames = new ControlFrame[16];
    private int _frameCount;
    private ValType[] _scratch = new ValType[16];
    private FuncType[] _types = Array.Empty<FuncType>();
    // The innermost frame's height and reachability, cached because every pop consults them.
    private int _height;
    private bool _unreachable;

    /// <summary>One entry of the control stack.</summary>
    public struct ControlFrame
    {
        public Opcode Kind;
        public ValType[] StartTypes;
        public ValType[] EndTypes;
        public int Height;
        public bool Unreachable;
    }

    // One spare instance per thread: validating many small modules then allocates no stack buffers.
    [ThreadStatic]
    private static TypeStack? t_spare;

    /// <summary>Takes this thread's spare stack (or a new one); give it back with <see cref="Return"/>.</summary>
    public static TypeStack Rent()
    {
        TypeStack stack = t_spare ?? new TypeStack();
        t_spare = null;
        stack.ErrorOffset = -1;
        return stack;
    }

    /// <summary>Keeps <paramref name="stack"/> as this thread's spare, dropping its references to the module's types.</summary>
    public static void Return(TypeStack stack)
    {
        stack.Reset(Array.Empty<FuncType>());
        t_spare = stack;
    }

    /// <summary>The number of open control frames.</summary>
    public int Depth => _frameCount;

    /// <summary>The offset used in error messages (the current instruction's).</summary>
    public int ErrorOffset { get; set; }

    /// <summary>Clears the stacks for a new function of a module with these types.</summary>
    public void Reset(FuncType[] types)
    {
        _types = types;
        _valueCount = 0;
        _frameCount = 0;
        _height = 0;
        _unreachable = false;
    }

    public WasmValidationException Error(string reason) => new(reason, ErrorOffset);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Push(ValType type)
    {
        ValType[] values = _values;
        int count = _valueCount;
        if ((uint)count < (uint)values.Length)
        {
            values[count] = type;
            _valueCount = count + 1;
            return;
        }
        Grow(type);
    }

    private void Grow(ValType type)
    {
        Array.Resize(ref _values, _values.Length * 2);
        _values[_valueCount++] = type;
    }

    public void PushAll(ReadOnlySpan<ValType> types)
    {
        foreach (ValType t in types) Push(t);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ValType Pop()
    {
        if (_valueCount > _height) return _values[--_valueCount];
        if (_unreachable) return Unknown;
        throw Error("type mismatch");
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ValType Pop(ValType expected)
    {
        if (_valueCount > _height)
        {
            ValType top = _values[_valueCount - 1];
            if (top == expected)
            {
                _valueCount--;
                return top;
            }
        }
        return PopSlow(expected);
    }

    private ValType PopSlow(ValType expected)
    {
        ValType actual = Pop();
        if (actual != expected && actual != Unknown && expected != Unknown) throw Error("type mismatch");
        return actual;
    }

    public void PopAll(ReadOnlySpan<ValType> types)
    {
        for (int i = types.Length - 1; i >= 0; i--) Pop(types[i]);
    }

    /// <summary>Pops a reference-typed operand (or Unknown) and returns its type.</summary>
    public ValType PopReference()
    {
        ValType actual = Pop();
        if (actual != Unknown && !actual.IsReference()) throw Error("type mismatch");
        return actual;
    }

    public void PushFrame(Opcode kind, ValType[] start, ValType[] end)
    {
        if (_frameCount == _frames.Length) Array.Resize(ref _frames, _frames.Length * 2);
        _frames[_frameCount++] = new ControlFrame { Kind = kind, StartTypes = start, EndTypes = end, Height = _valueCount, Unreachable = false };
        _height = _valueCount;
        _unreachable = false;
        PushAll(start);
    }

    public ControlFrame PopFrame()
    {
        if (_frameCount == 0) throw Error("type mismatch");
        ref ControlFrame frame = ref _frames[_frameCount - 1];
        PopAll(frame.EndTypes);
        if (_valueCount != frame.Height) throw Error("type mismatch");
        ControlFrame popped = _frames[--_frameCount];
        if (_frameCount > 0)
        {
            ref ControlFrame outer = ref _frames[_frameCount - 1];
            _height = outer.Height;
            _unreachable = outer.Unreachable;
        }
        return popped;
    }

    /// <summary>The types a branch to label <paramref name="depth"/> carries.</summary>
    public ReadOnlySpan<ValType> LabelTypes(uint depth)
    {
        if (depth >= (uint)_frameCount) throw Error($"unknown label {depth}");
        ref ControlFrame frame = ref _frames[_frameCount - 1 - (int)depth];
        return frame.Kind == Opcode.Loop ? frame.StartTypes : frame.EndTypes;
    }

    /// <summary>Pops and re-pushes a label's types (the check of <c>br_if</c> and each <c>br_table</c> target).</summary>
    public void PopAndRepush(ReadOnlySpan<ValType> types)
    {
        if (_scratch.Length < types.Length) _scratch = new ValType[Math.Max(types.Length, _scratch.Length * 2)];
        for (int i = types.Length - 1; i >= 0; i--) _scratch[i] = Pop(types[i]);
        for (int i = 0; i < types.Length; i++) Push(_scratch[i]);
    }

    /// <summary>Marks the rest of the current block unreachable (after br, return, unreachable, ...).</summary>
    public void SetUnreachable()
    {
        ref ControlFrame frame = ref _frames[_frameCount - 1];
        _valueCount = frame.Height;
        frame.Unreachable = true;
        _unreachable = true;
    }

    /// <summary>The parameter types of a block type.</summary>
    public ValType[] StartTypes(in BlockType type) =>
        type.Kind == BlockTypeKind.TypeIndex ? Types(Resolve(type.TypeIndex).Parameters) : Array.Empty<ValType>();

    /// <summary>The result types of a block type.</summary>
    public ValType[] EndTypes(in BlockType type) => type.Kind switch
    {
        BlockTypeKind.Value => s_single[(byte)type.ValueType],
        BlockTypeKind.TypeIndex => Types(Resolve(type.TypeIndex).Results),
        _ => Array.Empty<ValType>(),
    };

    /// <summary>The array behind an immutable array (never written: frames only read it).</summary>
    public static ValType[] Types(System.Collections.Immutable.ImmutableArray<ValType> types) => ImmutableCollectionsMarshal.AsArray(types) ?? Array.Empty<ValType>();

    private FuncType Resolve(uint index)
    {
        if (index >= (uint)_types.Length) throw Error($"unknown type {index}");
        return _types[index];
    }

    private static ValType[][] BuildSingles()
    {
        var singles = new ValType[256][];
        foreach (ValType t in new[] { ValType.I32, ValType.I64, ValType.F32, ValType.F64, ValType.V128, ValType.FuncRef, ValType.ExternRef })
        {
            singles[(byte)t] = new[] { t };
        }
        return singles;
    }
}
