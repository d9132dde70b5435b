using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using WitSharp.WitParser.Diagnostics;
using WitSharp.WitParser.Tests.Robustness;

namespace WitSharp.Generator.Tests.Roslyn;

/// <summary>
/// Mutated WIT (the parser fuzzer's seeded mutations of every corpus file) through the Roslyn generator: whatever
/// the input, the generator reports diagnostics and never throws or reports an internal error.
/// </summary>
public class GeneratorFuzzTests
{
    private const int Inputs = 2000;
    private const int Seed = 0x5EED_6E4;

    [SkippableFact]
    public void Mutated_wit_never_escapes_as_an_exception_or_an_internal_error()
    {
        var seeds = FuzzCorpus.Load();
        Assert.NotEmpty(seeds);
        var mutator = new Mutator(Seed);
        var random = new Random(Seed);
        var compilation = GeneratorHarness.Compilation("class C { }");
        var failures = new List<string>();
        int withDiagnostics = 0, withSources = 0;
        for (int i = 0; i < Inputs; i++)
        {
            var seed = seeds[random.Next(seeds.Count)];
            var other = seeds[random.Next(seeds.Count)];
            var (kind, bytes) = mutator.Mutate(seed.Bytes, other.Bytes);
            string text = Encoding.UTF8.GetString(bytes);
            string label = $"#{i} {kind} of {seed.Name}";
            GeneratorRunResult result;
            try
            {
                var driver = GeneratorHarness.CreateDriver(new[] { new InMemoryAdditionalText("/p/wit/fuzz.wit", text) });
                result = driver.RunGenerators(compilation).GetRunResult().Results.Single();
            }
            catch (Exception e)
            {
                failures.Add($"{label}: escaped {e.GetType().Name}: {e.Message}");
                continue;
            }
            if (result.Exception is not null) failures.Add($"{label}: generator exception {result.Exception.GetType().Name}: {result.Exception.Message}");
            foreach (var d in result.Diagnostics.Where(d => d.Id == DiagnosticCodes.SourceGeneratorInternalError || d.Id == "AD0001" || d.Id == "CS8785"))
                failures.Add($"{label}: {d.Id} {d.GetMessage()}");
            if (result.Diagnostics.Length > 0) withDiagnostics++;
            if (result.GeneratedSources.Length > 0) withSources++;
        }
        Assert.True(failures.Count == 0, $"{failures.Count} of {Inputs} inputs failed:\n" + string.Join("\n", failures.Take(20)));
        // The mutations must reach both sides: inputs the generator rejects and inputs it still binds.
        Assert.True(withDiagnostics > Inputs / 10, $"only {withDiagnostics} inputs produced diagnostics");
        Assert.True(withSources > 0, "no mutated input produced bindings");
    }
}
