using System;
using System.Collections.Generic;
using System.Text;

namespace WitSharp.Cli.Output;

/// <summary>
/// A line-based unified diff (<c>--- a/… +++ b/… @@ -l,n +l,n @@</c>) with three lines of context, as
/// <c>diff -u</c> and <c>git diff</c> print it. Used by <c>fmt --check</c> to show what formatting would change.
/// </summary>
public static class UnifiedDiff
{
    private const int Context = 3;

    // Past this many cells of the LCS table the middle is shown as one replaced block: still a correct diff,
    // just not a minimal one, and it keeps time and memory bounded on huge inputs.
    private const long MaxTableCells = 16_000_000;

    private enum Op { Keep, Delete, Insert }

    /// <summary>The diff from <paramref name="before"/> to <paramref name="after"/>; empty when they are equal.</summary>
    public static string Create(string path, string before, string after)
    {
        if (before == after) return "";
        string[] a = SplitLines(before);
        string[] b = SplitLines(after);
        var edits = Edits(a, b);
        var sb = new StringBuilder();
        sb.Append("--- a/").Append(path).Append('\n');
        sb.Append("+++ b/").Append(path).Append('\n');
        AppendHunks(sb, edits, a, b);
        return sb.ToString();
    }

    private static string[] SplitLines(string text) =>
        text.Length == 0 ? Array.Empty<string>() : text.Replace("\r\n", "\n").TrimEnd('\n').Split('\n');

    private static List<(Op Op, int A, int B)> Edits(string[] a, string[] b)
    {
        int prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix]) prefix++;
        int suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[a.Length - 1 - suffix] == b[b.Length - 1 - suffix]) suffix++;

        var edits = new List<(Op, int, int)>();
        for (int i = 0; i < prefix; i++) edits.Add((Op.Keep, i, i));
        int n = a.Length - prefix - suffix, m = b.Length - prefix - suffix;
        if ((long)n * m > MaxTableCells) AddReplace(edits, prefix, n, prefix, m);
        else AddLcs(edits, a, b, prefix, n, m);
        for (int i = 0; i < suffix; i++) edits.Add((Op.Keep, a.Length - suffix + i, b.Length - suffix + i));
        return edits;
    }

    private static void AddReplace(List<(Op, int, int)> edits, int aStart, int n, int bStart, int m)
    {
        for (int i = 0; i < n; i++) edits.Add((Op.Delete, aStart + i, -1));
        for (int j = 0; j < m; j++) edits.Add((Op.Insert, -1, bStart + j));
    }

    private static void AddLcs(List<(Op, int, int)> edits, string[] a, string[] b, int offset, int n, int m)
    {
        // lcs[i, j] = length of the longest common subsequence of a[i..n) and b[j..m) (relative to offset).
        var lcs = new int[n + 1, m + 1];
        for (int i = n - 1; i >= 0; i--)
        {
            for (int j = m - 1; j >= 0; j--)
            {
                lcs[i, j] = a[offset + i] == b[offset + j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }
        int x = 0, y = 0;
        while (x < n || y < m)
        {
            if (x < n && y < m && a[offset + x] == b[offset + y]) { edits.Add((Op.Keep, offset + x, offset + y)); x++; y++; }
            // Deletions first, as diff -u prints a changed line: "-old" then "+new".
            else if (x < n && (y == m || lcs[x + 1, y] >= lcs[x, y + 1])) { edits.Add((Op.Delete, offset + x, -1)); x++; }
            else { edits.Add((Op.Insert, -1, offset + y)); y++; }
        }
    }

    private static void AppendHunks(StringBuilder sb, List<(Op Op, int A, int B)> edits, string[] a, string[] b)
    {
        int index = 0;
        while (index < edits.Count)
        {
            int firstChange = edits.FindIndex(index, e => e.Op != Op.Keep);
            if (firstChange < 0) break;
            int start = Math.Max(index, firstChange - Context);
            // Extend the hunk while the next change is within 2*Context unchanged lines.
            int end = firstChange;
            int lastChange = firstChange;
            while (end < edits.Count)
            {
                if (edits[end].Op != Op.Keep) lastChange = end;
                else if (end - lastChange > 2 * Context) break;
                end++;
            }
            end = Math.Min(edits.Count, lastChange + 1 + Context);
            AppendHunk(sb, edits, start, end, a, b);
            index = end;
        }
    }

    private static void AppendHunk(StringBuilder sb, List<(Op Op, int A, int B)> edits, int start, int end, string[] a, string[] b)
    {
        int aStart = -1, bStart = -1, aCount = 0, bCount = 0;
        var body = new StringBuilder();
        for (int i = start; i < end; i++)
        {
            var (op, ai, bi) = edits[i];
            if (op != Op.Insert) { if (aStart < 0) aStart = ai; aCount++; }
            if (op != Op.Delete) { if (bStart < 0) bStart = bi; bCount++; }
            body.Append(op switch { Op.Keep => ' ', Op.Delete => '-', _ => '+' })
                .Append(op == Op.Insert ? b[bi] : a[ai]).Append('\n');
        }
        // An empty side is numbered by the line before it, as diff -u does.
        int aLine = aCount == 0 ? LineBefore(edits, start, e => e.A) : aStart + 1;
        int bLine = bCount == 0 ? LineBefore(edits, start, e => e.B) : bStart + 1;
        sb.Append("@@ -").Append(aLine).Append(',').Append(aCount)
          .Append(" +").Append(bLine).Append(',').Append(bCount).Append(" @@\n");
        sb.Append(body);
    }

    private static int LineBefore(List<(Op Op, int A, int B)> edits, int start, Func<(Op Op, int A, int B), int> side)
    {
        for (int i = start - 1; i >= 0; i--)
        {
            int line = side(edits[i]);
            if (line >= 0) return line + 1;
        }
        return 0;
    }
}
