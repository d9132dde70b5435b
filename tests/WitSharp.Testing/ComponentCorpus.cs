using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace WitSharp.Testing;

/// <summary>
/// The component corpus of issue #11: sources and <c>manifest.json</c> in <c>tests/corpus/components</c>, binaries built
/// on demand (jco, wat2wasm, clang-19) into a cache folder keyed by a hash of everything that goes into them, so a
/// binary is built once per machine and source change. Never committed.
/// </summary>
public static class ComponentCorpus
{
    // Bump when the recipe below changes, so that cached binaries built the old way are not reused.
    private const string RecipeVersion = "2";

    private static readonly Lazy<IReadOnlyList<CorpusComponent>> s_components = new(LoadManifest);
    private static readonly object s_buildLock = new();
    private static readonly Dictionary<string, string> s_built = new();

    /// <summary>The folder holding the corpus sources and <c>manifest.json</c>.</summary>
    public static string SourceFolder => RepositoryPaths.InRepository("tests", "corpus", "components");

    /// <summary>
    /// Where built components go: <c>$WITSHARP_COMPONENT_CACHE</c>, or <c>witsharp-components</c> in the temp folder.
    /// </summary>
    public static string CacheFolder =>
        Environment.GetEnvironmentVariable("WITSHARP_COMPONENT_CACHE") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Path.GetTempPath(), "witsharp-components");

    /// <summary>Every component in the manifest, in its order.</summary>
    public static IReadOnlyList<CorpusComponent> Components => s_components.Value;

    /// <summary>The component named <paramref name="name"/>.</summary>
    public static CorpusComponent Get(string name) =>
        Components.FirstOrDefault(c => c.Name == name) ?? throw new ArgumentException($"no corpus component named '{name}'", nameof(name));

    /// <summary>The names of every component, as xunit member data.</summary>
    public static IEnumerable<object[]> Names => Components.Select(c => new object[] { c.Name });

    /// <summary>A path inside the corpus source folder.</summary>
    public static string SourcePath(string relative) => Path.Combine(SourceFolder, relative);

    /// <summary>
    /// The built binary of <paramref name="name"/> (building it if the cache lacks it); skips the calling test with a
    /// visible reason when a tool it needs is missing.
    /// </summary>
    public static string Require(string name)
    {
        CorpusComponent component = Get(name);
        Jco jco = Jco.Require();
        RequireTools(component);
        return Build(component, jco);
    }

    /// <summary>The bytes of <see cref="Require"/>.</summary>
    public static byte[] RequireBytes(string name) => File.ReadAllBytes(Require(name));

    /// <summary>Builds every component (two at a time), skipping the calling test when a tool is missing.</summary>
    public static IReadOnlyDictionary<string, string> RequireAll()
    {
        Jco jco = Jco.Require();
        foreach (CorpusComponent component in Components) RequireTools(component);
        var paths = new string[Components.Count];
        Parallel.For(0, Components.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i => paths[i] = Build(Components[i], jco));
        return Components.Select((c, i) => (c.Name, paths[i])).ToDictionary(p => p.Name, p => p.Item2);
    }

    private static void RequireTools(CorpusComponent component)
    {
        if (component.Build == CorpusBuildKind.CoreWat) ExternalTool.Require("wat2wasm", "apt-get install wabt");
        if (component.Build == CorpusBuildKind.C)
        {
            ExternalTool.Require("clang-19", "apt-get install clang-19 lld-19");
            ExternalTool.Require("wasm-ld-19", "apt-get install lld-19");
        }
    }

    /// <summary>Builds <paramref name="component"/> with <paramref name="jco"/> unless the cache holds it; returns its path.</summary>
    public static string Build(CorpusComponent component, Jco jco)
    {
        string key = ContentHash(component, jco);
        lock (s_buildLock)
        {
            if (s_built.TryGetValue(key, out string? known)) return known;
        }
        string output = BuildCached($"{component.Name}-{key}.wasm", scratch => BuildInto(component, jco, scratch));
        lock (s_buildLock) s_built[key] = output;
        return output;
    }

    /// <summary>
    /// The file <paramref name="fileName"/> of the cache folder, made by <paramref name="buildInto"/> (given a private
    /// scratch folder, it returns the path of what it built there) unless the cache already holds it. The result is
    /// renamed into place, so concurrent test processes never see half a file.
    /// </summary>
    public static string BuildCached(string fileName, Func<string, string> buildInto)
    {
        string output = Path.Combine(CacheFolder, fileName);
        if (File.Exists(output)) return output;
        Directory.CreateDirectory(CacheFolder);
        string scratch = Path.Combine(CacheFolder, $"tmp-{Path.GetFileNameWithoutExtension(fileName)}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(scratch);
        try
        {
            File.Move(buildInto(scratch), output, overwrite: true);
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
        return output;
    }

    private static string BuildInto(CorpusComponent component, Jco jco, string scratch)
    {
        string source = SourcePath(component.Source);
        string result = Path.Combine(scratch, component.Name + ".wasm");
        switch (component.Build)
        {
            case CorpusBuildKind.ComponentWat:
                jco.Parse(source, result);
                return result;
            case CorpusBuildKind.JavaScript:
                jco.Componentize(source, SourcePath(component.Wit), component.World, result);
                return result;
        }
        string core = Path.Combine(scratch, component.Name + ".core.wasm");
        if (component.Build == CorpusBuildKind.CoreWat)
        {
            RunTool("wat2wasm", new[] { source, "-o", core });
        }
        else
        {
            RunTool("clang-19", new[] { "--target=wasm32", "-nostdlib", "-O2", "-Wl,--no-entry", "-mbulk-memory", "-o", core, source });
        }
        string embedded = Path.Combine(scratch, component.Name + ".embedded.wasm");
        jco.Embed(core, SourcePath(component.Wit), component.World, embedded, component.StringEncoding);
        jco.New(embedded, result);
        return result;
    }

    private static void RunTool(string tool, IReadOnlyList<string> arguments)
    {
        string quoted = string.Join(' ', arguments.Select(a => "\"" + a + "\""));
        var (exitCode, stdout, stderr) = ExternalTool.Run(ExternalTool.Find(tool) ?? tool, quoted);
        if (exitCode != 0) throw new InvalidOperationException($"{tool} {quoted} exited with {exitCode}:\n{stderr}{stdout}");
    }

    // Everything that decides the output: the recipe, tool versions that matter, the manifest entry and every input file.
    private static string ContentHash(CorpusComponent component, Jco jco)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\n"));
        Add(RecipeVersion);
        Add(jco.Version);
        Add($"{component.Build}|{component.World}|{component.StringEncoding}|{component.Source}|{component.Wit}");
        var files = new List<string> { SourcePath(component.Source) };
        string wit = SourcePath(component.Wit);
        if (Directory.Exists(wit)) files.AddRange(Directory.GetFiles(wit, "*.wit", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal));
        else files.Add(wit);
        foreach (string file in files)
        {
            Add(Path.GetRelativePath(SourceFolder, file));
            hash.AppendData(File.ReadAllBytes(file));
        }
        return Convert.ToHexString(hash.GetHashAndReset(), 0, 8).ToLowerInvariant();
    }

    private static IReadOnlyList<CorpusComponent> LoadManifest()
    {
        string path = Path.Combine(SourceFolder, "manifest.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var components = new List<CorpusComponent>();
        foreach (JsonElement entry in document.RootElement.GetProperty("components").EnumerateArray())
        {
            var calls = new List<CorpusCall>();
            if (entry.TryGetProperty("calls", out JsonElement callList))
            {
                foreach (JsonElement call in callList.EnumerateArray())
                {
                    calls.Add(new CorpusCall(call.GetProperty("export").GetString()!, call.GetProperty("args").EnumerateArray().Select(a => a.Clone()).ToArray()));
                }
            }
            components.Add(new CorpusComponent(
                entry.GetProperty("name").GetString()!,
                entry.GetProperty("description").GetString()!,
                ParseKind(entry.GetProperty("build").GetString()!),
                entry.GetProperty("source").GetString()!,
                entry.GetProperty("wit").GetString()!,
                entry.GetProperty("world").GetString()!,
                entry.TryGetProperty("stringEncoding", out JsonElement encoding) ? encoding.GetString()! : "utf8",
                calls,
                entry.TryGetProperty("notOnWasmtime", out JsonElement not) ? not.GetString() : null,
                entry.TryGetProperty("importsWasi", out JsonElement wasi) && wasi.GetBoolean(),
                !entry.TryGetProperty("generate", out JsonElement generate) || generate.GetBoolean()));
        }
        return components;
    }

    private static CorpusBuildKind ParseKind(string kind) => kind switch
    {
        "component-wat" => CorpusBuildKind.ComponentWat,
        "core-wat" => CorpusBuildKind.CoreWat,
        "c" => CorpusBuildKind.C,
        "js" => CorpusBuildKind.JavaScript,
        _ => throw new InvalidDataException($"manifest.json: unknown build kind '{kind}'"),
    };
}
