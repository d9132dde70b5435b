using Xunit;

namespace WitSharp.Engine.Tests.Compilation;

/// <summary>The execution tiers a behaviour must hold in: tests take one as a theory parameter.</summary>
public static class Tiers
{
    /// <summary>The interpreter alone, tiering (interpreter first, CIL when hot), and every function compiled to CIL.</summary>
    public static TheoryData<CompilationMode> All => new() { CompilationMode.Interpreter, CompilationMode.Tiered, CompilationMode.Compiled };

    /// <summary>Engine options for <paramref name="mode"/>.</summary>
    public static WasmEngineOptions Options(CompilationMode mode, bool fuel = false) => new() { Compilation = mode, ConsumeFuel = fuel };
}
