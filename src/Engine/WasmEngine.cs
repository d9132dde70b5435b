using System;
using System.IO;

namespace WitSharp.Engine;

/// <summary>
/// The entry point of the embedding API: holds settings, compiles modules.
/// <code>
/// var engine = new WasmEngine();
/// var module = engine.LoadModule(File.ReadAllBytes("add.wasm"));
/// var store = new WasmStore(engine);
/// var instance = new WasmLinker(engine).Instantiate(store, module);
/// int sum = instance.GetFunction&lt;int, int, int&gt;("add").Invoke(1, 2);
/// </code>
/// </summary>
public sealed class WasmEngine
{
    /// <summary>Creates an engine with <paramref name="options"/> (defaults when null).</summary>
    public WasmEngine(WasmEngineOptions? options = null)
    {
        Options = options ?? new WasmEngineOptions();
        if (Options.MaxCallDepth < 1) throw new ArgumentOutOfRangeException(nameof(options), "MaxCallDepth must be positive");
        if (Options.MaxValueStackSlots < 1024) throw new ArgumentOutOfRangeException(nameof(options), "MaxValueStackSlots must be at least 1024");
    }

    /// <summary>The engine's settings.</summary>
    public WasmEngineOptions Options { get; }

    /// <summary>Decodes and validates a binary module.</summary>
    /// <exception cref="WasmException">The module is malformed or invalid.</exception>
    public WasmModule LoadModule(ReadOnlyMemory<byte> bytes) => new(this, bytes);

    /// <summary>Reads, decodes and validates a <c>.wasm</c> file.</summary>
    /// <exception cref="WasmException">The module is malformed or invalid.</exception>
    public WasmModule LoadModuleFile(string path) => new(this, File.ReadAllBytes(path));
}
