using System;
using System.Collections.Generic;
using System.Diagnostics;
using WitSharp.Engine.Binary;
using WitSharp.Engine.Model;

namespace WitSharp.Engine.Execution;

/// <summary>
/// Translates one validated function body into register IR (<see cref="CompiledFunction"/>). The wasm operand
/// stack height is static, so each stack position becomes a fixed frame slot; <c>local.get</c> and constants are
/// not copied but referenced in place, results are retargeted into <c>local.set</c> destinations, and i32
/// compares fuse with the conditional branch that consumes them.
/// </summary>
internal sealed partial class Translator
{
    private readonly ModuleDefinition _module;
    private readonly int _localCount;
    private readonly int _resultCount;

    private int[] _code = new int[64];
    private SlotKind[] _kinds = new SlotKind[64];
    private int _length;

    private readonly List<ulong> _constants = new();
    private readonly Dictionary<ulong, int> _constantIndex = new();
    private int _hiddenCount;

    private Operand[] _stack = new Operand[16];
    private int _height;
    private int _maxHeight;

    // Position of the destination operand of the last instruction when it produced the top temp; -1 otherwise.
    private int _lastDestination = -1;
    // Position of the last i32 compare instruction when its result is the top temp; -1 otherwise.
    private int _lastCompare = -1;

    private Translator(ModuleDefinition module, FuncType type, FunctionBody body)
    {
        _module = module;
        // The decoder limits locals (parameters included) to ImplementationLimits.MaxFunctionLocals; summed in
        // 64 bits here too, so a body built some other way can never wrap the frame layout's int arithmetic.
        ulong locals = (ulong)type.Parameters.Length + body.LocalCount;
        if (locals > ImplementationLimits.MaxFunctionLocals)
            throw new InvalidOperationException($"internal error: {locals} locals exceed the implementation limit of {ImplementationLimits.MaxFunctionLocals}");
        _localCount = (int)locals;
        _resultCount = type.Results.Length;
    }

    /// <summary>Translates defined function <paramref name="functionIndex"/> (index space including imports).</summary>
    public static CompiledFunction Translate(ModuleDefinition module, int functionIndex)
    {
        FunctionDefinition definition = module.Functions[functionIndex - module.ImportedFunctionCount];
        FuncType type = module.Types[(int)definition.TypeIndex];
        var translator = new Translator(module, type, definition.Body);
        translator.TranslateBody(definition.Body);
        CompiledFunction compiled = translator.Finish(type.Parameters.Length);
        // The interpreter trusts the IR (unchecked slot, code and frame accesses): check it once, here.
        TranslationVerifier.Verify(module, functionIndex, compiled);
        return compiled;
    }

    private CompiledFunction Finish(int parameterCount)
    {
        CheckLastInstruction();
        int hiddenBase = _localCount;
        int constantBase = hiddenBase + _hiddenCount;
        int tempBase = constantBase + _constants.Count;
        for (int i = 0; i < _length; i++)
        {
            switch (_kinds[i])
            {
                case SlotKind.Temp: _code[i] += tempBase; break;
                case SlotKind.Const: _code[i] += constantBase; break;
                case SlotKind.Hidden: _code[i] += hiddenBase; break;
            }
        }
        int frameSize = Math.Max(tempBase + _maxHeight, _resultCount);
        return new CompiledFunction(_code.AsSpan(0, _length).ToArray(), _constants.ToArray(), parameterCount, constantBase, constantBase, _resultCount, frameSize);
    }

    // ---- emission ----

    private void Reserve(int count)
    {
        if (_length + count <= _code.Length) return;
        int size = Math.Max(_code.Length * 2, _length + count);
        Array.Resize(ref _code, size);
        Array.Resize(ref _kinds, size);
    }

    private void EmitOp(Op op)
    {
        CheckLastInstruction();
        _lastDestination = -1;
        _lastCompare = -1;
        Reserve(8);
        _instructionStart = _length;
        _kinds[_length] = SlotKind.Absolute;
        _code[_length++] = (int)op;
    }

    // Where the last instruction begins (fusions rewrite it in place, so this stays its start); -1 before the first.
    private int _instructionStart = -1;

    /// <summary>
    /// Debug and Checked builds: the last instruction has exactly the words its <see cref="OpLayout"/> declares (plus
    /// br_table's labels). Runs before each instruction and at the end, so every emit site and every fusion is checked.
    /// </summary>
    [Conditional("DEBUG"), Conditional("WITSHARP_CHECKED")]
    private void CheckLastInstruction()
    {
        if (_instructionStart < 0) return;
        var op = (Op)_code[_instructionStart];
        OperandKind[]? layout = OpLayout.Of(op);
        int emitted = _length - _instructionStart;
        int declared = layout is null ? -1 : 1 + layout.Length + (op == Op.BrTable && emitted > 2 ? _code[_instructionStart + 2] + 1 : 0);
        if (emitted != declared)
            throw new InvalidOperationException($"internal error: {op} was emitted with {emitted} words, its layout declares {declared}");
    }

    private void EmitImmediate(int value)
    {
        Reserve(1);
        _kinds[_length] = SlotKind.Absolute;
        _code[_length++] = value;
    }

    private void EmitSlot(Operand operand)
    {
        Reserve(1);
        _kinds[_length] = operand.Kind;
        _code[_length++] = operand.Index;
    }

    /// <summary>Emits a placeholder for a branch target and returns its position for <see cref="Patch"/>.</summary>
    private int EmitTargetPlaceholder()
    {
        EmitImmediate(-1);
        return _length - 1;
    }

    private void Patch(int position, int target) => _code[position] = target;

    private void EmitCopy(Operand destination, Operand source)
    {
        if (destination == source) return;
        EmitOp(Op.Copy);
        EmitSlot(destination);
        EmitSlot(source);
    }

    private Operand Constant(ulong bits)
    {
        if (!_constantIndex.TryGetValue(bits, out int index))
        {
            index = _constants.Count;
            _constants.Add(bits);
            _constantIndex.Add(bits, index);
        }
        return new Operand(SlotKind.Const, index);
    }

    // ---- virtual operand stack ----

    private void Push(Operand operand)
    {
        if (_height == _stack.Length) Array.Resize(ref _stack, _stack.Length * 2);
        _stack[_height++] = operand;
        if (_height > _maxHeight) _maxHeight = _height;
    }

    private Operand PushTemp()
    {
        Operand temp = Operand.Temp(_height);
        Push(temp);
        return temp;
    }

    private Operand Pop() => _stack[--_height];

    /// <summary>Copies a lazily referenced entry into its own temp slot.</summary>
    private void Materialize(int height)
    {
        Operand entry = _stack[height];
        if (entry.Kind == SlotKind.Temp && entry.Index == height) return;
        Operand temp = Operand.Temp(height);
        EmitCopy(temp, entry);
        _stack[height] = temp;
    }

    private void MaterializeRange(int from, int to)
    {
        for (int i = from; i < to; i++) Materialize(i);
    }

    private void MaterializeTop(int count) => MaterializeRange(_height - count, _height);

    /// <summary>
    /// Emits a one-result instruction by its layout: the first of its leading slot operands is the destination (a
    /// new temp), the others are sources popped from the stack, and <paramref name="immediates"/> follow.
    /// </summary>
    private void EmitComputation(Op op, params ReadOnlySpan<int> immediates)
    {
        int sourceCount = OpLayout.LeadingSlots(op) - 1;
        Span<Operand> sources = stackalloc Operand[sourceCount];
        for (int i = sourceCount - 1; i >= 0; i--) sources[i] = Pop();
        Operand destination = PushTemp();
        EmitOp(op);
        int destinationPosition = _length;
        EmitSlot(destination);
        foreach (Operand source in sources) EmitSlot(source);
        foreach (int immediate in immediates) EmitImmediate(immediate);
        _lastDestination = destinationPosition;
    }

    /// <summary>True when the last instruction wrote <paramref name="value"/>'s temp, so its destination can be retargeted.</summary>
    private bool IsLastResult(Operand value) =>
        _lastDestination >= 0 && value.Kind == SlotKind.Temp
        && _kinds[_lastDestination] == SlotKind.Temp && _code[_lastDestination] == value.Index;

    /// <summary>Makes the instruction whose destination operand is at <paramref name="position"/> write an absolute slot.</summary>
    private void RetargetToSlot(int position, int slot)
    {
        _code[position] = slot;
        _kinds[position] = SlotKind.Absolute;
        _lastDestination = -1;
        _lastCompare = -1;
    }

    /// <summary><c>local.set</c>: retargets the producing instruction when possible, else copies.</summary>
    private void SetLocal(int local, int blockHeight)
    {
        bool aliased = false;
        for (int i = blockHeight; i < _height - 1; i++)
        {
            if (_stack[i].Kind == SlotKind.Absolute && _stack[i].Index == local)
            {
                Materialize(i);
                aliased = true;
            }
        }
        Operand value = Pop();
        if (!aliased && IsLastResult(value))
        {
            RetargetToSlot(_lastDestination, local);
            return;
        }
        EmitCopy(Operand.Local(local), value);
    }
}
