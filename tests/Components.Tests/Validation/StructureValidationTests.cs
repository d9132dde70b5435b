using System.Linq;
using static WitSharp.Components.Tests.Validation.ValidationFixture;
using WitSharp.Components.Validation;

namespace WitSharp.Components.Tests.Validation;

public class StructureValidationTests
{
    [Fact]
    public void Exporting_a_function_that_does_not_exist_is_an_index_space_error() =>
        Invalid(new ComponentBuilder().Exports(w => w.ExternName("f").Byte(0x01).U32(5).Byte(0x00)).ToArray(), ValidationRules.IndexSpace, "func 5");

    [Fact]
    public void Core_functions_cannot_be_exported() =>
        Invalid(WithCore(Add).Exports(w => w.ExternName("f").Byte(0x00, 0x00).U32(0).Byte(0x00)).ToArray(), ValidationRules.IndexSpace, "core func");

    [Fact]
    public void A_value_type_index_must_name_a_value_type() =>
        Invalid(new ComponentBuilder().Types(w => w.Byte(0x40).U32(0).Byte(0x01, 0x00), w => w.Byte(0x70).U32(0)).ToArray(),
            ValidationRules.TypeDefinition, "not a value type");

    [Theory]
    [InlineData(new byte[] { 0x72, 0x00 }, "at least one field")]
    [InlineData(new byte[] { 0x71, 0x00 }, "at least one case")]
    [InlineData(new byte[] { 0x6f, 0x00 }, "at least one element")]
    [InlineData(new byte[] { 0x6e, 0x00 }, "1 to 32")]
    [InlineData(new byte[] { 0x6d, 0x00 }, "at least one case")]
    [InlineData(new byte[] { 0x67, 0x79, 0x00 }, "above 0")]
    [InlineData(new byte[] { 0x63, 0x76, 0x79 }, "map key")]
    public void Malformed_type_definitions_are_rejected(byte[] type, string fragment) =>
        Invalid(new ComponentBuilder().Types(w => w.Bytes(type)).ToArray(), ValidationRules.TypeDefinition, fragment);

    [Fact]
    public void Flags_allow_at_most_32_labels()
    {
        byte[] Flags(int n) => new ComponentBuilder().Types(w =>
        {
            w.Byte(0x6e).U32((uint)n);
            for (int i = 0; i < n; i++) w.Name("f" + i);
        }).ToArray();
        Valid(Flags(32));
        Invalid(Flags(33), ValidationRules.TypeDefinition, "1 to 32");
    }

    [Fact]
    public void Element_sizes_must_stay_below_2_to_the_28()
    {
        Valid(new ComponentBuilder().Types(w => w.Byte(0x67, 0x7d).U32((1u << 28) - 1)).ToArray());
        Invalid(new ComponentBuilder().Types(w => w.Byte(0x67, 0x7d).U32(1u << 28)).ToArray(), ValidationRules.TypeDefinition, "2^28");
        // A record of u8 and u64 is 16 bytes: 2^24 of them reach the limit, with an outer fixed list of fixed lists.
        Invalid(new ComponentBuilder().Types(
            w => w.Byte(0x72).U32(2).Name("a").Byte(0x7d).Name("b").Byte(0x77),
            w => w.Byte(0x67).S33(0).U32(1u << 12),
            w => w.Byte(0x67).S33(1).U32(1u << 12)).ToArray(), ValidationRules.TypeDefinition, "2^28");
    }

    [Fact]
    public void A_doubling_chain_of_tuples_is_rejected_by_size_not_by_time()
    {
        var builder = new ComponentBuilder();
        builder.Types(System.Linq.Enumerable.Range(0, 40).Select<int, System.Action<ByteWriter>>(i =>
            i == 0 ? w => w.Byte(0x6f).U32(1).Byte(U32) : w => w.Byte(0x6f).U32(2).S33(i - 1).S33(i - 1)).ToArray());
        Invalid(builder.ToArray(), ValidationRules.TypeDefinition, "nodes");
    }

    [Fact]
    public void Outer_alias_count_is_limited_by_the_enclosing_scopes()
    {
        Invalid(new ComponentBuilder().Aliases(w => w.Byte(0x03).Byte(0x02).U32(1).U32(0)).ToArray(), ValidationRules.OuterAlias, "enclosing scopes");
        byte[] nested = new ComponentBuilder().Aliases(w => w.Byte(0x03).Byte(0x02).U32(1).U32(0)).ToArray();
        Valid(new ComponentBuilder().Types(w => w.Byte(U32)).Nested(nested).ToArray());
    }

    [Fact]
    public void Outer_aliases_of_functions_are_rejected() =>
        Invalid(new ComponentBuilder().Nested(new ComponentBuilder().Aliases(w => w.Byte(0x01).Byte(0x02).U32(1).U32(0)).ToArray()).ToArray(),
            ValidationRules.OuterAlias, "func");

    [Fact]
    public void Outer_aliases_may_not_carry_resources_into_a_nested_component()
    {
        byte[] nested = new ComponentBuilder().Aliases(w => w.Byte(0x03).Byte(0x02).U32(1).U32(0)).ToArray();
        Invalid(new ComponentBuilder().Types(w => w.Byte(0x3f, 0x7f, 0x00)).Nested(nested).ToArray(), ValidationRules.OuterAlias, "resource");
    }

    [Fact]
    public void Instantiating_a_component_needs_every_import()
    {
        byte[] nested = new ComponentBuilder().Types(w => w.Byte(0x40).U32(0).Byte(0x01, 0x00)).Imports(w => w.ExternName("f").Byte(0x01).U32(0)).ToArray();
        Invalid(new ComponentBuilder().Nested(nested).Vector(5, 1, (w, _) => w.Byte(0x00).U32(0).U32(0)).ToArray(),
            ValidationRules.Instantiation, "imports `f`");
    }

    [Fact]
    public void Instance_arguments_may_export_more_but_not_less()
    {
        // The nested component imports an instance exporting `f: func()`.
        byte[] nested = new ComponentBuilder()
            .Types(w => w.Byte(0x42).U32(2).Byte(0x01).Byte(0x40).U32(0).Byte(0x01, 0x00).Byte(0x04).ExternName("f").Byte(0x01).U32(0))
            .Imports(w => w.ExternName("i").Byte(0x05).U32(0))
            .ToArray();
        byte[] Outer(params string[] exports) => new ComponentBuilder()
            .Types(w => w.Byte(0x40).U32(0).Byte(0x01, 0x00))
            .Imports(w => w.ExternName("g").Byte(0x01).U32(0))
            .Nested(nested)
            .Vector(5, 2, (w, i) =>
            {
                if (i == 0) w.Byte(0x01).Vec(exports, (x, name) => x.ExternName(name).Byte(0x01).U32(0));
                else w.Byte(0x00).U32(0).U32(1).Name("i").Byte(0x05).U32(0);
            })
            .ToArray();
        Valid(Outer("f", "h"));
        Invalid(Outer("h"), ValidationRules.TypeMismatch, "missing export `f`");
    }

    [Fact]
    public void A_core_instantiation_must_supply_every_imported_module()
    {
        byte[] module = CoreModuleBuilder.Module(new[] { Add }, imports: new[] { ("host", "log", 0) });
        Invalid(new ComponentBuilder().CoreModule(module).Vector(2, 1, (w, _) => w.Byte(0x00).U32(0).U32(0)).ToArray(),
            ValidationRules.Instantiation, "`host`");
    }

    [Fact]
    public void Export_aliases_must_name_an_export_of_the_right_sort()
    {
        byte[] bytes = new ComponentBuilder()
            .Types(w => w.Byte(0x42).U32(2).Byte(0x01).Byte(0x40).U32(0).Byte(0x01, 0x00).Byte(0x04).ExternName("f").Byte(0x01).U32(0))
            .Imports(w => w.ExternName("i").Byte(0x05).U32(0))
            .Aliases(w => w.Byte(0x05).Byte(0x00).U32(0).Name("f"))
            .ToArray();
        Invalid(bytes, ValidationRules.Alias, "not a instance");
    }

    [Fact]
    public void A_malformed_embedded_core_module_is_named()
    {
        byte[] module = { 0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x07, 0x05, 0x01 };
        var error = Invalid(new ComponentBuilder().CoreModule(module).ToArray(), ValidationRules.CoreModule, "core module at");
        Assert.Contains("malformed", error.Message);
    }
}
