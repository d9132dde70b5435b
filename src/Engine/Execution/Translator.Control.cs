using System.Collections.Generic;
using WitSharp.Engine.Model;

namespace WitSharp.Engine.Execution;

internal sealed partial class Translator
{
    private enum FrameKind : byte { Function, Block, Loop, If, Else }

    /// <summary>A block being translated: where its label's values live and which branches still need its end address.</summary>
    private sealed class ControlFrame
    {
        public FrameKind Kind;
        public int Height;
        public int ParameterCount;
        public int ResultCount;
        public int LoopStart;
        public int ElseBranch = -1;
        public int HiddenBase;
        public bool Unreachable;
        public readonly List<int> EndBranches = new();

        public int LabelArity => Kind == FrameKind.Loop ? ParameterCount : ResultCount;
    }

    private readonly List<ControlFrame> _frames = new();

    // Nesting depth of blocks opened inside unreachable code (skipped without translation).
    private int _deadDepth;

    private ControlFrame Current => _frames[_frames.Count - 1];

    private ControlFrame Label(uint depth) => _frames[_frames.Count - 1 - (int)depth];

    private (int Parameters, int Results) Arity(BlockType type) => type.Kind switch
    {
        BlockTypeKind.Empty => (0, 0),
        BlockTypeKind.Value => (0, 1),
        _ => (_module.Types[(int)type.TypeIndex].Parameters.Length, _module.Types[(int)type.TypeIndex].Results.Length),
    };

    private void MarkUnreachable()
    {
        Current.Unreachable = true;
        _height = Current.Height;
    }

    private ControlFrame OpenFrame(FrameKind kind, BlockType type)
    {
        (int parameters, int results) = Arity(type);
        var frame = new ControlFrame { Kind = kind, Height = _height - parameters, ParameterCount = parameters, ResultCount = results };
        _frames.Add(frame);
        // A label starts here: nothing emitted before it may be rewritten by what follows.
        _lastDestination = -1;
        _lastCompare = -1;
        return frame;
    }

    private void Block(BlockType type)
    {
        MaterializeRange(Current.Height, _height);
        OpenFrame(FrameKind.Block, type);
    }

    private void Loop(BlockType type)
    {
        MaterializeRange(Current.Height, _height);
        ControlFrame frame = OpenFrame(FrameKind.Loop, type);
        // Backward branches (only loops have them) charge the fuel / interruption budget.
        frame.LoopStart = _length;
    }

    private void If(BlockType type)
    {
        MaterializeRange(Current.Height, _height - 1);
        Operand condition = Pop();
        ControlFrame frame = OpenFrame(FrameKind.If, type);
        if (frame.ParameterCount > 0)
        {
            // The then-branch may overwrite the parameter slots; the else-branch needs the originals.
            frame.HiddenBase = _hiddenCount;
            _hiddenCount += frame.ParameterCount;
            for (int i = 0; i < frame.ParameterCount; i++)
                EmitCopy(new Operand(SlotKind.Hidden, frame.HiddenBase + i), Operand.Temp(frame.Height + i));
        }
        frame.ElseBranch = EmitConditionalBranch(condition, branchWhenTrue: false);
    }

    private void Else()
    {
        ControlFrame frame = Current;
        if (!frame.Unreachable)
        {
            MaterializeRange(frame.Height, _height);
            EmitOp(Op.Br);
            frame.EndBranches.Add(EmitTargetPlaceholder());
        }
        Patch(frame.ElseBranch, _length);
        frame.ElseBranch = -1;
        frame.Kind = FrameKind.Else;
        frame.Unreachable = false;
        _lastDestination = -1;
        _lastCompare = -1;
        _height = frame.Height;
        for (int i = 0; i < frame.ParameterCount; i++)
        {
            Operand temp = PushTemp();
            EmitCopy(temp, new Operand(SlotKind.Hidden, frame.HiddenBase + i));
        }
    }

    /// <summary>Handles <c>end</c>; returns true at the end of the function.</summary>
    private bool End()
    {
        ControlFrame frame = Current;
        if (!frame.Unreachable) MaterializeRange(frame.Height, _height);
        bool resultIsLast = !frame.Unreachable && _height == 1 && IsLastResult(_stack[0]);
        int producer = _lastDestination;
        _frames.RemoveAt(_frames.Count - 1);
        _lastDestination = -1;
        _lastCompare = -1;
        if (frame.ElseBranch >= 0) Patch(frame.ElseBranch, _length);
        if (frame.Kind != FrameKind.Loop)
        {
            foreach (int branch in frame.EndBranches) Patch(branch, _length);
        }
        _height = frame.Height;
        for (int i = 0; i < frame.ResultCount; i++) PushTemp();
        if (frame.Kind != FrameKind.Function) return false;
        // Results sit in temps 0..n-1 (also where branches to the function label put them): move to slots 0..n-1.
        if (_resultCount == 1 && resultIsLast && frame.EndBranches.Count == 0)
            RetargetToSlot(producer, 0);
        else
            for (int i = 0; i < _resultCount; i++) EmitCopy(Operand.Local(i), Operand.Temp(i));
        EmitOp(Op.Return);
        return true;
    }

    /// <summary>Moves the top values into the label's slots and jumps there.</summary>
    private void BranchTo(ControlFrame target)
    {
        int arity = target.LabelArity;
        for (int i = 0; i < arity; i++) EmitCopy(Operand.Temp(target.Height + i), _stack[_height - arity + i]);
        EmitJump(target);
    }

    private void EmitJump(ControlFrame target)
    {
        EmitOp(Op.Br);
        if (target.Kind == FrameKind.Loop) EmitImmediate(target.LoopStart);
        else target.EndBranches.Add(EmitTargetPlaceholder());
    }

    /// <summary>True when the label's values are already where the top of the stack is.</summary>
    private bool ValuesInPlace(ControlFrame target)
    {
        int arity = target.LabelArity;
        for (int i = 0; i < arity; i++)
        {
            Operand entry = _stack[_height - arity + i];
            if (entry.Kind != SlotKind.Temp || entry.Index != target.Height + i) return false;
        }
        return true;
    }

    private void AddTarget(ControlFrame target, int position)
    {
        if (target.Kind == FrameKind.Loop) Patch(position, target.LoopStart);
        else target.EndBranches.Add(position);
    }

    private void BrIf(uint depth)
    {
        Operand condition = Pop();
        ControlFrame target = Label(depth);
        if (ValuesInPlace(target))
        {
            AddTarget(target, EmitConditionalBranch(condition, branchWhenTrue: true));
            return;
        }
        int skip = EmitConditionalBranch(condition, branchWhenTrue: false);
        BranchTo(target);
        Patch(skip, _length);
    }

    private void Return()
    {
        if (_resultCount == 1)
        {
            Operand result = _stack[_height - 1];
            if (IsLastResult(result)) RetargetToSlot(_lastDestination, 0);
            else EmitCopy(Operand.Local(0), result);
        }
        else
        {
            MaterializeTop(_resultCount);
            for (int i = 0; i < _resultCount; i++) EmitCopy(Operand.Local(i), Operand.Temp(_height - _resultCount + i));
        }
        EmitOp(Op.Return);
        MarkUnreachable();
    }

    /// <summary>
    /// Emits a branch on an i32 condition, fused with the compare that produced it when that compare is the last
    /// instruction. Returns the position of the target operand.
    /// </summary>
    private int EmitConditionalBranch(Operand condition, bool branchWhenTrue)
    {
        int compare = _lastCompare;
        if (compare >= 0 && condition.Kind == SlotKind.Temp && condition.Index == _height)
        {
            var op = (Op)_code[compare];
            _lastCompare = -1;
            _lastDestination = -1;
            if (op == Op.I32Eqz || op == Op.I64Eqz)
            {
                // [eqz, dst, a] -> [br_if_eqz/nez, a, target]
                _code[compare] = op == Op.I32Eqz
                    ? (int)(branchWhenTrue ? Op.BrIfEqz : Op.BrIfNez)
                    : (int)(branchWhenTrue ? Op.BrIfI64Eqz : Op.BrIfI64Nez);
                MoveOperand(compare + 2, compare + 1);
                _length = compare + 2;
                return EmitTargetPlaceholder();
            }
            // [cmp, dst, a, b] -> [br_if_cmp, a, b, target]
            _code[compare] = (int)FusedBranch(op, branchWhenTrue);
            MoveOperand(compare + 2, compare + 1);
            MoveOperand(compare + 3, compare + 2);
            _length = compare + 3;
            return EmitTargetPlaceholder();
        }
        EmitOp(branchWhenTrue ? Op.BrIfNez : Op.BrIfEqz);
        EmitSlot(condition);
        return EmitTargetPlaceholder();
    }

    private void MoveOperand(int from, int to)
    {
        _code[to] = _code[from];
        _kinds[to] = _kinds[from];
    }

    private static Op FusedBranch(Op compare, bool whenTrue)
    {
        if (compare >= Op.I64Eq && compare <= Op.I64GeU)
            return Op.BrIfI64Eq + (FusedBranch(compare - Op.I64Eq + Op.I32Eq, whenTrue) - Op.BrIfI32Eq);
        return FusedI32Branch(compare, whenTrue);
    }

    private static Op FusedI32Branch(Op compare, bool whenTrue) => (compare, whenTrue) switch
    {
        (Op.I32Eq, true) or (Op.I32Ne, false) => Op.BrIfI32Eq,
        (Op.I32Ne, true) or (Op.I32Eq, false) => Op.BrIfI32Ne,
        (Op.I32LtS, true) or (Op.I32GeS, false) => Op.BrIfI32LtS,
        (Op.I32LtU, true) or (Op.I32GeU, false) => Op.BrIfI32LtU,
        (Op.I32GtS, true) or (Op.I32LeS, false) => Op.BrIfI32GtS,
        (Op.I32GtU, true) or (Op.I32LeU, false) => Op.BrIfI32GtU,
        (Op.I32LeS, true) or (Op.I32GtS, false) => Op.BrIfI32LeS,
        (Op.I32LeU, true) or (Op.I32GtU, false) => Op.BrIfI32LeU,
        (Op.I32GeS, true) or (Op.I32LtS, false) => Op.BrIfI32GeS,
        (Op.I32GeU, true) or (Op.I32LtU, false) => Op.BrIfI32GeU,
        _ => throw new System.InvalidOperationException("not an i32 compare: " + compare),
    };
}
