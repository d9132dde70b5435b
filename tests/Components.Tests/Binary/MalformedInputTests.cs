using System;
using WitSharp.Components.Binary;
using WitSharp.Components.Model;

namespace WitSharp.Components.Tests.Binary;

public class MalformedInputTests
{
    private static ComponentDecodeException Rejects(byte[] bytes, string fragment)
    {
        var error = Assert.Throws<ComponentDecodeException>(() => ComponentDecoder.Decode(bytes));
        Assert.Contains(fragment, error.Message);
        Assert.InRange(error.Offset, 0, bytes.Length);
        Assert.Contains($"0x{error.Offset:x} ({error.Offset})", error.Message);
        return error;
    }

    [Fact]
    public void An_unknown_section_id_names_the_valid_range() =>
        Rejects(new ComponentBuilder().Raw(0x0d, 0x00).ToArray(), "section id (0 to 12)");

    [Fact]
    public void A_section_larger_than_the_data_is_rejected() =>
        Rejects(new ComponentBuilder().Raw(0x07, 0x10, 0x01).ToArray(), "a section of 16 bytes");

    [Fact]
    public void A_section_with_bytes_left_over_is_rejected() =>
        Rejects(new ComponentBuilder().Section(7, w => w.U32(1).Byte(0x79).Byte(0x79)).ToArray(), "the end of section 7");

    [Fact]
    public void A_forged_count_fails_before_allocating()
    {
        var error = Rejects(new ComponentBuilder().Section(7, w => w.U32(0xffff_fff0)).ToArray(), "count of types");
        Assert.Contains("4294967280", error.Found);
    }

    [Fact]
    public void A_name_longer_than_the_data_is_rejected() =>
        Rejects(new ComponentBuilder().Section(10, w => w.U32(1).Byte(0x00).U32(1000).Byte(0x61)).ToArray(), "of 1000 bytes");

    [Fact]
    public void Names_must_be_valid_utf8() =>
        Rejects(new ComponentBuilder().Section(10, w => w.U32(1).Byte(0x00).RawName(0xc3, 0x28).Byte(0x01).U32(0)).ToArray(), "valid UTF-8");

    [Theory]
    [InlineData(new byte[] { 0x01, 0x5a }, "a type (a value type")]
    [InlineData(new byte[] { 0x01, 0x40, 0x00, 0x02 }, "a result list")]
    [InlineData(new byte[] { 0x01, 0x71, 0x01, 0x01, 0x61, 0x00, 0x01, 0x00 }, "the end of a variant case")]
    [InlineData(new byte[] { 0x01, 0x6b, 0xff, 0xff, 0xff, 0xff, 0xff, 0x00 }, "s33")]
    [InlineData(new byte[] { 0x01, 0x6b, 0xff, 0xff, 0xff, 0xff, 0x7f }, "found the opcode 0xff")]
    [InlineData(new byte[] { 0x01, 0x3f, 0x7f, 0x02 }, "optional destructor")]
    public void Bad_type_encodings_name_what_was_expected(byte[] section, string fragment) =>
        Rejects(new ComponentBuilder().Section(7, w => w.Bytes(section)).ToArray(), fragment);

    [Fact]
    public void A_u32_longer_than_five_bytes_is_rejected() =>
        Rejects(new ComponentBuilder().Section(7, w => w.Byte(0x80, 0x80, 0x80, 0x80, 0x80, 0x00)).ToArray(), "longer than 5 bytes");

    [Fact]
    public void An_unknown_canon_opcode_is_rejected() =>
        Rejects(new ComponentBuilder().Canons(w => w.Byte(0x3e)).ToArray(), "canonical definition opcode");

    [Fact]
    public void A_core_module_section_must_hold_a_core_module() =>
        Rejects(new ComponentBuilder().Section(1, w => w.Byte(1, 2, 3)).ToArray(), "a core module");

    [Fact]
    public void Nesting_deeper_than_the_limit_is_rejected_not_a_stack_overflow()
    {
        byte[] inner = new ComponentBuilder().ToArray();
        for (int i = 0; i < 150; i++) inner = new ComponentBuilder().Nested(inner).ToArray();
        Rejects(inner, "levels of nested components");
        var relaxed = new ComponentDecoderOptions { MaxNestingDepth = 200 };
        ComponentDefinition decoded = ComponentDecoder.Decode(inner, relaxed);
        Assert.Single(decoded.NestedComponents);
    }

    [Fact]
    public void Deeply_nested_instance_types_are_bounded()
    {
        // 0x42 0x01 0x01 repeated: an instance type declaring an instance type declaring ...
        var w = new ByteWriter().U32(1);
        for (int i = 0; i < 5000; i++) w.Byte(0x42, 0x01, 0x01);
        w.Byte(0x42, 0x00);
        Rejects(new ComponentBuilder().Section(7, x => x.Bytes(w.ToArray())).ToArray(), "levels of nested types");
    }

    [Fact]
    public void A_malformed_name_section_is_ignored_not_rejected()
    {
        ComponentDefinition component = ComponentDecoder.Decode(new ComponentBuilder().Custom("component-name", new byte[] { 0x00, 0x09, 0x01 }).ToArray());
        Assert.Null(component.Names);
        Assert.Single(component.CustomSections);
    }

    [Fact]
    public void Core_module_custom_sections_are_listed()
    {
        byte[] module = new ByteWriter().Bytes(ComponentBuilder.EmptyCoreModule).Byte(0x00).U32(19).Name("component-type:w").Byte(1, 2).ToArray();
        CustomSection section = Assert.Single(ComponentDecoder.ReadCoreModuleCustomSections(module));
        Assert.True(section.IsComponentType);
        Assert.Equal(new byte[] { 1, 2 }, section.Payload.ToArray());
        Assert.Throws<ComponentDecodeException>(() => ComponentDecoder.ReadCoreModuleCustomSections(new ComponentBuilder().ToArray()));
    }
}
