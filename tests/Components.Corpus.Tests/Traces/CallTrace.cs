using System.Collections.Generic;
using System.Linq;
using WitSharp.Components.Corpus.Tests.Values;
using WitSharp.Runtime;

namespace WitSharp.Components.Corpus.Tests.Traces;

/// <summary>
/// What one run of a component did, as lines of text: each export call with its arguments, each host-import call the
/// guest made during it (arguments and what the host returned), then the result or <c>trap</c>. Two runtimes agree
/// when their lines are equal; trap messages differ between runtimes and are kept apart, for reports only.
/// </summary>
public sealed class CallTrace
{
    private readonly List<string> _lines = new();
    private readonly List<string> _trapMessages = new();

    /// <summary>The lines, in order.</summary>
    public IReadOnlyList<string> Lines => _lines;

    /// <summary>Each trap's message, in order (not compared).</summary>
    public IReadOnlyList<string> TrapMessages => _trapMessages;

    /// <summary>Records a call of <paramref name="function"/> with <paramref name="arguments"/>.</summary>
    public void Call(WorldFunction function, IReadOnlyList<WitValue> arguments) =>
        _lines.Add($"call {function.Key}({Arguments(function, arguments)})");

    /// <summary>Records a host-import call the guest made and what the host returned.</summary>
    public void Host(WorldFunction function, IReadOnlyList<WitValue> arguments, WitValue? result) =>
        _lines.Add($"  host {function.Key}({Arguments(function, arguments)})" + (function.Result is CanonicalType type && result is not null ? " -> " + ValueText.Format(result, type) : ""));

    /// <summary>Records a line of its own (an event such as a host destructor call).</summary>
    public void Note(string line) => _lines.Add(line);

    /// <summary>Records the result of the last call.</summary>
    public void Result(WorldFunction function, WitValue? result) =>
        _lines.Add("  -> " + (function.Result is CanonicalType type && result is not null ? ValueText.Format(result, type) : "()"));

    /// <summary>Records a trap (of a call or of instantiation).</summary>
    public void Trap(string message)
    {
        _lines.Add("  trap");
        _trapMessages.Add(message);
    }

    /// <summary>Records that instantiation failed.</summary>
    public void InstantiationFailed(string message)
    {
        _lines.Add("instantiate: failed");
        _trapMessages.Add(message);
    }

    /// <summary>The first line where the traces differ, described, or null when they are equal.</summary>
    public static string? FirstDifference(CallTrace expected, CallTrace actual, string expectedName, string actualName)
    {
        int count = System.Math.Max(expected._lines.Count, actual._lines.Count);
        for (int i = 0; i < count; i++)
        {
            string? a = i < expected._lines.Count ? expected._lines[i] : null;
            string? b = i < actual._lines.Count ? actual._lines[i] : null;
            if (a != b)
            {
                return $"line {i + 1}: {expectedName} \"{a ?? "<none>"}\" vs {actualName} \"{b ?? "<none>"}\""
                    + (actual._trapMessages.Count > 0 ? $" ({actualName} traps: {string.Join(" | ", actual._trapMessages)})" : "")
                    + (expected._trapMessages.Count > 0 ? $" ({expectedName} traps: {string.Join(" | ", expected._trapMessages)})" : "");
            }
        }
        return null;
    }

    /// <summary>The lines split into one block per export call (its call line, host calls and result or trap).</summary>
    public IReadOnlyList<string> CallBlocks()
    {
        var blocks = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (string line in _lines)
        {
            if (line.StartsWith("call ", System.StringComparison.Ordinal) && current.Length > 0)
            {
                blocks.Add(current.ToString());
                current.Clear();
            }
            current.Append(line).Append('\n');
        }
        if (current.Length > 0) blocks.Add(current.ToString());
        return blocks;
    }

    /// <inheritdoc/>
    public override string ToString() => string.Join("\n", _lines);

    private static string Arguments(WorldFunction function, IReadOnlyList<WitValue> arguments) =>
        string.Join(", ", arguments.Select((a, i) => ValueText.Format(a, function.Parameters[i])));
}
