using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Threading.Tasks;
using Xunit;

namespace WitSharp.Testing;

/// <summary>
/// Finds jco 1.35.0 (npm <c>@bytecodealliance/jco</c>, which carries wasm-tools, wit-component and componentize-js) and runs
/// it under node. Looks in <c>$WITSHARP_NPM_PREFIX</c>, then <c>~/.cache/witsharp/npm</c> (where <c>.ci/run</c> installs it);
/// each is an npm prefix folder holding <c>node_modules/</c>.
/// </summary>
public sealed class Jco
{
    private static readonly Lazy<(Jco? Jco, string Reason)> s_located = new(Locate);

    private Jco(string node, string script, string preload, string version)
    {
        NodePath = node;
        ScriptPath = script;
        PreloadPath = preload;
        Version = version;
    }

    /// <summary>The node executable.</summary>
    public string NodePath { get; }

    /// <summary>jco's <c>dist/jco.js</c>.</summary>
    public string ScriptPath { get; }

    /// <summary>The module node preloads so that jco's wasm-tools can read files (see <see cref="Locate"/>).</summary>
    public string PreloadPath { get; }

    /// <summary>jco's package version.</summary>
    public string Version { get; }

    /// <summary>The install hint printed when jco is missing.</summary>
    public const string InstallHint =
        "npm install --prefix ~/.cache/witsharp/npm @bytecodealliance/jco@1.35.0 @bytecodealliance/preview2-shim@0.26.1, or set WITSHARP_NPM_PREFIX";

    /// <summary>jco, or null with the reason it cannot be used.</summary>
    public static bool TryLocate([NotNullWhen(true)] out Jco? jco, out string reason)
    {
        (jco, reason) = s_located.Value;
        return jco != null;
    }

    /// <summary>jco; skips the calling test with a visible reason when it is missing.</summary>
    public static Jco Require()
    {
        Skip.IfNot(TryLocate(out Jco? jco, out string reason), reason);
        return jco!;
    }

    /// <summary>Runs jco with <paramref name="arguments"/>; throws with jco's output when it exits non-zero.</summary>
    public string Run(IEnumerable<string> arguments, int timeoutMs = 300_000)
    {
        var psi = new ProcessStartInfo(NodePath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add("--import");
        psi.ArgumentList.Add(new Uri(PreloadPath).AbsoluteUri);
        psi.ArgumentList.Add(ScriptPath);
        var shown = new List<string>();
        foreach (string argument in arguments)
        {
            psi.ArgumentList.Add(argument);
            shown.Add(argument);
        }
        using var process = Process.Start(psi) ?? throw new InvalidOperationException("cannot start node");
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeoutMs))
        {
            try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            throw new TimeoutException($"jco {string.Join(' ', shown)} did not finish in {timeoutMs} ms");
        }
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"jco {string.Join(' ', shown)} exited with {process.ExitCode}:\n{stderr.Result}{stdout.Result}");
        }
        return stdout.Result;
    }

    /// <summary>Assembles component (or core module) text into a binary: <c>jco parse</c>.</summary>
    public void Parse(string watPath, string outputPath) => Run(new[] { "parse", watPath, "-o", outputPath });

    /// <summary>
    /// Embeds the <c>component-type</c> of <paramref name="world"/> from the WIT at <paramref name="witPath"/> into a core
    /// module: <c>jco embed</c>. <paramref name="stringEncoding"/> is <c>utf8</c>, <c>utf16</c> or <c>compact-utf16</c>.
    /// jco 1.35 drops <c>--world-name</c> on the way to wasm-tools (it passes <c>worldName</c>, wasm-tools reads
    /// <c>world</c>), so the WIT package given here must hold exactly one world.
    /// </summary>
    public void Embed(string coreModulePath, string witPath, string world, string outputPath, string stringEncoding = "utf8") =>
        Run(new[] { "embed", coreModulePath, "--wit", witPath, "--world-name", world, "--string-encoding", stringEncoding, "-o", outputPath });

    /// <summary>Turns a core module carrying a <c>component-type</c> into a component: <c>jco new</c>.</summary>
    public void New(string embeddedPath, string outputPath, bool wasiReactor = false)
    {
        var arguments = new List<string> { "new", embeddedPath, "-o", outputPath };
        if (wasiReactor) arguments.Add("--wasi-reactor");
        Run(arguments);
    }

    /// <summary>
    /// Builds a component from JavaScript: <c>jco componentize</c> with the QuickJS backend (1.6 MB instead of 12), WASI
    /// imports replaced by trapping stubs (so the component imports only what its WIT names) and async off (its
    /// <c>task.*</c> built-ins need the component-model-async feature, which Wasmtime.Components 50 does not enable).
    /// </summary>
    public void Componentize(string scriptPath, string witPath, string world, string outputPath) =>
        Run(new[]
        {
            "componentize", scriptPath, "--wit", witPath, "--world-name", world,
            "--backend", "qjs", "--backend-qjs-stub-wasi", "--backend-qjs-disable-async", "-o", outputPath,
        });

    private static (Jco?, string) Locate()
    {
        string? node = ExternalTool.Find("node");
        if (node is null) return (null, "node is not installed (apt-get install nodejs npm); .ci/run installs it.");
        var prefixes = new List<string>();
        string? configured = Environment.GetEnvironmentVariable("WITSHARP_NPM_PREFIX");
        if (!string.IsNullOrEmpty(configured)) prefixes.Add(configured);
        string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (!string.IsNullOrEmpty(home)) prefixes.Add(Path.Combine(home, ".cache", "witsharp", "npm"));
        foreach (string prefix in prefixes)
        {
            string package = Path.Combine(prefix, "node_modules", "@bytecodealliance", "jco");
            string script = Path.Combine(package, "dist", "jco.js");
            string shim = Path.Combine(prefix, "node_modules", "@bytecodealliance", "preview2-shim", "package.json");
            if (!File.Exists(script) || !File.Exists(shim)) continue;
            string version = ReadVersion(Path.Combine(package, "package.json"));
            return (new Jco(node, script, EnsurePreload(prefix), version), "");
        }
        return (null, $"jco is not installed in {string.Join(" or ", prefixes)} ({InstallHint}); .ci/run installs it.");
    }

    // jco 1.35's bundled wasm-tools starts with no filesystem preopens, so `embed --wit` cannot read the WIT. A module
    // preloaded beside node_modules (so that the package import resolves) grants the root before jco runs.
    private static string EnsurePreload(string prefix)
    {
        string path = Path.Combine(prefix, "witsharp-preopen.mjs");
        const string text = "import { _setPreopens } from '@bytecodealliance/preview2-shim/filesystem';\n_setPreopens({ '/': '/' });\n";
        if (!File.Exists(path) || File.ReadAllText(path) != text)
        {
            string temporary = path + "." + Environment.ProcessId + ".tmp";
            File.WriteAllText(temporary, text);
            File.Move(temporary, path, overwrite: true);
        }
        return path;
    }

    private static string ReadVersion(string packageJson)
    {
        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(packageJson));
        return document.RootElement.TryGetProperty("version", out var v) ? v.GetString() ?? "?" : "?";
    }
}
