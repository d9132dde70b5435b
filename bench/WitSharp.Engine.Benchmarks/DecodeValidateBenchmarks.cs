using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using WitSharp.Engine.Binary;
using WitSharp.Engine.Model;
using WitSharp.Engine.Validation;

namespace WitSharp.Engine.Benchmarks;

/// <summary>
/// Decoding and validating the benchmark's real (clang-built) modules: decode alone, validate alone and both.
/// Throughput is the modules' total size (printed in the global setup) divided by the mean time.
/// </summary>
[MemoryDiagnoser]
public class DecodeValidateBenchmarks
{
    private byte[][] _binaries = System.Array.Empty<byte[]>();
    private ModuleDefinition[] _decoded = System.Array.Empty<ModuleDefinition>();

    /// <summary>Loads every prepared <c>.wasm</c>.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _binaries = Directory.GetFiles(BenchInputs.WasmDir(), "*.wasm").OrderBy(p => p, System.StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();
        _decoded = _binaries.Select(b => ModuleDecoder.Decode(b)).ToArray();
        System.Console.WriteLine($"// {_binaries.Length} modules, {_binaries.Sum(b => (long)b.Length)} bytes in all");
    }

    /// <summary>Decodes every module (sections, segments; bodies stay byte ranges).</summary>
    [Benchmark]
    public int Decode()
    {
        int functions = 0;
        foreach (byte[] binary in _binaries) functions += ModuleDecoder.Decode(binary).Functions.Length;
        return functions;
    }

    /// <summary>Validates every already decoded module (streams over each body once).</summary>
    [Benchmark]
    public void Validate()
    {
        foreach (ModuleDefinition module in _decoded) ModuleValidator.Validate(module);
    }

    /// <summary>Both, as loading a module does.</summary>
    [Benchmark(Baseline = true)]
    public void DecodeAndValidate()
    {
        foreach (byte[] binary in _binaries) ModuleValidator.Validate(ModuleDecoder.Decode(binary));
    }
}
