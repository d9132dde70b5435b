using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using WitSharp.Components.Corpus.Tests.Reference;
using WitSharp.Components.Corpus.Tests.Traces;
using WitSharp.Components.Corpus.Tests.Values;
using WitSharp.Testing;
using Xunit.Abstractions;

namespace WitSharp.Components.Corpus.Tests.Ours;

/// <summary>
/// Issue #11's differential acceptance: every corpus component gives the same results, host-call sequences and traps
/// on our runtime as on Wasmtime.Components 50.0.1, over the manifest's calls and generated inputs across the value
/// types; components Wasmtime cannot run are checked against the C# oracle instead.
/// </summary>
public sealed class DifferentialTests
{
    // Generated calls per export: with the manifest's calls this is well over 2,000 calls across the corpus.
    private const int PerExport = 60;
    private const int Seed = 20261204;
    private readonly ITestOutputHelper _output;

    // Components our runtime does not run yet, with why; they are still compared and counted in N/M, but do not fail
    // the test. An entry whose component starts to agree fails the test, so the list cannot go stale.
    // (calc-js was one until the engine accepted extended constant expressions.)
    private static readonly Dictionary<string, string> KnownGaps = new();

    public DifferentialTests(ITestOutputHelper output) => _output = output;

    /// <summary>Run per engine: each engine's traces equal Wasmtime.Components', so the engines also agree with each other.</summary>
    [SkippableTheory, EachEngine]
    public void EveryCorpusComponentAgreesWithWasmtime(string engine)
    {
        IReadOnlyDictionary<string, string> built = ComponentCorpus.RequireAll();
        Skip.IfNot(WasmtimeHarness.IsAvailable(out string why), why);
        int agreed = 0, total = 0;
        var failures = new List<string>();
        var watch = Stopwatch.StartNew();
        foreach (CorpusComponent component in ComponentCorpus.Components.Where(c => c.RunsOnWasmtime))
        {
            byte[] bytes = System.IO.File.ReadAllBytes(built[component.Name]);
            CorpusWorld world = CorpusWorld.Load(component);
            var calls = CorpusCallPlan.FromManifest(component, world).Concat(CorpusCallPlan.Generated(component, world, Seed, PerExport)).ToList();
            CallTrace theirs = WasmtimeHarness.Run(bytes, world, calls);
            CallTrace ours = WitSharpHarness.Run(engine, bytes, world, calls);
            var differences = new List<string>();
            (int same, int count) = Compare(component.Name, theirs, ours, differences);
            agreed += same;
            total += count;
            _output.WriteLine($"{component.Name}: {same}/{count} calls agree");
            if (KnownGaps.TryGetValue(component.Name, out string? gap))
            {
                _output.WriteLine($"  known gap: {gap}");
                if (differences.Count == 0) failures.Add($"{component.Name} now agrees: remove it from KnownGaps");
            }
            else
            {
                failures.AddRange(differences);
            }
        }
        _output.WriteLine($"differential on the {engine} engine: {agreed}/{total} calls agree with Wasmtime.Components 50.0.1 (seed {Seed}, {watch.Elapsed.TotalSeconds:F1} s)");
        Assert.True(total >= 2000, $"only {total} calls were compared");
        Assert.True(failures.Count == 0, $"{agreed}/{total} calls agree; first differences outside the known gaps:\n" + string.Join("\n", failures.Take(10)));
    }

    public static IEnumerable<object[]> OracleOnlyComponents =>
        from engine in TestEngines.Names
        from component in ComponentCorpus.Components
        where !component.RunsOnWasmtime
        select new object[] { engine, component.Name };

    [SkippableTheory]
    [MemberData(nameof(OracleOnlyComponents))]
    public void ComponentsWasmtimeCannotRunGiveTheOracleTrace(string engine, string name)
    {
        CorpusComponent component = ComponentCorpus.Get(name);
        byte[] bytes = ComponentCorpus.RequireBytes(name);
        CorpusWorld world = CorpusWorld.Load(component);
        var calls = CorpusCallPlan.FromManifest(component, world);
        CallTrace expected = CorpusOracle.Expect(component, world, calls);
        CallTrace ours = WitSharpHarness.Run(engine, bytes, world, calls);
        _output.WriteLine(ours.ToString());
        Assert.True(CallTrace.FirstDifference(expected, ours, "oracle", "WitSharp") is null, CallTrace.FirstDifference(expected, ours, "oracle", "WitSharp"));
    }

    private static (int Same, int Count) Compare(string name, CallTrace theirs, CallTrace ours, List<string> failures)
    {
        IReadOnlyList<string> a = theirs.CallBlocks(), b = ours.CallBlocks();
        int same = 0, count = System.Math.Max(a.Count, b.Count);
        for (int i = 0; i < count; i++)
        {
            string? x = i < a.Count ? a[i] : null, y = i < b.Count ? b[i] : null;
            if (x == y) same++;
            else failures.Add($"{name} call {i + 1}:\n Wasmtime: {x?.TrimEnd() ?? "<none>"}\n WitSharp: {y?.TrimEnd() ?? "<none>"}\n WitSharp traps: {string.Join(" | ", ours.TrapMessages.Take(3))}");
        }
        return (same, count);
    }
}
