using WitSharp.Engine.Binary;
using WitSharp.Engine.Tests.Binary;
using WitSharp.Engine.Validation;

namespace WitSharp.Engine.Tests.Validation;

public sealed class ModuleValidatorTests
{
    private static void Valid(byte[] module) => ModuleValidator.Validate(ModuleDecoder.Decode(module));

    private static WasmValidationException Invalid(byte[] module) =>
        Assert.Throws<WasmValidationException>(() => ModuleValidator.Validate(ModuleDecoder.Decode(module)));

    [Fact]
    public void TypeMismatchReportsTheInstructionOffset()
    {
        // i64.const 1; i32.eqz  -- i32.eqz is at body offset 2.
        WasmValidationException e = Invalid(new ModuleBytes().OneFunction(0x42, 0x01, 0x45, 0x1A, 0x0B).ToArray());
        Assert.Equal("type mismatch", e.Reason);
        Assert.Equal(25, e.Offset);
    }

    [Fact]
    public void UnreachableMakesTheStackPolymorphic()
    {
        // unreachable; i32.add; drop  -- valid: operands come from the polymorphic stack.
        Valid(new ModuleBytes().OneFunction(0x00, 0x6A, 0x1A, 0x0B).ToArray());
        // unreachable; i64.const 0; br_if 0  -- a known operand of the wrong type is still an error after unreachable.
        Assert.Equal("type mismatch", Invalid(new ModuleBytes().OneFunction(0x00, 0x42, 0x00, 0x0D, 0x00, 0x1A, 0x1A, 0x0B).ToArray()).Reason);
    }

    [Fact]
    public void UnknownLocalAndLabel()
    {
        Assert.Equal("unknown local 0", Invalid(new ModuleBytes().OneFunction(0x20, 0x00, 0x1A, 0x0B).ToArray()).Reason);
        Assert.Equal("unknown label 1", Invalid(new ModuleBytes().OneFunction(0x0C, 0x01, 0x0B).ToArray()).Reason);
    }

    [Fact]
    public void RefFuncNeedsADeclaration()
    {
        // ref.func 0; drop  -- function 0 is not declared by an element segment, export or global.
        Assert.Equal("undeclared function reference 0", Invalid(new ModuleBytes().OneFunction(0xD2, 0x00, 0x1A, 0x0B).ToArray()).Reason);
        // Declared by a declarative element segment (form 3): valid.
        byte[] declared = new ModuleBytes()
            .Section(1, 0x01, 0x60, 0x00, 0x00)
            .Section(3, 0x01, 0x00)
            .Section(9, 0x01, 0x03, 0x00, 0x01, 0x00)
            .Section(10, 0x01, 0x05, 0x00, 0xD2, 0x00, 0x1A, 0x0B)
            .ToArray();
        Valid(declared);
    }

    [Fact]
    public void StartFunctionMustTakeAndReturnNothing()
    {
        byte[] module = new ModuleBytes()
            .Section(1, 0x01, 0x60, 0x00, 0x01, 0x7F)
            .Section(3, 0x01, 0x00)
            .Section(8, 0x00)
            .Section(10, 0x01, 0x04, 0x00, 0x41, 0x00, 0x0B)
            .ToArray();
        Assert.Equal("start function", Invalid(module).Reason);
    }

    [Fact]
    public void DuplicateExportNames()
    {
        byte[] module = new ModuleBytes()
            .Section(1, 0x01, 0x60, 0x00, 0x00)
            .Section(3, 0x01, 0x00)
            .Section(7, ModuleBytes.Concat(new byte[] { 0x02 }, ModuleBytes.Name("f"), new byte[] { 0x00, 0x00 }, ModuleBytes.Name("f"), new byte[] { 0x00, 0x00 }))
            .Section(10, 0x01, 0x02, 0x00, 0x0B)
            .ToArray();
        Assert.Equal("duplicate export name", Invalid(module).Reason);
    }

    [Fact]
    public void GlobalInitializerMustBeConstant()
    {
        // (global i32 (i32.const 1) (i32.const 2)) is a type mismatch; (global i32 (nop)) is not constant.
        Assert.Equal("type mismatch", Invalid(new ModuleBytes().Section(6, 0x01, 0x7F, 0x00, 0x41, 0x01, 0x41, 0x02, 0x0B).ToArray()).Reason);
        Assert.Equal("constant expression required", Invalid(new ModuleBytes().Section(6, 0x01, 0x7F, 0x00, 0x01, 0x0B).ToArray()).Reason);
        Assert.Equal("unknown global 0", Invalid(new ModuleBytes().Section(6, 0x01, 0x7F, 0x00, 0x23, 0x00, 0x0B).ToArray()).Reason);
    }

    [Fact]
    public void MemoryLimits()
    {
        Assert.Equal("memory size must be at most 65536 pages (4GiB)", Invalid(new ModuleBytes().Section(5, 0x01, 0x00, 0x81, 0x80, 0x04).ToArray()).Reason);
        Assert.Equal("size minimum must not be greater than maximum", Invalid(new ModuleBytes().Section(5, 0x01, 0x01, 0x02, 0x01).ToArray()).Reason);
    }

    [Fact]
    public void MultiValueBlocks()
    {
        // Types: 0 = [] -> [], 1 = [i32] -> [i32 i32].  i32.const 1; block (type 1) dup-ish: local-free "i32.const 2" then end; drop; drop.
        byte[] module = new ModuleBytes()
            .Section(1, 0x02, 0x60, 0x00, 0x00, 0x60, 0x01, 0x7F, 0x02, 0x7F, 0x7F)
            .Section(3, 0x01, 0x00)
            .Section(10, 0x01, 0x0B, 0x00, 0x41, 0x01, 0x02, 0x01, 0x41, 0x02, 0x0B, 0x1A, 0x1A, 0x0B)
            .ToArray();
        Valid(module);
    }
}
