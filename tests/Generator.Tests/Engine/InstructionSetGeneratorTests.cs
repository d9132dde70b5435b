extern alias enginegen;

using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using WitSharp.Generator.Tests.Roslyn;
using InstructionSetGenerator = enginegen::WitSharp.Engine.SourceGeneration.InstructionSetGenerator;

namespace WitSharp.Generator.Tests.Engine;

/// <summary>
/// The engine's instruction-set generator on small instruction enums: the widths and the layout table follow the
/// [Operands] declarations (change one, and the generated width changes), the generated code compiles, and an
/// undeclared member or an opcode too large for the table is a compile error rather than a silent gap.
/// </summary>
public sealed class InstructionSetGeneratorTests
{
    private const string Attributes = """
        namespace WitSharp.Engine.Execution
        {
            internal enum OperandKind : byte { Slot, Target, MemoryOffset }
            [System.AttributeUsage(System.AttributeTargets.Enum)] internal sealed class InstructionSetAttribute : System.Attribute { }
            [System.AttributeUsage(System.AttributeTargets.Field)]
            internal sealed class OperandsAttribute : System.Attribute { public OperandsAttribute(params OperandKind[] kinds) { } }
        }
        """;

    private static string Instructions(string members) => $$"""
        using static WitSharp.Engine.Execution.OperandKind;
        namespace WitSharp.Engine.Execution
        {
            [InstructionSet]
            internal enum Op { {{members}} }
            internal static partial class OpLayout { public static OperandKind[]?[] Table => Declared(); }
        }
        """;

    private static (Compilation Output, GeneratorRunResult Result) Run(string members)
    {
        var compilation = CSharpCompilation.Create("Engine",
            new[] { CSharpSyntaxTree.ParseText(Attributes, GeneratorHarness.ParseOptions), CSharpSyntaxTree.ParseText(Instructions(members), GeneratorHarness.ParseOptions) },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new InstructionSetGenerator().AsSourceGenerator() }, parseOptions: GeneratorHarness.ParseOptions);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);
        return (output, driver.GetRunResult().Results.Single());
    }

    private static string Generated(GeneratorRunResult result, string hint) =>
        result.GeneratedSources.Single(s => s.HintName == hint).SourceText.ToString();

    [Fact]
    public void WidthsAndLayoutsFollowTheDeclarations()
    {
        var (output, result) = Run("[Operands(Slot, Slot, MemoryOffset)] Load = 3, [Operands] Return, [Operands(Slot, Target)] BrIf = 9");
        Assert.Empty(result.Diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        string widths = Generated(result, "OpWidth.g.cs");
        Assert.Contains("public const int Load = 4;", widths);
        Assert.Contains("public const int Return = 1;", widths);
        Assert.Contains("public const int BrIf = 3;", widths);
        string layout = Generated(result, "OpLayout.g.cs");
        Assert.Contains("new global::WitSharp.Engine.Execution.OperandKind[]?[10]", layout);
        Assert.Contains("table[3] = shape0; // Load", layout);
        Assert.Contains("shape0 = { global::WitSharp.Engine.Execution.OperandKind.Slot, global::WitSharp.Engine.Execution.OperandKind.Slot, global::WitSharp.Engine.Execution.OperandKind.MemoryOffset };", layout);
        Assert.Contains("table[9] = shape2; // BrIf", layout);
    }

    [Fact]
    public void ChangingADeclarationChangesTheWidth()
    {
        var (_, before) = Run("[Operands(Slot, Slot)] Copy");
        var (_, after) = Run("[Operands(Slot, Slot, Slot)] Copy");
        Assert.Contains("public const int Copy = 3;", Generated(before, "OpWidth.g.cs"));
        Assert.Contains("public const int Copy = 4;", Generated(after, "OpWidth.g.cs"));
    }

    [Fact]
    public void InstructionsWithTheSameOperandsShareOneArray()
    {
        var (_, result) = Run("[Operands(Slot, Slot)] A, [Operands(Slot, Slot)] B, [Operands(Slot)] C");
        string layout = Generated(result, "OpLayout.g.cs");
        Assert.Contains("table[0] = shape0; // A", layout);
        Assert.Contains("table[1] = shape0; // B", layout);
        Assert.Contains("table[2] = shape1; // C", layout);
    }

    [Theory]
    [InlineData("[Operands(Slot)] A, B", "Op.B declares no [Operands(...)]")]
    [InlineData("[Operands(Slot)] A = 5000", "Op.A = 5000 lies outside 0..4095")]
    public void ABadDeclarationIsAnErrorAndGeneratesNothing(string members, string message)
    {
        var (_, result) = Run(members);
        Diagnostic error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal("WSE0001", error.Id);
        Assert.Contains(message, error.GetMessage());
        Assert.Empty(result.GeneratedSources);
    }
}
