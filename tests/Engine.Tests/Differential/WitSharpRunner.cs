using System;
using System.Collections.Immutable;
using System.Linq;
using WitSharp.Engine.Model;

namespace WitSharp.Engine.Tests.Differential;

/// <summary>Runs a generated module on our engine and records its <see cref="Outcome"/>.</summary>
internal sealed class WitSharpRunner
{
    // How deep calls may nest is the implementation's choice; a lower limit than the default keeps the generated
    // unbounded recursions (see ModuleGenerator) cheap. Bounded calls nest at most ModuleGenerator.CallBudget deep.
    private readonly WasmEngine _engine;

    /// <summary>
    /// A runner whose modules run in <paramref name="mode"/> (the interpreter, tiering, or all compiled to CIL), with
    /// <see cref="WasmEngineOptions.StressPollInterval"/> set to <paramref name="stressPollInterval"/>.
    /// </summary>
    public WitSharpRunner(CompilationMode mode = CompilationMode.Interpreter, int stressPollInterval = 0)
    {
        _engine = new(new WasmEngineOptions { MaxCallDepth = 10_000, Compilation = mode, StressPollInterval = stressPollInterval });
    }

    public Outcome Run(byte[] bytes, ModuleShape shape)
    {
        var outcome = new Outcome();
        WasmModule module;
        try
        {
            module = _engine.LoadModule(bytes);
        }
        catch (WasmException e)
        {
            outcome.Add("invalid: " + e.Message);
            return outcome;
        }
        outcome.Add("valid");
        var store = new WasmStore(_engine);
        WasmInstance instance;
        try
        {
            var linker = new WasmLinker(_engine);
            for (int i = 0; i < shape.ImportedFunctionTypes.Count; i++)
            {
                int import = i;
                Signature s = shape.FunctionSignature(i);
                var type = new FuncType(s.Parameters.ToImmutableArray(), s.Results.ToImmutableArray());
                linker.DefineFunction(ModuleShape.HostModule, ModuleShape.HostImport(i), type,
                    (_, arguments, results) => HostFunctions.Compute(import, s, arguments, results));
            }
            instance = linker.Instantiate(store, module);
        }
        catch (WasmTrapException e)
        {
            outcome.Add("instantiate: trap " + TrapName(e.Kind));
            return outcome;
        }
        outcome.Add("instantiated");
        WasmGlobal budget = instance.GetGlobal(ModuleShape.BudgetExport)!;
        foreach (ExportCall call in shape.Calls)
        {
            budget.Value = WasmValue.I32(ModuleGenerator.CallBudget);
            var arguments = call.Signature.Parameters.Select((t, i) => WasmValue.FromBits(t, call.Arguments[i])).ToArray();
            try
            {
                WasmValue[] results = instance.GetFunction(call.Export)!.Invoke(arguments);
                outcome.Add(call.Export + " -> " + string.Join(" ", results.Select(Format)));
            }
            catch (WasmTrapException e)
            {
                outcome.Add(call.Export + " -> trap " + TrapName(e.Kind));
            }
            // The accumulator after each call says which call first went wrong.
            outcome.Add("  observed " + Format(instance.GetGlobal(ModuleShape.GlobalExport(ModuleShape.AccumulatorGlobal))!.Value));
        }
        if (instance.GetMemory(ModuleShape.MemoryExport) is { } memory)
        {
            outcome.Add($"memory: {memory.PageCount} pages, hash {Outcome.MemoryHash(memory.Span)}");
        }
        for (int g = 0; g < shape.Globals.Count; g++)
        {
            outcome.Add($"global {g}: {Format(instance.GetGlobal(ModuleShape.GlobalExport(g))!.Value)}");
        }
        for (int t = 0; t < shape.Tables.Count; t++)
        {
            WasmTable table = instance.GetTable(ModuleShape.TableExport(t))!;
            var elements = Enumerable.Range(0, (int)table.Size).Select(i => table.Get((uint)i).IsNull ? '0' : '1');
            outcome.Add($"table {t}: {table.Size} [{new string(elements.ToArray())}]");
        }
        return outcome;
    }

    private static string Format(WasmValue value) =>
        value.Type.IsReference() ? Outcome.Reference(value.Type, value.IsNull) : Outcome.Value(value.Type, value.Bits);

    /// <summary>Our trap kinds by the names both engines share (an index outside the table is a table bounds trap in Wasmtime).</summary>
    public static string TrapName(TrapKind kind) => kind switch
    {
        TrapKind.UndefinedElement => WasmTrapException.Describe(TrapKind.TableOutOfBounds),
        _ => WasmTrapException.Describe(kind),
    };
}
