using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace WitSharp.Engine.Benchmarks;

/// <summary>
/// One row of the comparison: a kernel's median time in our engine and in V8, whether the results agree, and the
/// fastest call on each side.
/// </summary>
public sealed record ComparisonRow(string Name, double? OursMs, double? V8Ms, string Note, double? OursMinMs = null, double? V8MinMs = null);

/// <summary>Renders the engine-vs-V8 table: kernel, ours (ms), V8 (ms), ratio, and the geometric mean of the ratios.</summary>
public static class ReportTable
{
    /// <summary>The geometric mean of the median ratios of rows timed on both sides, or null when there are none.</summary>
    public static double? GeomeanRatio(IEnumerable<ComparisonRow> rows) => Geomean(rows.Select(r => (r.OursMs, r.V8Ms)));

    /// <summary>The geometric mean of the fastest-call ratios, or null when there are none.</summary>
    public static double? GeomeanMinRatio(IEnumerable<ComparisonRow> rows) => Geomean(rows.Select(r => (r.OursMinMs, r.V8MinMs)));

    private static double? Geomean(IEnumerable<(double? Ours, double? V8)> pairs)
    {
        double[] ratios = pairs.Where(p => p.Ours > 0 && p.V8 > 0).Select(p => p.Ours!.Value / p.V8!.Value).ToArray();
        return ratios.Length == 0 ? null : Math.Exp(ratios.Average(Math.Log));
    }

    /// <summary>The table as Markdown, with the geomean line and the goal it is judged against.</summary>
    public static string Render(IReadOnlyList<ComparisonRow> rows, double goalRatio)
    {
        var text = new StringBuilder();
        text.AppendLine("| kernel | ours (ms) | V8 (ms) | ratio | note |");
        text.AppendLine("|---|---:|---:|---:|---|");
        foreach (ComparisonRow row in rows)
        {
            string ratio = row.OursMs > 0 && row.V8Ms > 0 ? Format(row.OursMs!.Value / row.V8Ms!.Value, "0.0") + "×" : "—";
            text.AppendLine($"| {row.Name} | {Format(row.OursMs, "0.000")} | {Format(row.V8Ms, "0.000")} | {ratio} | {row.Note} |");
        }
        double? geomean = GeomeanRatio(rows);
        string verdict = geomean is null ? "no kernel timed on both sides" : geomean <= goalRatio ? "meets" : "misses";
        text.AppendLine();
        text.AppendLine($"geomean ratio: {Format(geomean, "0.0")}× ({verdict} the goal of ≤ {goalRatio:0}× V8)");
        text.AppendLine($"geomean ratio of the fastest calls: {Format(GeomeanMinRatio(rows), "0.0")}× (less disturbed by load from other processes)");
        return text.ToString();
    }

    private static string Format(double? value, string format) =>
        value is null ? "—" : value.Value.ToString(format, CultureInfo.InvariantCulture);
}
