using System.IO;
using System.Linq;
using WitSharp.Engine.Binary;
using WitSharp.Engine.Model;
using WitSharp.Engine.Tests.Kernels;
using WitSharp.Engine.Validation;
using WitSharp.Testing;

namespace WitSharp.Engine.Tests.Binary;

/// <summary>Modules produced by a real toolchain (clang + wasm-ld): padded LEB128 indices and a name section.</summary>
public sealed class ClangModuleTests
{
    [SkippableFact]
    public void KernelModulesDecodeAndValidateWithNamesAndPaddedIndices()
    {
        string clang = ExternalTool.Require("clang-19", "apt-get install clang-19 lld-19");
        ExternalTool.Require("wasm-ld-19", "apt-get install lld-19");
        string sources = RepositoryPaths.InRepository("tests", "Engine.Tests", "Kernels");
        string built = KernelBuilder.Build(clang, sources);
        string[] modules = Directory.GetFiles(built, "*.wasm");
        Assert.NotEmpty(modules);

        int paddedCalls = 0;
        foreach (string path in modules)
        {
            ModuleDefinition module = ModuleDecoder.Decode(File.ReadAllBytes(path));
            ModuleValidator.Validate(module);
            Assert.NotEmpty(module.Names.FunctionNames);
            Assert.Contains(module.CustomSections, c => c.Name == "name");
            foreach (FunctionDefinition function in module.Functions)
            {
                var reader = new InstructionReader(function.Body);
                var instruction = default(Instruction);
                while (!reader.AtEnd)
                {
                    int start = reader.Position;
                    Opcode op = reader.Read(ref instruction);
                    // wasm-ld leaves relocatable call targets as 5-byte LEB128s.
                    if (op == Opcode.Call && reader.Position - start == 6) paddedCalls++;
                }
            }
        }
        Assert.True(paddedCalls > 0, "expected wasm-ld's padded call indices");
    }
}
