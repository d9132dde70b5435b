using System;
using System.IO;
using WitSharp.Testing;

namespace WitSharp.Engine.Tests.Embedding;

/// <summary>Compiles WebAssembly text with wabt's <c>wat2wasm</c> (skips the test visibly when wabt is missing).</summary>
internal static class Wat
{
    public static byte[] Compile(string text)
    {
        string wat2wasm = ExternalTool.Require("wat2wasm", "apt-get install wabt");
        string dir = Path.Combine(Path.GetTempPath(), "witsharp-wat-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            string input = Path.Combine(dir, "m.wat"), output = Path.Combine(dir, "m.wasm");
            File.WriteAllText(input, text);
            var (exit, _, stderr) = ExternalTool.Run(wat2wasm, $"--debug-names \"{input}\" -o \"{output}\"");
            if (exit != 0) throw new InvalidOperationException("wat2wasm failed: " + stderr);
            return File.ReadAllBytes(output);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>Loads <paramref name="text"/> into <paramref name="engine"/>.</summary>
    public static WasmModule Load(WasmEngine engine, string text) => engine.LoadModule(Compile(text));

    /// <summary>Instantiates <paramref name="text"/> with no imports in a fresh store.</summary>
    public static WasmInstance Instantiate(string text, WasmEngineOptions? options = null)
    {
        var engine = new WasmEngine(options);
        return new WasmLinker(engine).Instantiate(new WasmStore(engine), Load(engine, text));
    }
}
