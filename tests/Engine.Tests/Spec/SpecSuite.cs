using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using WitSharp.Testing;

namespace WitSharp.Engine.Tests.Spec;

/// <summary>
/// The WebAssembly core spec test suite (<c>../shared/wasm-spec/core/*.wast</c>, SIMD excluded), converted to
/// JSON + module binaries by wast2json once into a cache under the temp folder (reused while newer than the
/// .wast), and loaded as <see cref="WastScript"/>s. Shared by the validation and execution spec tests.
/// Skips the calling test visibly when ../shared or wast2json is missing.
/// </summary>
public static class SpecSuite
{
    private static readonly object s_lock = new();
    private static ImmutableArray<WastScript> s_scripts;

    /// <summary>The folder the converted scripts are cached in.</summary>
    public static string CacheDirectory { get; } = Path.Combine(Path.GetTempPath(), "witsharp-spec-json");

    /// <summary>Every core script (90 files), converted and loaded once per process.</summary>
    public static ImmutableArray<WastScript> LoadAll()
    {
        string core = RepositoryPaths.RequireShared("wasm-spec", "core");
        string wast2json = ExternalTool.Require("wast2json", "apt-get install wabt");
        lock (s_lock)
        {
            if (s_scripts.IsDefault) s_scripts = ConvertAndLoad(core, wast2json);
            return s_scripts;
        }
    }

    private static ImmutableArray<WastScript> ConvertAndLoad(string coreDirectory, string wast2json)
    {
        Directory.CreateDirectory(CacheDirectory);
        string[] sources = Directory.GetFiles(coreDirectory, "*.wast", SearchOption.TopDirectoryOnly);
        Array.Sort(sources, StringComparer.Ordinal);
        var scripts = new WastScript[sources.Length];
        Parallel.For(0, sources.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            string name = Path.GetFileNameWithoutExtension(sources[i]);
            scripts[i] = WastScript.Load(EnsureConverted(sources[i], name, wast2json), name);
        });
        return ImmutableArray.Create(scripts);
    }

    /// <summary>Converts one .wast unless an up-to-date conversion exists; returns the JSON path.</summary>
    private static string EnsureConverted(string source, string name, string wast2json)
    {
        string folder = Path.Combine(CacheDirectory, name);
        string json = Path.Combine(folder, name + ".json");
        if (File.Exists(json) && File.GetLastWriteTimeUtc(json) >= File.GetLastWriteTimeUtc(source)) return json;

        // Convert into a private folder, then move it into place, so concurrent test runs never see half a conversion.
        string staging = folder + "." + Guid.NewGuid().ToString("N");
        Directory.CreateDirectory(staging);
        var (exit, _, stderr) = ExternalTool.Run(wast2json, $"\"{source}\" -o \"{Path.Combine(staging, name + ".json")}\"");
        if (exit != 0)
        {
            Directory.Delete(staging, recursive: true);
            throw new InvalidOperationException($"wast2json failed on {source}: {stderr}");
        }
        if (Directory.Exists(folder)) TryDelete(folder);
        try
        {
            Directory.Move(staging, folder);
        }
        catch (IOException)
        {
            // Another run moved its conversion into place first; use that one.
            TryDelete(staging);
        }
        return json;
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>The script named <paramref name="name"/> (e.g. <c>i32</c>).</summary>
    public static WastScript Get(string name) => LoadAll().First(s => s.Name == name);
}
