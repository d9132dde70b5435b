using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using WitSharp.Testing;
using Xunit.Abstractions;

namespace WitSharp.Runtime.Tests.Conformance;

/// <summary>
/// Runs every vector of ../shared/cabi/vectors.jsonl through the layout stage and the runtime and compares
/// each output line with expected.jsonl field by field (all fields, including realloc logs, heap and blocks).
/// </summary>
public sealed class CabiConformanceTests
{
    private readonly ITestOutputHelper _log;

    public CabiConformanceTests(ITestOutputHelper log) => _log = log;

    [SkippableFact]
    public void EveryVectorMatchesTheReference()
    {
        string vectorsPath = RepositoryPaths.RequireShared("cabi", "vectors.jsonl");
        string expectedPath = RepositoryPaths.RequireShared("cabi", "expected.jsonl");
        var expected = File.ReadLines(expectedPath).Where(l => l.Trim().Length > 0)
            .Select(l => JsonNode.Parse(l)!.AsObject())
            .ToDictionary(o => o["id"]!.GetValue<string>());

        var perCategory = new SortedDictionary<string, (int Pass, int Total)>(StringComparer.Ordinal);
        var failures = new List<string>();
        int count = 0;
        // CABI_ACTUAL_OUT=file writes our output lines, for ../shared/cabi/compare.py.
        string? dumpPath = Environment.GetEnvironmentVariable("CABI_ACTUAL_OUT");
        using StreamWriter? dump = dumpPath is null ? null : new StreamWriter(dumpPath);
        foreach (string line in File.ReadLines(vectorsPath).Where(l => l.Trim().Length > 0))
        {
            using JsonDocument vector = JsonDocument.Parse(line);
            string id = vector.RootElement.GetProperty("id").GetString()!;
            JsonObject actual;
            try
            {
                actual = VectorRunner.Run(vector.RootElement);
            }
            catch (Exception e)
            {
                actual = new JsonObject { ["id"] = id, ["crash"] = e.GetType().Name + ": " + e.Message };
            }
            dump?.WriteLine(actual.ToJsonString());
            var differences = new List<string>();
            if (!expected.TryGetValue(id, out JsonObject? want)) differences.Add(id + ": no expected line");
            else JsonDiff.Compare(want, actual, id, differences);
            string category = Category(id);
            (int pass, int total) = perCategory.GetValueOrDefault(category);
            perCategory[category] = (pass + (differences.Count == 0 ? 1 : 0), total + 1);
            failures.AddRange(differences.Take(5));
            count++;
        }

        var report = new StringBuilder();
        foreach (var (category, (pass, total)) in perCategory) report.AppendLine($"{category,-10} {pass}/{total}");
        int passed = perCategory.Values.Sum(v => v.Pass);
        report.AppendLine($"{"overall",-10} {passed}/{count}");
        _log.WriteLine(report.ToString());
        foreach (string failure in failures.Take(60)) _log.WriteLine(failure);

        Assert.Equal(expected.Count, count);
        Assert.True(failures.Count == 0, report + string.Join("\n", failures.Take(60)));
    }

    // The id prefix names the group (`str_u16-03` -> `str_u16`).
    private static string Category(string id)
    {
        int dash = id.LastIndexOf('-');
        return dash > 0 ? id[..dash] : id;
    }
}
