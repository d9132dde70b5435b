using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Text.RegularExpressions;
using WitSharp.Engine.Execution;
using WitSharp.Testing;

namespace WitSharp.Engine.Tests.Execution;

/// <summary>
/// The interpreter steps over each instruction by a generated constant (<c>ip = ref Unsafe.Add(ref ip, OpWidth.X)</c>,
/// <c>pc += OpWidth.X</c>, <c>returnPc = pc + OpWidth.Call</c>), never by a literal; and a case that handles several
/// ops steps by the width of one of them, so all of them must be equally wide. Read from the interpreter's source,
/// case by case, so a case that steps by another op's width, or a layout change that splits a shared case, fails here.
/// </summary>
public sealed class OpLayoutAgreementTests
{
    private static readonly Regex Labels = new(@"(?:case\s+Op\.(\w+)\s*:\s*)+", RegexOptions.Compiled);
    private static readonly Regex Label = new(@"case\s+Op\.(\w+)\s*:", RegexOptions.Compiled);
    private static readonly Regex CaseEnd = new(@"\bcase\b|\bdefault\s*:", RegexOptions.Compiled);
    private static readonly Regex Step = new(@"Unsafe\.Add\(ref ip, (\w+(?:\.\w+)?)\)|\bpc \+= (\w+(?:\.\w+)?)|\bpc \+ (\w+(?:\.\w+)?)|ip\) \+ (\w+(?:\.\w+)?)", RegexOptions.Compiled);

    [Theory]
    [InlineData("Interpreter.Straight.cs", 150)]
    [InlineData("Interpreter.cs", 4)]
    public void EveryStepIsTheGeneratedWidthOfAnOpItsCaseHandles(string file, int atLeast)
    {
        string source = File.ReadAllText(RepositoryPaths.InRepository("src", "Engine", "Execution", file));
        var mismatches = new List<string>();
        int checkedOps = 0;
        MatchCollection groups = Labels.Matches(source);
        for (int g = 0; g < groups.Count; g++)
        {
            int bodyStart = groups[g].Index + groups[g].Length;
            // A case's body ends where the next case or default label (of this switch or any other) begins.
            Match next = CaseEnd.Match(source, bodyStart);
            int bodyEnd = next.Success ? next.Index : source.Length;
            var ops = new List<string>();
            foreach (Match label in Label.Matches(groups[g].Value)) ops.Add(label.Groups[1].Value);
            foreach (Match step in Step.Matches(source.Substring(bodyStart, bodyEnd - bodyStart)))
            {
                string width = FirstSuccess(step);
                if (!width.StartsWith("OpWidth.", StringComparison.Ordinal))
                {
                    mismatches.Add($"case {string.Join("/", ops)}: steps by '{width}', not by an OpWidth constant");
                    continue;
                }
                string named = width.Substring("OpWidth.".Length);
                if (!ops.Contains(named)) mismatches.Add($"case {string.Join("/", ops)}: steps by {width}, an op it does not handle");
                foreach (string op in ops)
                {
                    checkedOps++;
                    if (WidthOf(op) != WidthOf(named)) mismatches.Add($"{op}: is {WidthOf(op)} words wide but its case steps by {width} = {WidthOf(named)}");
                }
            }
        }
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
        Assert.True(checkedOps >= atLeast, $"only {checkedOps} steps by OpWidth found in {file}");
    }

    private static string FirstSuccess(Match step)
    {
        for (int i = 1; i < step.Groups.Count; i++) if (step.Groups[i].Success) return step.Groups[i].Value;
        throw new InvalidOperationException("no group matched");
    }

    private static int WidthOf(string op) =>
        (int)(typeof(OpWidth).GetField(op, BindingFlags.Public | BindingFlags.Static)
              ?? throw new InvalidOperationException($"OpWidth has no constant {op}")).GetRawConstantValue()!;
}
