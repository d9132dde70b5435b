using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using WitSharp.Testing;
using WitSharp.WitParser;
using Xunit.Abstractions;

namespace WitSharp.Cli.Tests.ComponentWit;

/// <summary>
/// Issue #11's acceptance for <c>witsharp component wit</c>: WIT worlds are built into binaries by jco, read back, and
/// the printed WIT must resolve and <c>witsharp diff</c> must report no change against the WIT they were built from.
/// Two binaries per world: the core module <c>jco embed --dummy</c> makes (its <c>component-type</c> section encodes the
/// world) and the component <c>jco new</c> makes from it (the world is read from the component's imports and exports).
/// </summary>
public sealed class ComponentWitRoundTripTests(ITestOutputHelper output)
{
    /// <summary>Findings that say nothing changed: the version verdict, and dependency packages a single printed file lists as its own.</summary>
    private static readonly string[] Unchanged = { "diff/semver", "diff/added-package" };

    public static IEnumerable<object[]> Worlds()
    {
        foreach (string file in Directory.GetFiles(RepositoryPaths.InRepository("tests", "Cli.Tests", "ComponentWit", "worlds"), "*.wit").OrderBy(f => f))
            yield return new object[] { Path.GetRelativePath(RepositoryPaths.Root, file) };
        yield return new object[] { Path.Combine("wit-samples", "kv-store") };
        yield return new object[] { Path.Combine("wit-samples", "http-handler") };
        foreach (string name in new[] { "calc/calc.wit", "echo/echo.wit", "strings/strings.wit", "host-resources/host-resources.wit", "resources/guest-resources.wit", "nested/nested.wit" })
            yield return new object[] { Path.Combine("tests", "corpus", "components", name) };
    }

    [SkippableTheory]
    [MemberData(nameof(Worlds))]
    public void ComponentTypeSectionReadsBackAsTheWorldItWasBuiltFrom(string relative)
    {
        var jco = Jco.Require();
        string wit = RepositoryPaths.InRepository(relative);
        using var temp = new TempFolder();
        string embedded = Path.Combine(temp.Path, "embedded.wasm");
        jco.Run(new[] { "embed", "--dummy", "--wit", wit, "-o", embedded });

        string printed = PrintWit(temp, embedded);
        var changes = Diff(wit, printed);
        Assert.True(changes.Count == 0, $"diff {relative} against the WIT read back reports:\n{string.Join("\n", changes)}\n\n{File.ReadAllText(printed)}");
    }

    [SkippableTheory]
    [MemberData(nameof(Worlds))]
    public void ComponentReadsBackAsTheWorldItWasBuiltFrom(string relative)
    {
        var jco = Jco.Require();
        string wit = RepositoryPaths.InRepository(relative);
        using var temp = new TempFolder();
        string embedded = Path.Combine(temp.Path, "embedded.wasm"), component = Path.Combine(temp.Path, "component.wasm");
        jco.Run(new[] { "embed", "--dummy", "--wit", wit, "-o", embedded });
        jco.New(embedded, component);

        // The binary names no world: name it as the source does, so diff matches package, world and interfaces.
        string printed = PrintWit(temp, component, "--world", SourceWorld(wit));
        var changes = Diff(wit, printed)
            // wit-component leaves out the types no function reaches (the reference's `component wit` shows the same).
            .Where(c => !c.StartsWith("diff/removed-type ", System.StringComparison.Ordinal))
            .ToList();
        Assert.True(changes.Count == 0, $"diff {relative} against the component's WIT reports:\n{string.Join("\n", changes)}\n\n{File.ReadAllText(printed)}");
    }

    /// <summary>
    /// The acceptance line itself: every component of the corpus as built (a C guest, core WAT embedded with its WIT,
    /// component text, componentize-js), read back, must print WIT that resolves and that diff finds unchanged
    /// against the WIT the component was built from (types no function reaches aside, as above).
    /// </summary>
    [SkippableTheory]
    [MemberData(nameof(ComponentCorpus.Names), MemberType = typeof(ComponentCorpus))]
    public void EveryCorpusComponentReadsBackAsTheWorldItWasBuiltFrom(string name)
    {
        CorpusComponent source = ComponentCorpus.Get(name);
        string binary = ComponentCorpus.Require(name);
        string wit = ComponentCorpus.SourcePath(source.Wit);
        using var temp = new TempFolder();
        string printed = PrintWit(temp, binary, "--world", SourceWorld(wit, source.World));
        var changes = Diff(wit, printed)
            .Where(c => !c.StartsWith("diff/removed-type ", System.StringComparison.Ordinal))
            // A component is one world: the other worlds of its WIT package (hostile.wit holds four) are not in it.
            .Where(c => !(c.StartsWith("diff/removed-world ", System.StringComparison.Ordinal) && !c.Contains($"/{source.World}`", System.StringComparison.Ordinal)))
            // componentize-js adds an export of its own, `init`, beside the world's exports.
            .Where(c => !(source.Build == CorpusBuildKind.JavaScript && c.StartsWith("diff/added-export ", System.StringComparison.Ordinal) && c.Contains(" export init`", System.StringComparison.Ordinal)))
            .ToList();
        // With those set aside, the version verdict has nothing left to judge.
        if (changes.All(c => c.StartsWith("diff/semver ", System.StringComparison.Ordinal))) changes.Clear();
        Assert.True(changes.Count == 0, $"diff {source.Wit} against {name}'s WIT reports:\n{string.Join("\n", changes)}\n\n{File.ReadAllText(printed)}");
    }

    /// <summary>
    /// wasm-tools' own corpus of WIT packages encoded as components (<c>wit-component/tests/interfaces</c>): each
    /// <c>.wat</c> is assembled by jco and read back; the WIT must resolve and diff must find no change against the
    /// reference's printed form (<c>.wit.print</c>) or the source folder. Prints N/M.
    /// </summary>
    [SkippableFact]
    public void EncodedWitPackagesOfTheReferenceCorpusReadBackUnchanged()
    {
        string folder = RepositoryPaths.RequireShared("conformance", "wit-component-interfaces");
        var jco = Jco.Require();
        using var temp = new TempFolder();
        var failures = new List<string>();
        int total = 0;
        foreach (string wat in Directory.GetFiles(folder, "*.wat").OrderBy(f => f))
        {
            string name = Path.GetFileNameWithoutExtension(wat);
            string expected = File.Exists(Path.Combine(folder, name + ".wit.print")) ? Path.Combine(folder, name + ".wit.print") : Path.Combine(folder, name);
            if (!Path.Exists(expected))
            {
                // The reference keeps no WIT for it (single-named-result.wat is written in a syntax jco 1.35 no longer parses).
                output.WriteLine($"{name}: no expected WIT beside it; not compared");
                continue;
            }
            total++;
            string binary = Path.Combine(temp.Path, name + ".wasm");
            jco.Parse(wat, binary);
            var run = CliRunner.Run("component", "wit", binary);
            if (run.ExitCode != 0)
            {
                failures.Add($"{name}: exit {run.ExitCode}: {run.StdErr}");
                continue;
            }
            string printed = temp.Write(name + ".out.wit", run.StdOut);
            var changes = Diff(expected, printed);
            if (changes.Count > 0) failures.Add($"{name}: {string.Join("; ", changes)}");
        }
        output.WriteLine($"wit-component interfaces read back unchanged: {total - failures.Count}/{total}");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(total >= 30, $"only {total} cases found in {folder}");
    }

    private static string PrintWit(TempFolder temp, string binary, params string[] options)
    {
        var run = CliRunner.Run(new[] { "component", "wit", binary }.Concat(options).ToArray());
        Assert.True(run.ExitCode == 0, $"component wit exited {run.ExitCode}: {run.StdErr}");
        return temp.Write("printed.wit", run.StdOut);
    }

    /// <summary>The diff's findings as "code message", leaving out the ones that say nothing changed.</summary>
    private static List<string> Diff(string old, string @new)
    {
        var run = CliRunner.Run("diff", old, @new, "--format", "json");
        Assert.True(run.ExitCode is 0 or 1, $"diff exited {run.ExitCode}: {run.StdErr}");
        using var findings = JsonDocument.Parse(run.StdOut);
        if (findings.RootElement.ValueKind != JsonValueKind.Array) Assert.Fail("diff --format json printed no array: " + run.StdOut + run.StdErr);
        return findings.RootElement.EnumerateArray()
            .Select(f => (Code: f.GetProperty("code").GetString()!, Message: f.GetProperty("message").GetString()!))
            .Where(f => !(Unchanged.Contains(f.Code) && (f.Code != "diff/semver" || f.Message.Contains("no API changes"))))
            .Select(f => f.Code + " " + f.Message)
            .ToList();
    }

    /// <summary>The one world of the WIT's main package, qualified: <c>ns:pkg/world@version</c>.</summary>
    private static string SourceWorld(string wit, string? name = null)
    {
        var load = WitLoader.LoadPath(wit);
        Assert.True(load.Success, string.Join("\n", load.Diagnostics));
        var package = load.Resolve!.Packages[load.RootPackages[^1]];
        string world = name ?? Assert.Single(package.Worlds).Key;
        return $"{package.Name.WithoutVersion}/{world}" + (package.Name.Version is { } v ? "@" + v : "");
    }
}
