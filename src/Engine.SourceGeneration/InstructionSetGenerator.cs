using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using WitSharp.Generator.Roslyn;

namespace WitSharp.Engine.SourceGeneration
{
    /// <summary>
    /// Reads an enum marked <c>[InstructionSet]</c> whose members each carry <c>[Operands(...)]</c>, the one place
    /// the register IR's operand layouts are written, and generates from it <c>{Enum}Width</c> (a constant width per
    /// instruction, which the interpreter steps by) and the <c>{Enum}Layout</c> table (which the translator, the
    /// verifier and the CIL tier read). A member without operands, or a value out of range, is a compile error.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class InstructionSetGenerator : IIncrementalGenerator
    {
        /// <summary>The marker attribute on the instruction enum.</summary>
        public const string InstructionSetAttributeName = "WitSharp.Engine.Execution.InstructionSetAttribute";

        /// <summary>The attribute on each member that lists its operand kinds.</summary>
        public const string OperandsAttributeName = "OperandsAttribute";

        /// <summary>Opcode values must lie below this, so the layout table indexed by opcode stays small.</summary>
        public const int MaxOpcode = 4096;

        private static readonly DiagnosticDescriptor Invalid = new(
            "WSE0001", "Invalid instruction declaration", "{0}", "WitSharp.Engine", DiagnosticSeverity.Error, isEnabledByDefault: true);

        /// <inheritdoc />
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var sets = context.SyntaxProvider.ForAttributeWithMetadataName(
                InstructionSetAttributeName,
                static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.EnumDeclarationSyntax,
                static (syntax, cancellationToken) => Read((INamedTypeSymbol)syntax.TargetSymbol, cancellationToken));
            context.RegisterSourceOutput(sets, static (output, set) =>
            {
                foreach (string problem in set.Problems) output.ReportDiagnostic(Diagnostic.Create(Invalid, Location.None, problem));
                if (set.Problems.Count > 0) return;
                output.AddSource(set.EnumName + "Width.g.cs", InstructionSetEmitter.Widths(set));
                output.AddSource(set.EnumName + "Layout.g.cs", InstructionSetEmitter.Layouts(set));
            });
        }

        private static InstructionSetModel Read(INamedTypeSymbol enumType, CancellationToken cancellationToken)
        {
            var instructions = new List<InstructionModel>();
            var problems = new List<string>();
            string operandKindType = "";
            foreach (IFieldSymbol member in enumType.GetMembers().OfType<IFieldSymbol>())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!member.HasConstantValue) continue;
                long value = System.Convert.ToInt64(member.ConstantValue);
                AttributeData? operands = member.GetAttributes().FirstOrDefault(a => a.AttributeClass?.Name == OperandsAttributeName);
                if (operands is null || operands.ConstructorArguments.Length != 1 || operands.ConstructorArguments[0].Kind != TypedConstantKind.Array)
                {
                    problems.Add($"{enumType.Name}.{member.Name} declares no [Operands(...)]: every instruction's operands must be declared");
                    continue;
                }
                if (value < 0 || value >= MaxOpcode) problems.Add($"{enumType.Name}.{member.Name} = {value} lies outside 0..{MaxOpcode - 1}");
                var names = new List<string>();
                foreach (TypedConstant kind in operands.ConstructorArguments[0].Values)
                {
                    if (kind.Type is not INamedTypeSymbol kindType || kind.Value is null)
                    {
                        problems.Add($"{enumType.Name}.{member.Name}: an operand kind is not a constant");
                        continue;
                    }
                    operandKindType = kindType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
                    names.Add(NameOf(kindType, kind.Value) ?? $"({operandKindType}){kind.Value}");
                }
                instructions.Add(new InstructionModel(member.Name, value, new EquatableArray<string>(names)));
            }
            if (operandKindType.Length == 0) problems.Add($"{enumType.Name} declares no operand of any kind");
            string ns = enumType.ContainingNamespace.IsGlobalNamespace ? "" : enumType.ContainingNamespace.ToDisplayString();
            return new InstructionSetModel(ns, enumType.Name, operandKindType,
                new EquatableArray<InstructionModel>(instructions), new EquatableArray<string>(problems));
        }

        private static string? NameOf(INamedTypeSymbol enumType, object value) =>
            enumType.GetMembers().OfType<IFieldSymbol>().FirstOrDefault(f => f.HasConstantValue && Equals(f.ConstantValue, value))?.Name;
    }
}
