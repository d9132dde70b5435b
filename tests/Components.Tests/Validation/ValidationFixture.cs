using System.Collections.Generic;
using WitSharp.Components.Binary;
using WitSharp.Components.Validation;

namespace WitSharp.Components.Tests.Validation;

/// <summary>
/// Starts a component with a core module instantiated as core instance 0, its functions aliased as core funcs 0..n-1
/// (in order) and its memory as core memory 0; tests append types, canons, imports and exports.
/// </summary>
internal static class ValidationFixture
{
    public const byte I32 = CoreModuleBuilder.I32;
    public const byte I64 = CoreModuleBuilder.I64;
    public const byte U32 = 0x79;
    public const byte U64 = 0x77;
    public const byte StringType = 0x73;

    public static readonly CoreModuleBuilder.Func Add = new("add", new[] { I32, I32 }, new[] { I32 });
    public static readonly CoreModuleBuilder.Func Realloc = new("realloc", new[] { I32, I32, I32, I32 }, new[] { I32 });
    public static readonly CoreModuleBuilder.Func Greet = new("greet", new[] { I32, I32 }, new[] { I32 });
    public static readonly CoreModuleBuilder.Func PostReturn = new("post", new[] { I32 }, new byte[0]);
    public static readonly CoreModuleBuilder.Func Dtor = new("dtor", new[] { I32 }, new byte[0]);
    public static readonly CoreModuleBuilder.Func Wrong = new("wrong", new[] { I64 }, new[] { I64 });

    public static ComponentBuilder WithCore(params CoreModuleBuilder.Func[] funcs)
    {
        var builder = new ComponentBuilder()
            .CoreModule(CoreModuleBuilder.Module(funcs))
            .Vector(2, 1, (w, _) => w.Byte(0x00).U32(0).U32(0));
        var aliases = new List<System.Action<ByteWriter>>();
        foreach (CoreModuleBuilder.Func f in funcs) aliases.Add(w => w.Byte(0x00, 0x00).Byte(0x01).U32(0).Name(f.Name));
        aliases.Add(w => w.Byte(0x00, 0x02).Byte(0x01).U32(0).Name("memory"));
        return builder.Aliases(aliases.ToArray());
    }

    /// <summary><c>(func (param "a" u32) (param "b" u32) (result u32))</c>.</summary>
    public static void AddType(ByteWriter w) => SampleComponents.AddFuncType(w);

    /// <summary><c>(func (param "name" string) (result string))</c>.</summary>
    public static void GreetType(ByteWriter w) => w.Byte(0x40).U32(1).Name("name").Byte(StringType).Byte(0x00, StringType);

    public static void Valid(byte[] bytes) => ComponentValidator.Validate(ComponentDecoder.Decode(bytes));

    /// <summary>Asserts that validation fails with <paramref name="rule"/> and a message containing <paramref name="fragment"/>.</summary>
    public static ComponentValidationException Invalid(byte[] bytes, string rule, string fragment)
    {
        var error = Assert.Throws<ComponentValidationException>(() => ComponentValidator.Validate(ComponentDecoder.Decode(bytes)));
        Assert.Equal(rule, error.Rule);
        Assert.Contains(fragment, error.Message);
        Assert.InRange(error.Offset, 8, bytes.Length);
        return error;
    }
}
