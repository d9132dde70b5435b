using System;
using System.Collections.Generic;
using System.IO;
using WitSharp.Engine.Tests.Spec;
using Xunit.Abstractions;

namespace WitSharp.Engine.Tests.Execution;

/// <summary>
/// Every function of every valid spec module translates (the spec run only translates functions it calls), and
/// so does every mutant of them that still validates; running a valid mutant's exports (with fuel) only ever
/// ends normally or with a trap or link error.
/// </summary>
public sealed class TranslationRobustnessTests
{
    private const int MutantsPerModule = 6;
    private readonly ITestOutputHelper _output;

    public TranslationRobustnessTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [SkippableFact]
    public void EveryValidModuleAndValidMutantTranslates()
    {
        var engine = new WasmEngine(new WasmEngineOptions { ConsumeFuel = true, MaxMemoryPages = 256 });
        var random = new Random(20261121);
        var failures = new List<string>();
        int modules = 0, mutantsValid = 0, mutantsTotal = 0;
        foreach (WastScript script in SpecSuite.LoadAll())
        {
            foreach (WastCommand command in script.Commands)
            {
                if (command.Type != WastCommandType.Module || command.IsTextModule) continue;
                byte[] bytes = File.ReadAllBytes(command.ModulePath!);
                modules++;
                string? failure = Translate(engine, bytes, mustLoad: true);
                if (failure != null) failures.Add($"{command.Where(script)}: {failure}");
                for (int i = 0; i < MutantsPerModule; i++)
                {
                    byte[] mutant = Mutate(bytes, random);
                    mutantsTotal++;
                    failure = Translate(engine, mutant, mustLoad: false);
                    if (failure == "") continue;
                    mutantsValid++;
                    if (failure != null) failures.Add($"{command.Where(script)} mutant {i}: {failure}");
                }
            }
        }
        _output.WriteLine($"{modules} modules, {mutantsValid}/{mutantsTotal} mutants valid, {failures.Count} failures");
        Assert.True(modules > 1000, $"only {modules} modules");
        Assert.True(failures.Count == 0, string.Join("\n", failures.GetRange(0, Math.Min(20, failures.Count))));
    }

    /// <summary>Null when it translated; "" when the bytes were rejected as malformed or invalid; else the failure.</summary>
    private static string? Translate(WasmEngine engine, byte[] bytes, bool mustLoad)
    {
        WasmModule module;
        try
        {
            module = engine.LoadModule(bytes);
        }
        catch (WasmException e)
        {
            return mustLoad ? "rejected: " + e.Message : "";
        }
        try
        {
            module.Precompile();
        }
        catch (Exception e)
        {
            return $"translation threw {e.GetType().Name}: {e.Message}";
        }
        return mustLoad ? null : RunExports(engine, module);
    }

    /// <summary>Instantiates a mutant and calls each exported function with zero arguments.</summary>
    private static string? RunExports(WasmEngine engine, WasmModule module)
    {
        var store = new WasmStore(engine) { Fuel = 20_000 };
        try
        {
            WasmInstance instance = SpecExecutionHost.CreateLinker(engine, store).Instantiate(store, module);
            foreach (var export in instance.Exports)
            {
                if (export.Value is not WasmFunction function) continue;
                var arguments = new WasmValue[function.Type.Parameters.Length];
                for (int i = 0; i < arguments.Length; i++) arguments[i] = WasmValue.Default(function.Type.Parameters[i]);
                store.Fuel = 20_000;
                try
                {
                    function.Invoke(arguments);
                }
                catch (WasmTrapException)
                {
                }
            }
            return null;
        }
        catch (WasmLinkException)
        {
            return null;
        }
        catch (WasmTrapException)
        {
            return null;
        }
        catch (Exception e)
        {
            return $"execution threw {e.GetType().Name}: {e.Message}";
        }
    }

    private static byte[] Mutate(byte[] original, Random random)
    {
        byte[] bytes = (byte[])original.Clone();
        int flips = 1 + random.Next(3);
        for (int i = 0; i < flips && bytes.Length > 8; i++)
        {
            int at = 8 + random.Next(bytes.Length - 8);
            bytes[at] = random.Next(2) == 0 ? (byte)random.Next(256) : (byte)(bytes[at] ^ (1 << random.Next(8)));
        }
        return bytes;
    }
}
