using System;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace WitSharp.Benchmarks;

/// <summary>A summary column with input megabytes per second: the benchmark class says how big its input is.</summary>
public sealed class ThroughputColumn : IColumn
{
    private readonly Func<BenchmarkCase, long> _inputBytes;

    /// <summary>Creates the column; <paramref name="inputBytes"/> gives the bytes one operation processes.</summary>
    public ThroughputColumn(Func<BenchmarkCase, long> inputBytes) => _inputBytes = inputBytes;

    /// <inheritdoc />
    public string Id => nameof(ThroughputColumn);
    /// <inheritdoc />
    public string ColumnName => "MB/s";
    /// <inheritdoc />
    public bool AlwaysShow => true;
    /// <inheritdoc />
    public ColumnCategory Category => ColumnCategory.Custom;
    /// <inheritdoc />
    public int PriorityInCategory => 0;
    /// <inheritdoc />
    public bool IsNumeric => true;
    /// <inheritdoc />
    public UnitType UnitType => UnitType.Dimensionless;
    /// <inheritdoc />
    public string Legend => "Input megabytes (10^6 bytes) processed per second, from the mean";

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var report = summary.Reports.FirstOrDefault(r => r.BenchmarkCase == benchmarkCase);
        double? meanNs = report?.ResultStatistics?.Mean;
        long bytes = _inputBytes(benchmarkCase);
        if (meanNs is null || meanNs <= 0 || bytes <= 0) return "-";
        return (bytes / 1e6 / (meanNs.Value / 1e9)).ToString("F1");
    }

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);
    /// <inheritdoc />
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    /// <inheritdoc />
    public bool IsAvailable(Summary summary) => true;
}
