using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using WitSharp.Engine.Execution;
using WitSharp.Testing;

namespace WitSharp.Engine.Tests.Execution;

/// <summary>
/// The interpreter steps over each instruction with a literal width (<c>ip = ref Unsafe.Add(ref ip, 4)</c>,
/// <c>pc += 3</c>, <c>return pc + 5</c>); those literals must equal 1 + the operand count of the Op's
/// <see cref="OpLayout"/>, which the translator and the verifier use. Read from the interpreter's source, case by case.
/// (<c>BulkOperations</c> has no literals left: it steps by <see cref="OpLayout"/> itself, as the CIL tier does.)
/// </summary>
public sealed class OpLayoutAgreementTests
{
    private static readonly Regex Labels = new(@"(?:case\s+Op\.(\w+)\s*:\s*)+", RegexOptions.Compiled);
    private static readonly Regex Label = new(@"case\s+Op\.(\w+)\s*:", RegexOptions.Compiled);
    private static readonly Regex Width = new(@"Unsafe\.Add\(ref ip, (\d+)\)|\bpc \+= (\d+)|\bpc \+ (\d+)|ip\) \+ (\d+)", RegexOptions.Compiled);

    [Theory]
    [InlineData("Interpreter.Straight.cs", 150)]
    [InlineData("Interpreter.cs", 4)]
    public void EveryLiteralStepEqualsTheLayoutWidth(string file, int atLeast)
    {
        string source = File.ReadAllText(RepositoryPaths.InRepository("src", "Engine", "Execution", file));
        var mismatches = new List<string>();
        int checkedOps = 0;
        MatchCollection groups = Labels.Matches(source);
        for (int g = 0; g < groups.Count; g++)
        {
            int bodyStart = groups[g].Index + groups[g].Length;
            int bodyEnd = g + 1 < groups.Count ? groups[g + 1].Index : source.Length;
            var widths = new HashSet<int>();
            foreach (Match w in Width.Matches(source.Substring(bodyStart, bodyEnd - bodyStart)))
            {
                for (int i = 1; i < w.Groups.Count; i++) if (w.Groups[i].Success) widths.Add(int.Parse(w.Groups[i].Value));
            }
            if (widths.Count == 0) continue; // jumps, returns, traps: no fall-through step
            foreach (Match label in Label.Matches(groups[g].Value))
            {
                var op = Enum.Parse<Op>(label.Groups[1].Value);
                int expected = 1 + OpLayout.Of(op)!.Length;
                checkedOps++;
                foreach (int width in widths)
                    if (width != expected) mismatches.Add($"{op}: steps {width}, layout says {expected}");
            }
        }
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
        Assert.True(checkedOps >= atLeast, $"only {checkedOps} ops with a literal step found in {file}");
    }
}
