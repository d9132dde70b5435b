using System.IO;
using System.Linq;
using System.Text.Json;
using WitSharp.Components.Binary;
using WitSharp.Components.Model;
using WitSharp.Testing;

namespace WitSharp.Cli.Tests.ComponentWit;

/// <summary><c>witsharp component wit|inspect</c>: outputs checked against the decoded binary, errors and exit codes.</summary>
public sealed class ComponentCommandTests
{
    private const string CalcWit =
        "package demo:calc@1.0.0;\n\ninterface types {\n  record point { x: s32, y: s32 }\n  resource counter { constructor(start: u32); get: func() -> u32; }\n}\n\n" +
        "interface ops {\n  use types.{point, counter};\n  add: func(a: point, b: point) -> point;\n  make: func() -> counter;\n}\n\n" +
        "world calc {\n  import log: func(msg: string);\n  import types;\n  export ops;\n  export greet: func(name: string) -> string;\n}\n";

    private static (TempFolder Temp, string Embedded, string Component) BuildCalc()
    {
        var jco = Jco.Require();
        var temp = new TempFolder();
        string wit = temp.Write("calc.wit", CalcWit);
        string embedded = Path.Combine(temp.Path, "calc.core.wasm"), component = Path.Combine(temp.Path, "calc.wasm");
        jco.Run(new[] { "embed", "--dummy", "--wit", wit, "-o", embedded });
        jco.New(embedded, component);
        return (temp, embedded, component);
    }

    [SkippableFact]
    public void WitPrintsTheRootWorldWithEachInterfaceInItsPackage()
    {
        var (temp, _, component) = BuildCalc();
        using var _temp = temp;
        var run = CliRunner.Run("component", "wit", component);
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("package root:component;\n", run.StdOut);
        Assert.Contains("world root {", run.StdOut);
        Assert.Contains("import demo:calc/types@1.0.0;", run.StdOut);
        Assert.Contains("export demo:calc/ops@1.0.0;", run.StdOut);
        Assert.Contains("package demo:calc@1.0.0 {", run.StdOut);
        // Inside its own package an interface uses another by its bare name (a full name would be a cycle).
        Assert.Contains("use types.{point};", run.StdOut);
        // What it prints resolves, and fmt would not change it.
        string printed = temp.Write("printed.wit", run.StdOut);
        Assert.Equal(0, CliRunner.Run("check", printed).ExitCode);
        Assert.Equal(0, CliRunner.Run("fmt", "--check", printed).ExitCode);
    }

    [SkippableFact]
    public void WitJsonIsTheReferenceJsonOfTheSameModel()
    {
        var (temp, _, component) = BuildCalc();
        using var _temp = temp;
        var json = CliRunner.Run("component", "wit", component, "--json");
        Assert.Equal(0, json.ExitCode);
        using var document = JsonDocument.Parse(json.StdOut);
        var packages = document.RootElement.GetProperty("packages").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Equal(new[] { "demo:calc@1.0.0", "root:component" }, packages);
        // The JSON of the printed WIT, resolved by the front end, names the same worlds, interfaces and functions.
        string printed = temp.Write("printed.wit", CliRunner.Run("component", "wit", component).StdOut);
        using var reparsed = JsonDocument.Parse(CliRunner.Run("json", printed).StdOut);
        Assert.Equal(Names(reparsed.RootElement, "interfaces"), Names(document.RootElement, "interfaces"));
        Assert.Equal(Names(reparsed.RootElement, "worlds"), Names(document.RootElement, "worlds"));
    }

    private static string[] Names(JsonElement root, string arena) =>
        root.GetProperty(arena).EnumerateArray()
            .Select(e => e.GetProperty("name").GetString() + ":" + string.Join(",", e.TryGetProperty("functions", out var f) ? f.EnumerateObject().Select(p => p.Name) : Enumerable.Empty<string>()))
            .OrderBy(s => s).ToArray();

    [SkippableFact]
    public void WitOfACoreModuleIsTheWorldItWasBuiltFor()
    {
        var (temp, embedded, _) = BuildCalc();
        using var _temp = temp;
        var run = CliRunner.Run("component", "wit", embedded);
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("package demo:calc@1.0.0;\n", run.StdOut);
        Assert.Contains("world calc {", run.StdOut);
    }

    [SkippableFact]
    public void InspectListsWhatTheDecoderFinds()
    {
        var (temp, _, component) = BuildCalc();
        using var _temp = temp;
        var decoded = ComponentDecoder.Decode(File.ReadAllBytes(component));
        var text = CliRunner.Run("component", "inspect", component);
        Assert.Equal(0, text.ExitCode);
        foreach (var import in decoded.Imports) Assert.Contains(import.Name.Name, text.StdOut);
        foreach (var module in decoded.CoreModules) Assert.Contains($"{module.Bytes.Length} bytes at offset 0x{module.Offset:x}", text.StdOut);
        Assert.Contains("string-encoding=utf8", text.StdOut);
        Assert.Contains("processed-by: wit-component", text.StdOut);

        var json = CliRunner.Run("component", "inspect", component, "--format", "json");
        Assert.Equal(0, json.ExitCode);
        using var document = JsonDocument.Parse(json.StdOut);
        var root = document.RootElement;
        Assert.Equal("component", root.GetProperty("kind").GetString());
        Assert.Equal(new FileInfo(component).Length, root.GetProperty("size").GetInt64());
        Assert.Equal(decoded.Imports.Select(i => i.Name.Name), root.GetProperty("imports").EnumerateArray().Select(i => i.GetProperty("name").GetString()));
        Assert.Equal(decoded.Exports.Select(e => e.Name.Name), root.GetProperty("exports").EnumerateArray().Select(e => e.GetProperty("name").GetString()));
        Assert.Equal(decoded.CoreModules.Select(m => m.Bytes.Length), root.GetProperty("coreModules").EnumerateArray().Select(m => m.GetProperty("size").GetInt32()));
        int canons = decoded.Definitions.OfType<CanonDefinition>().Count();
        Assert.Equal(canons, root.GetProperty("canonicalFunctions").GetArrayLength());
        // Each lift names the realloc and post-return it was given.
        var lifts = decoded.Definitions.OfType<CanonLift>().ToList();
        var listed = root.GetProperty("canonicalFunctions").EnumerateArray().Where(c => c.GetProperty("kind").GetString() == "lift").ToList();
        Assert.Equal(lifts.Count, listed.Count);
        for (int i = 0; i < lifts.Count; i++)
        {
            var options = listed[i].GetProperty("options").EnumerateArray().Select(o => o.GetString()).ToList();
            if (lifts[i].Options.PostReturn is uint post) Assert.Contains($"(post-return {post})", options);
            if (lifts[i].Options.Realloc is uint realloc) Assert.Contains($"(realloc {realloc})", options);
        }
    }

    [SkippableFact]
    public void GenerateFromACoreModuleWritesWhatTheWitItCarriesGenerates()
    {
        var (temp, embedded, component) = BuildCalc();
        using var _temp = temp;
        string fromWit = Path.Combine(temp.Path, "from-wit"), fromWasm = Path.Combine(temp.Path, "from-wasm"), fromComponent = Path.Combine(temp.Path, "from-component");
        Assert.Equal(0, CliRunner.Run("generate", Path.Combine(temp.Path, "calc.wit"), "--out", fromWit).ExitCode);
        var run = CliRunner.Run("generate", embedded, "--out", fromWasm);
        Assert.True(run.ExitCode == 0, run.StdErr);
        var expected = Directory.GetFiles(fromWit).Select(f => Path.GetFileName(f)).OrderBy(n => n).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Directory.GetFiles(fromWasm).Select(f => Path.GetFileName(f)).OrderBy(n => n));
        // Codec helpers are numbered by type index (CheckT5), and the binary lists types in another order than the
        // source: equal up to those numbers.
        foreach (string name in expected)
            Assert.Equal(Unnumbered(File.ReadAllText(Path.Combine(fromWit, name))), Unnumbered(File.ReadAllText(Path.Combine(fromWasm, name))));

        // A component's world is root:component/root, the one world of its main package: --world may be left out.
        var fromBinary = CliRunner.Run("generate", component, "--out", fromComponent);
        Assert.True(fromBinary.ExitCode == 0, fromBinary.StdErr);
        Assert.Contains(Directory.GetFiles(fromComponent), f => Path.GetFileName(f).Contains("Calc"));
    }

    private static string Unnumbered(string code) => System.Text.RegularExpressions.Regex.Replace(code, @"(?<=[a-z])T\d+\b", "T#");

    [Fact]
    public void MalformedBinariesAreFindingsWithTheOffset()
    {
        using var temp = new TempFolder();
        string truncated = Path.Combine(temp.Path, "bad.wasm");
        // A component preamble, then a type section that claims more bytes than there are.
        File.WriteAllBytes(truncated, new byte[] { 0x00, 0x61, 0x73, 0x6d, 0x0d, 0x00, 0x01, 0x00, 0x07, 0x10, 0x01 });
        foreach (string[] args in new[] { new[] { "component", "wit", truncated }, new[] { "component", "inspect", truncated }, new[] { "generate", truncated, "--out", Path.Combine(temp.Path, "out") } })
        {
            var run = CliRunner.Run(args);
            Assert.Equal(1, run.ExitCode);
            Assert.Contains("offset 0x", run.StdErr);
            Assert.Equal("", run.StdOut);
        }
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "out")));
    }

    [Fact]
    public void ACoreModuleWithoutWitIsAFinding()
    {
        using var temp = new TempFolder();
        string module = Path.Combine(temp.Path, "plain.wasm");
        File.WriteAllBytes(module, new byte[] { 0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00 });
        var run = CliRunner.Run("component", "wit", module);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no `component-type` custom section", run.StdErr);
        var inspect = CliRunner.Run("component", "inspect", module);
        Assert.Equal(0, inspect.ExitCode);
        Assert.StartsWith("core module (8 bytes)", inspect.StdOut);
    }

    [Fact]
    public void MissingFilesAndBadWorldNamesAreUsageErrors()
    {
        using var temp = new TempFolder();
        Assert.Equal(2, CliRunner.Run("component", "wit", Path.Combine(temp.Path, "missing.wasm")).ExitCode);
        Assert.Equal(2, CliRunner.Run("component", "inspect", temp.Path).ExitCode);
        string module = Path.Combine(temp.Path, "plain.wasm");
        File.WriteAllBytes(module, new byte[] { 0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00 });
        var run = CliRunner.Run("component", "wit", module, "--world", "no-package");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--world", run.StdErr);
    }

    [Fact]
    public void HelpShowsAnExample()
    {
        var run = CliRunner.Run("component", "wit", "--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("witsharp component wit calc.wasm", run.StdOut);
    }
}
