using System;
using System.Collections.Generic;
using System.Linq;
using WitSharp.Engine.Binary;
using WitSharp.Engine.Model;

namespace WitSharp.Engine.Tests.Differential;

/// <summary>The generator itself: reproducible from its seed, and covering every WebAssembly 2.0 instruction.</summary>
public sealed class ModuleGeneratorTests
{
    [Fact]
    public void SameSeedAndIndexGiveTheSameModule()
    {
        for (int index = 0; index < 50; index++)
        {
            byte[] a = ModuleEncoder.Encode(ModuleGenerator.Generate(FuzzRandom.ForModule(5, index)));
            byte[] b = ModuleEncoder.Encode(ModuleGenerator.Generate(FuzzRandom.ForModule(5, index)));
            Assert.Equal(a, b);
            Assert.NotEqual(a, ModuleEncoder.Encode(ModuleGenerator.Generate(FuzzRandom.ForModule(6, index))));
        }
    }

    /// <summary>The first 2,000 modules of a run use every opcode <see cref="Opcode"/> lists (all of WebAssembly 2.0 but SIMD).</summary>
    [Fact]
    public void ModulesUseEveryInstruction()
    {
        var seen = new HashSet<Opcode>();
        for (int index = 0; index < 2000; index++)
        {
            ModuleDefinition module = ModuleDecoder.Decode(ModuleEncoder.Encode(ModuleGenerator.Generate(FuzzRandom.ForModule(1, index))));
            foreach (FunctionDefinition function in module.Functions)
            {
                var reader = new InstructionReader(function.Body);
                var instruction = new Instruction();
                while (!reader.AtEnd) seen.Add(reader.Read(ref instruction));
            }
        }
        var missing = Enum.GetValues<Opcode>().Where(op => !seen.Contains(op)).ToList();
        Assert.True(missing.Count == 0, "never generated: " + string.Join(", ", missing));
    }
}
