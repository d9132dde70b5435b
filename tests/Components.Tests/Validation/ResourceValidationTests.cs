using static WitSharp.Components.Tests.Validation.ValidationFixture;
using WitSharp.Components.Validation;

namespace WitSharp.Components.Tests.Validation;

public class ResourceValidationTests
{
    [Fact]
    public void Own_of_a_non_resource_is_rejected() =>
        Invalid(new ComponentBuilder().Types(w => w.Byte(U32), w => w.Byte(0x69).U32(0)).ToArray(), ValidationRules.Resource, "must refer to a resource type");

    [Fact]
    public void Borrow_in_a_function_result_is_rejected() =>
        Invalid(new ComponentBuilder()
            .Types(w => w.Byte(0x3f, 0x7f, 0x00), w => w.Byte(0x68).U32(0), w => w.Byte(0x40).U32(0).Byte(0x00).U32(1))
            .ToArray(), ValidationRules.TypeDefinition, "borrow");

    [Fact]
    public void Resource_new_of_an_imported_resource_is_rejected() =>
        Invalid(new ComponentBuilder()
            .Imports(w => w.ExternName("r").Byte(0x03, 0x01))
            .Canons(w => w.Byte(0x02).U32(0))
            .ToArray(), ValidationRules.Resource, "not defined by this component");

    [Fact]
    public void Resource_drop_of_an_imported_resource_is_allowed() =>
        Valid(new ComponentBuilder().Imports(w => w.ExternName("r").Byte(0x03, 0x01)).Canons(w => w.Byte(0x03).U32(0)).ToArray());

    [Fact]
    public void A_destructor_must_take_one_i32() =>
        Invalid(WithCore(Wrong).Types(w => w.Byte(0x3f, 0x7f, 0x01).U32(0)).ToArray(), ValidationRules.Resource, "[i32] -> []");

    [Fact]
    public void A_resource_with_a_destructor_and_its_builtins_validate() =>
        Valid(WithCore(Dtor).Types(w => w.Byte(0x3f, 0x7f, 0x01).U32(0))
            .Canons(w => w.Byte(0x02).U32(0), w => w.Byte(0x03).U32(0), w => w.Byte(0x04).U32(0))
            .Exports(w => w.ExternName("r").Byte(0x03).U32(0).Byte(0x00))
            .ToArray());

    [Fact]
    public void A_resource_representation_must_be_i32() =>
        Invalid(new ComponentBuilder().Types(w => w.Byte(0x3f, 0x7e, 0x00)).ToArray(), ValidationRules.Resource, "must be i32");

    [Fact]
    public void Resource_types_cannot_be_defined_inside_instance_types() =>
        Invalid(new ComponentBuilder().Types(w => w.Byte(0x42).U32(1).Byte(0x01).Byte(0x3f, 0x7f, 0x00)).ToArray(),
            ValidationRules.Resource, "only be defined in a component");

    [Fact]
    public void Exporting_a_function_over_an_unexported_resource_is_rejected()
    {
        // (type $r (resource (rep i32))) (type (own $r)) (func (result (own $r))) lifted and exported without exporting $r.
        byte[] bytes = WithCore(new CoreModuleBuilder.Func("make", new byte[0], new[] { I32 }))
            .Types(w => w.Byte(0x3f, 0x7f, 0x00), w => w.Byte(0x69).U32(0), w => w.Byte(0x40).U32(0).Byte(0x00).U32(1))
            .Canons(w => w.Byte(0x00, 0x00).U32(0).U32(0).U32(2))
            .Exports(w => w.ExternName("make").Byte(0x01).U32(0).Byte(0x00))
            .ToArray();
        Invalid(bytes, ValidationRules.ExportVisibility, "export `make`");
        byte[] fixedBytes = WithCore(new CoreModuleBuilder.Func("make", new byte[0], new[] { I32 }))
            .Types(w => w.Byte(0x3f, 0x7f, 0x00), w => w.Byte(0x69).U32(0), w => w.Byte(0x40).U32(0).Byte(0x00).U32(1))
            .Canons(w => w.Byte(0x00, 0x00).U32(0).U32(0).U32(2))
            .Exports(w => w.ExternName("r").Byte(0x03).U32(0).Byte(0x00), w => w.ExternName("[constructor]r").Byte(0x01).U32(0).Byte(0x00))
            .ToArray();
        Valid(fixedBytes);
    }

    [Fact]
    public void Two_resource_definitions_are_different_types()
    {
        // A nested component imports T (sub resource) and f: func(own<T>); supplying R1 for T and a function over R2 fails.
        byte[] nested = new ComponentBuilder()
            .Imports(w => w.ExternName("t").Byte(0x03, 0x01))
            .Types(w => w.Byte(0x69).U32(0), w => w.Byte(0x40).U32(1).Name("x").U32(1).Byte(0x01, 0x00))
            .Imports(w => w.ExternName("f").Byte(0x01).U32(2))
            .ToArray();
        ComponentBuilder Outer(uint resourceOfF) => new ComponentBuilder()
            .Types(w => w.Byte(0x3f, 0x7f, 0x00), w => w.Byte(0x3f, 0x7f, 0x00),
                w => w.Byte(0x69).U32(resourceOfF), w => w.Byte(0x40).U32(1).Name("x").U32(2).Byte(0x01, 0x00))
            .Imports(w => w.ExternName("g").Byte(0x01).U32(3))
            .Nested(nested)
            .Vector(5, 1, (w, _) => w.Byte(0x00).U32(0).U32(2).Name("t").Byte(0x03).U32(0).Name("f").Byte(0x01).U32(0));
        Valid(Outer(0).ToArray());
        Invalid(Outer(1).ToArray(), ValidationRules.TypeMismatch, "argument `f`");
    }
}
