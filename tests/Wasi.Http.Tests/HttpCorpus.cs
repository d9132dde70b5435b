using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using WitSharp.Testing;

namespace WitSharp.Wasi.Http.Tests;

/// <summary>
/// The wasi:http handler corpus in <c>tests/corpus/http</c> (its README says what each handler does), built on demand
/// into a cache keyed by a hash of its inputs, like <see cref="ComponentCorpus"/>. The WASI WIT the handlers are built
/// against is read from <c>../shared/conformance/wasi-bundles</c> where it lies (copied only into a scratch folder
/// that wasm-tools can read), so a handler build skips with a reason when ../shared or a tool is missing.
/// </summary>
public static class HttpCorpus
{
    // Bump when a recipe below changes.
    private const string RecipeVersion = "1";

    private static readonly object s_lock = new();
    private static readonly Dictionary<string, string> s_built = new();

    /// <summary>Every handler: name, how it is built, and its source relative to the corpus folder.</summary>
    public static IReadOnlyList<HttpHandlerSource> Handlers { get; } = new[]
    {
        new HttpHandlerSource("tiny", HttpHandlerBuild.C, "tiny/tiny.c", "tiny/tiny.wit", "0.2.0"),
        new HttpHandlerSource("hostile", HttpHandlerBuild.C, "hostile/hostile.c", "hostile/hostile.wit", "0.2.0"),
        new HttpHandlerSource("app", HttpHandlerBuild.JavaScript, "app/app.js", null, "0.2.12"),
    };

    /// <summary>The folder holding the corpus sources.</summary>
    public static string SourceFolder => RepositoryPaths.InRepository("tests", "corpus", "http");

    /// <summary>Where built handlers go: <c>$WITSHARP_COMPONENT_CACHE</c>, or <c>witsharp-components</c> in the temp folder.</summary>
    public static string CacheFolder => ComponentCorpus.CacheFolder;

    /// <summary>The built component of handler <paramref name="name"/>; skips the calling test when a tool or ../shared is missing.</summary>
    public static string Require(string name)
    {
        HttpHandlerSource handler = Handlers.FirstOrDefault(h => h.Name == name) ?? throw new ArgumentException($"no http handler named '{name}'", nameof(name));
        Jco jco = Jco.Require();
        string bundle = RepositoryPaths.RequireShared("conformance", "wasi-bundles", handler.WasiVersion, "http");
        if (handler.Build == HttpHandlerBuild.C) ExternalTool.Require("clang-19", "apt-get install clang-19 lld-19");
        string key = Hash(handler, jco, bundle);
        lock (s_lock)
        {
            if (s_built.TryGetValue(key, out string? known)) return known;
            string output = ComponentCorpus.BuildCached($"http-{handler.Name}-{key}.wasm", scratch => BuildInto(handler, jco, bundle, scratch));
            s_built[key] = output;
            return output;
        }
    }

    private static string BuildInto(HttpHandlerSource handler, Jco jco, string bundle, string scratch)
    {
        string source = Path.Combine(SourceFolder, handler.Source);
        string result = Path.Combine(scratch, handler.Name + ".wasm");
        if (handler.Build == HttpHandlerBuild.JavaScript)
        {
            // The StarlingMonkey backend: it binds an exported `incomingHandler` itself (fetch-event off). QuickJS's
            // componentize-qjs 0.4.5 cannot build a wasi:http world (its Wizer linker stubs wasi:http/types with a
            // resource type of its own, "mismatched resource types").
            jco.Run(new[] { "componentize", source, "--wit", bundle, "--world-name", "proxy", "--disable", "fetch-event", "-o", result }, timeoutMs: 600_000);
            return result;
        }
        string core = Path.Combine(scratch, handler.Name + ".core.wasm");
        var (exitCode, stdout, stderr) = ExternalTool.Run(ExternalTool.Find("clang-19")!,
            $"--target=wasm32 -nostdlib -O2 -Wl,--no-entry -mbulk-memory -o \"{core}\" \"{source}\"");
        if (exitCode != 0) throw new InvalidOperationException($"clang-19 {source} exited with {exitCode}:\n{stderr}{stdout}");
        // A resolvable WIT folder: the handler's world beside the bundle's packages under deps/ (wasm-tools in jco
        // reads neither symlinks nor a deps/ nested in a dependency).
        string wit = Path.Combine(scratch, "wit");
        string deps = Path.Combine(wit, "deps");
        Directory.CreateDirectory(Path.Combine(deps, "http"));
        File.Copy(Path.Combine(SourceFolder, handler.Wit!), Path.Combine(wit, "world.wit"));
        foreach (string file in Directory.GetFiles(bundle, "*.wit")) File.Copy(file, Path.Combine(deps, "http", Path.GetFileName(file)));
        foreach (string package in Directory.GetDirectories(Path.Combine(bundle, "deps")))
        {
            string target = Path.Combine(deps, Path.GetFileName(package));
            Directory.CreateDirectory(target);
            foreach (string file in Directory.GetFiles(package, "*.wit")) File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }
        string embedded = Path.Combine(scratch, handler.Name + ".embedded.wasm");
        jco.Run(new[] { "embed", core, "--wit", wit, "-o", embedded });
        jco.New(embedded, result);
        return result;
    }

    private static string Hash(HttpHandlerSource handler, Jco jco, string bundle)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\n"));
        Add(RecipeVersion);
        Add(jco.Version);
        Add($"{handler.Build}|{handler.Source}|{handler.Wit}|{handler.WasiVersion}");
        hash.AppendData(File.ReadAllBytes(Path.Combine(SourceFolder, handler.Source)));
        if (handler.Wit != null) hash.AppendData(File.ReadAllBytes(Path.Combine(SourceFolder, handler.Wit)));
        foreach (string header in Directory.GetFiles(SourceFolder, "*.h").OrderBy(f => f, StringComparer.Ordinal)) hash.AppendData(File.ReadAllBytes(header));
        foreach (string file in Directory.GetFiles(bundle, "*.wit", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            Add(Path.GetRelativePath(bundle, file));
            hash.AppendData(File.ReadAllBytes(file));
        }
        return Convert.ToHexString(hash.GetHashAndReset(), 0, 8).ToLowerInvariant();
    }
}

/// <summary>How a corpus handler is built.</summary>
public enum HttpHandlerBuild
{
    /// <summary>clang-19 without libc, then <c>jco embed</c> and <c>jco new</c>.</summary>
    C,

    /// <summary><c>jco componentize</c> (componentize-js, StarlingMonkey).</summary>
    JavaScript,
}

/// <summary>One handler of the corpus.</summary>
public sealed record HttpHandlerSource(string Name, HttpHandlerBuild Build, string Source, string? Wit, string WasiVersion);
