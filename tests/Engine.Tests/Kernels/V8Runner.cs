using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using WitSharp.Testing;

namespace WitSharp.Engine.Tests.Kernels;

/// <summary>Runs kernel calls in Node's V8 (<c>run-v8.mjs</c>), the reference the engine's results must equal.</summary>
public static class V8Runner
{
    /// <summary>
    /// The result text of each call, in order (see <see cref="KernelCall.FormatResult"/>), or <c>trap: …</c>.
    /// <paramref name="wasmDir"/> holds <c>&lt;kernel&gt;.wasm</c>.
    /// </summary>
    public static IReadOnlyList<string> Run(string node, string wasmDir, IReadOnlyList<KernelCall> calls)
    {
        string script = RepositoryPaths.InRepository("tests", "Engine.Tests", "Kernels", "run-v8.mjs");
        string request = Path.Combine(Path.GetTempPath(), $"witsharp-v8-calls-{Environment.ProcessId}-{Guid.NewGuid():N}.json");
        var payload = calls.Select(c => new { wasm = Path.Combine(wasmDir, c.Kernel + ".wasm"), export = c.Export, args = c.Args, result = c.Result });
        File.WriteAllText(request, JsonSerializer.Serialize(payload));
        try
        {
            var (exitCode, stdout, stderr) = ExternalTool.Run(node, $"\"{script}\" \"{request}\"");
            if (exitCode != 0) throw new InvalidOperationException($"node {script} failed (exit {exitCode}):\n{stderr}");
            string[] results = JsonSerializer.Deserialize<string[]>(stdout) ?? Array.Empty<string>();
            if (results.Length != calls.Count)
                throw new InvalidOperationException($"node returned {results.Length} results for {calls.Count} calls:\n{stdout}");
            return results;
        }
        finally
        {
            File.Delete(request);
        }
    }
}
