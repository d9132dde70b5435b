using static WitSharp.Components.Tests.Validation.ValidationFixture;
using WitSharp.Components.Validation;

namespace WitSharp.Components.Tests.Validation;

public class CanonValidationTests
{
    private static byte[] LiftAdd(System.Action<ByteWriter> type) =>
        WithCore(Add).Types(type)
            .Canons(w => w.Byte(0x00, 0x00).U32(0).U32(0).U32(0))
            .Exports(w => w.ExternName("add").Byte(0x01).U32(0).Byte(0x00))
            .ToArray();

    [Fact]
    public void A_lift_whose_core_signature_matches_validates() => Valid(LiftAdd(AddType));

    [Fact]
    public void A_lift_against_the_wrong_core_signature_is_rejected() =>
        Invalid(LiftAdd(w => w.Byte(0x40).U32(2).Name("a").Byte(U64).Name("b").Byte(U32).Byte(0x00, U32)),
            ValidationRules.CanonSignature, "[i32, i32] -> [i32]");

    [Fact]
    public void Strings_need_a_memory() =>
        Invalid(WithCore(Greet).Types(GreetType).Canons(w => w.Byte(0x00, 0x00).U32(0).U32(0).U32(0)).ToArray(),
            ValidationRules.CanonOptions, "memory option is required");

    [Fact]
    public void Lifted_string_parameters_need_a_realloc() =>
        Invalid(WithCore(Greet).Types(GreetType).Canons(w => w.Byte(0x00, 0x00).U32(0).U32(1).Byte(0x03).U32(0).U32(0)).ToArray(),
            ValidationRules.CanonOptions, "realloc");

    [Fact]
    public void A_lift_with_memory_realloc_and_post_return_validates() =>
        Valid(WithCore(Greet, Realloc, PostReturn).Types(GreetType)
            .Canons(w => w.Byte(0x00, 0x00).U32(0).U32(4).Byte(0x03).U32(0).Byte(0x04).U32(1).Byte(0x05).U32(2).Byte(0x01).U32(0))
            .Exports(w => w.ExternName("greet").Byte(0x01).U32(0).Byte(0x00))
            .ToArray());

    [Theory]
    [InlineData(new byte[] { 0x03, 0x00, 0x03, 0x00 }, "memory option is given more than once")]
    [InlineData(new byte[] { 0x00, 0x01 }, "string-encoding option is given more than once")]
    [InlineData(new byte[] { 0x03, 0x05 }, "memory 5 is out of bounds")]
    [InlineData(new byte[] { 0x03, 0x00, 0x04, 0x00 }, "realloc must have type")]
    [InlineData(new byte[] { 0x03, 0x00, 0x04, 0x01, 0x05, 0x00 }, "post-return must have type")]
    public void Bad_canonical_options_are_rejected(byte[] options, string fragment)
    {
        int count = 0;
        for (int i = 0; i < options.Length; i++) { count++; if (options[i] is 0x03 or 0x04 or 0x05) i++; }
        byte[] bytes = WithCore(Greet, Realloc).Types(GreetType)
            .Canons(w => w.Byte(0x00, 0x00).U32(0).U32((uint)count).Bytes(options).U32(0))
            .ToArray();
        Invalid(bytes, ValidationRules.CanonOptions, fragment);
    }

    [Fact]
    public void Post_return_on_a_lower_is_rejected() =>
        Invalid(WithCore(PostReturn)
            .Types(w => w.Byte(0x40).U32(0).Byte(0x01, 0x00))
            .Imports(w => w.ExternName("f").Byte(0x01).U32(0))
            .Canons(w => w.Byte(0x01, 0x00).U32(0).U32(1).Byte(0x05).U32(0))
            .ToArray(), ValidationRules.CanonOptions, "only allowed on canon lift");

    [Fact]
    public void A_lowered_import_gets_the_flattened_core_type_and_satisfies_a_core_import()
    {
        // The lowered `log(msg: string)` is [i32 i32] -> []; a module importing it with that type instantiates.
        byte[] module = CoreModuleBuilder.Module(new[] { new CoreModuleBuilder.Func("run", new[] { I32, I32 }, new byte[0]) },
            imports: new[] { ("host", "log", 0) });
        byte[] bytes = new ComponentBuilder()
            .Types(w => w.Byte(0x40).U32(1).Name("msg").Byte(StringType).Byte(0x01, 0x00))
            .Imports(w => w.ExternName("log").Byte(0x01).U32(0))
            .CoreModule(CoreModuleBuilder.Module(new CoreModuleBuilder.Func[0]))
            .Vector(2, 1, (w, _) => w.Byte(0x00).U32(0).U32(0))
            .Aliases(w => w.Byte(0x00, 0x02).Byte(0x01).U32(0).Name("memory"))
            .Canons(w => w.Byte(0x01, 0x00).U32(0).U32(1).Byte(0x03).U32(0))
            .CoreModule(module)
            .Vector(2, 2, (w, i) =>
            {
                if (i == 0) w.Byte(0x01).U32(1).Name("log").Byte(0x00).U32(0);
                else w.Byte(0x00).U32(1).U32(1).Name("host").Byte(0x12).U32(1);
            })
            .ToArray();
        Valid(bytes);
        byte[] wrongModule = CoreModuleBuilder.Module(new[] { new CoreModuleBuilder.Func("run", new[] { I32 }, new byte[0]) },
            imports: new[] { ("host", "log", 0) });
        byte[] mismatched = new ComponentBuilder()
            .Types(w => w.Byte(0x40).U32(1).Name("msg").Byte(StringType).Byte(0x01, 0x00))
            .Imports(w => w.ExternName("log").Byte(0x01).U32(0))
            .CoreModule(CoreModuleBuilder.Module(new CoreModuleBuilder.Func[0]))
            .Vector(2, 1, (w, _) => w.Byte(0x00).U32(0).U32(0))
            .Aliases(w => w.Byte(0x00, 0x02).Byte(0x01).U32(0).Name("memory"))
            .Canons(w => w.Byte(0x01, 0x00).U32(0).U32(1).Byte(0x03).U32(0))
            .CoreModule(wrongModule)
            .Vector(2, 2, (w, i) =>
            {
                if (i == 0) w.Byte(0x01).U32(1).Name("log").Byte(0x00).U32(0);
                else w.Byte(0x00).U32(1).U32(1).Name("host").Byte(0x12).U32(1);
            })
            .ToArray();
        Invalid(mismatched, ValidationRules.TypeMismatch, "core import `host` `log`");
    }

    [Fact]
    public void Async_and_thread_builtins_are_reported_as_unsupported_by_name() =>
        Invalid(new ComponentBuilder().Types(w => w.Byte(0x66, 0x01, 0x7d)).Canons(w => w.Byte(0x0e).U32(0)).ToArray(),
            ValidationRules.Unsupported, "stream.new");

    [Fact]
    public void The_async_option_is_unsupported() =>
        Invalid(LiftWithOptions(new byte[] { 0x06 }, 1), ValidationRules.Unsupported, "async");

    private static byte[] LiftWithOptions(byte[] options, int count) =>
        WithCore(Add).Types(AddType).Canons(w => w.Byte(0x00, 0x00).U32(0).U32((uint)count).Bytes(options).U32(0)).ToArray();
}
