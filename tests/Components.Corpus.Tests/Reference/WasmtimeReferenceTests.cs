using System.Collections.Generic;
using System.Linq;
using WitSharp.Components.Corpus.Tests.Traces;
using WitSharp.Components.Corpus.Tests.Values;
using WitSharp.Testing;
using Xunit.Abstractions;

namespace WitSharp.Components.Corpus.Tests.Reference;

/// <summary>
/// The reference harness on its own: every corpus component Wasmtime can run gives the trace the C# oracle computes
/// from the inputs, for the manifest's calls and for generated ones. This is what makes Wasmtime a trustworthy second
/// runtime for the differential tests.
/// </summary>
public sealed class WasmtimeReferenceTests
{
    private readonly ITestOutputHelper _output;

    public WasmtimeReferenceTests(ITestOutputHelper output) => _output = output;

    public static IEnumerable<object[]> OracleComponents =>
        ComponentCorpus.Components.Where(c => c.RunsOnWasmtime && CorpusOracle.Knows(c)).Select(c => new object[] { c.Name });

    public static IEnumerable<object[]> GeneratingComponents =>
        ComponentCorpus.Components.Where(c => c.RunsOnWasmtime && c.Generate && CorpusOracle.Knows(c)).Select(c => new object[] { c.Name });

    [SkippableTheory]
    [MemberData(nameof(OracleComponents))]
    public void ManifestCallsGiveTheOracleTraceOnWasmtime(string name)
    {
        CorpusComponent component = ComponentCorpus.Get(name);
        byte[] bytes = ComponentCorpus.RequireBytes(name);
        Skip.IfNot(WasmtimeHarness.IsAvailable(out string why), why);
        CorpusWorld world = CorpusWorld.Load(component);
        IReadOnlyList<PlannedCall> calls = CorpusCallPlan.FromManifest(component, world);
        Assert.NotEmpty(calls);

        CallTrace expected = CorpusOracle.Expect(component, world, calls);
        CallTrace actual = WasmtimeHarness.Run(bytes, world, calls);

        _output.WriteLine(actual.ToString());
        Assert.True(CallTrace.FirstDifference(expected, actual, "oracle", "Wasmtime") is null,
            CallTrace.FirstDifference(expected, actual, "oracle", "Wasmtime"));
    }

    [SkippableTheory]
    [MemberData(nameof(GeneratingComponents))]
    public void GeneratedCallsGiveTheOracleTraceOnWasmtime(string name)
    {
        CorpusComponent component = ComponentCorpus.Get(name);
        byte[] bytes = ComponentCorpus.RequireBytes(name);
        Skip.IfNot(WasmtimeHarness.IsAvailable(out string why), why);
        CorpusWorld world = CorpusWorld.Load(component);
        IReadOnlyList<PlannedCall> calls = CorpusCallPlan.Generated(component, world, seed: 11, perExport: 40);

        CallTrace expected = CorpusOracle.Expect(component, world, calls);
        CallTrace actual = WasmtimeHarness.Run(bytes, world, calls);

        _output.WriteLine($"{name}: {calls.Count} generated calls, {actual.Lines.Count} trace lines");
        Assert.True(CallTrace.FirstDifference(expected, actual, "oracle", "Wasmtime") is null,
            CallTrace.FirstDifference(expected, actual, "oracle", "Wasmtime"));
    }
}
