using System;

namespace WitSharp.Engine.Binary;

/// <summary>
/// The labels of one <c>br_table</c>, decoded lazily from the code bytes: <see cref="TargetCount"/> targets,
/// then the default label. Enumerate with <c>foreach</c>; nothing is allocated.
/// </summary>
public ref struct BranchTableLabels
{
    private WasmReader _reader;
    private readonly uint _targetCount;
    private uint _read;

    internal BranchTableLabels(ReadOnlySpan<byte> code, int targetsPosition, uint targetCount, int baseOffset)
    {
        _reader = new WasmReader(code, baseOffset) { Position = targetsPosition };
        _targetCount = targetCount;
        _read = 0;
        Current = 0;
    }

    /// <summary>How many labels precede the default.</summary>
    public readonly uint TargetCount => _targetCount;

    /// <summary>The current label.</summary>
    public uint Current { get; private set; }

    /// <summary>True while <see cref="Current"/> is a target (false when it is the default).</summary>
    public readonly bool IsTarget => _read <= _targetCount;

    /// <summary>Moves to the next label; the last one is the default.</summary>
    public bool MoveNext()
    {
        if (_read > _targetCount) return false;
        Current = _reader.ReadU32();
        _read++;
        return true;
    }

    /// <summary>Returns this enumerator (for <c>foreach</c>).</summary>
    public readonly BranchTableLabels GetEnumerator() => this;
}
