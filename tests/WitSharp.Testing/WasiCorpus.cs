using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Xunit;

namespace WitSharp.Testing;

/// <summary>
/// The WASI program corpus: C sources in <c>tests/corpus/wasi</c>, each built on demand with clang-19 and wasi-libc
/// into a core module and turned into a <c>wasi:cli/command</c> component by jco's preview1 adapter
/// (<c>jco new --wasi-command</c>), or, for <c>.wat</c> sources, component text assembled by <c>jco parse</c>. Binaries
/// go to <see cref="ComponentCorpus.CacheFolder"/> under a hash of their inputs; never committed.
/// </summary>
public static class WasiCorpus
{
    // Bump when the recipe below changes, so that binaries built the old way are not reused.
    private const string RecipeVersion = "1";
    private static readonly object s_buildLock = new();

    /// <summary>The folder holding the corpus sources.</summary>
    public static string SourceFolder => RepositoryPaths.InRepository("tests", "corpus", "wasi");

    /// <summary>
    /// The component built from <c>tests/corpus/wasi/&lt;name&gt;.c</c> (or <c>.wat</c>); skips the calling test with a
    /// visible reason when clang-19, wasi-libc or jco is missing.
    /// </summary>
    public static string Require(string name)
    {
        string c = Path.Combine(SourceFolder, name + ".c"), wat = Path.Combine(SourceFolder, name + ".wat");
        bool isC = File.Exists(c);
        if (!isC && !File.Exists(wat)) throw new ArgumentException($"no WASI corpus source named '{name}' in {SourceFolder}", nameof(name));
        Jco jco = Jco.Require();
        if (isC) RequireCTools();
        string source = isC ? c : wat;
        lock (s_buildLock)
        {
            return ComponentCorpus.BuildCached($"wasi-{name}-{Hash(source, jco)}.wasm", scratch =>
            {
                string built = Path.Combine(scratch, name + ".component.wasm");
                if (isC)
                {
                    string core = Path.Combine(scratch, name + ".wasm");
                    Run("clang-19", new[] { "--target=wasm32-wasi", "-O2", "-o", core, source });
                    jco.Run(new[] { "new", core, "--wasi-command", "-o", built });
                }
                else
                {
                    jco.Parse(source, built);
                }
                return built;
            });
        }
    }

    /// <summary>Skips the calling test unless clang-19, wasm-ld-19 and wasi-libc are installed.</summary>
    public static void RequireCTools()
    {
        ExternalTool.Require("clang-19", "apt-get install clang-19 lld-19");
        ExternalTool.Require("wasm-ld-19", "apt-get install lld-19");
        Skip.IfNot(WasiLibcInstalled(), "wasi-libc is not installed (apt-get install wasi-libc libclang-rt-19-dev-wasm32); .ci/run installs it.");
    }

    private static bool WasiLibcInstalled()
    {
        // Debian's wasi-libc puts its headers where clang-19 --target=wasm32-wasi looks for them by default.
        string[] headers = { "/usr/include/wasm32-wasi/stdio.h", "/usr/local/include/wasm32-wasi/stdio.h" };
        return headers.Any(File.Exists);
    }

    private static void Run(string tool, IReadOnlyList<string> arguments)
    {
        string quoted = string.Join(' ', arguments.Select(a => "\"" + a + "\""));
        var (exitCode, stdout, stderr) = ExternalTool.Run(ExternalTool.Find(tool) ?? tool, quoted);
        if (exitCode != 0) throw new InvalidOperationException($"{tool} {quoted} exited with {exitCode}:\n{stderr}{stdout}");
    }

    private static string Hash(string source, Jco jco)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(RecipeVersion + "\n" + jco.Version + "\n" + Path.GetFileName(source) + "\n"));
        hash.AppendData(File.ReadAllBytes(source));
        return Convert.ToHexString(hash.GetHashAndReset(), 0, 8).ToLowerInvariant();
    }
}
