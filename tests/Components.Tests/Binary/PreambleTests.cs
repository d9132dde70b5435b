using WitSharp.Components.Binary;
using WitSharp.Components.Model;

namespace WitSharp.Components.Tests.Binary;

public class PreambleTests
{
    [Fact]
    public void Empty_component_decodes_with_its_version_and_no_definitions()
    {
        ComponentDefinition component = ComponentDecoder.Decode(new ComponentBuilder().ToArray());
        Assert.Equal(WasmPreamble.ComponentVersion, component.Version);
        Assert.Empty(component.Definitions);
        Assert.Empty(component.Sections);
    }

    [Fact]
    public void Core_module_is_named_as_such()
    {
        var error = Assert.Throws<ComponentDecodeException>(() => ComponentDecoder.Decode(ComponentBuilder.EmptyCoreModule));
        Assert.Contains("core WebAssembly module", error.Message);
        Assert.Equal(WasmBinaryKind.CoreModule, ComponentDecoder.Classify(ComponentBuilder.EmptyCoreModule));
        Assert.Equal(WasmBinaryKind.Component, ComponentDecoder.Classify(new ComponentBuilder().ToArray()));
    }

    [Theory]
    [InlineData(new byte[0], "0x0 (0)")]
    [InlineData(new byte[] { 0x00, 0x61, 0x73 }, "only 3 bytes")]
    [InlineData(new byte[] { 0x01, 0x61, 0x73, 0x6d, 0x0d, 0x00, 0x01, 0x00 }, "magic")]
    [InlineData(new byte[] { 0x00, 0x61, 0x73, 0x6d, 0x0c, 0x00, 0x01, 0x00 }, "version 0x0d")]
    [InlineData(new byte[] { 0x00, 0x61, 0x73, 0x6d, 0x0d, 0x00, 0x02, 0x00 }, "layer 2")]
    public void Bad_preambles_are_rejected_with_what_was_expected(byte[] bytes, string fragment)
    {
        var error = Assert.Throws<ComponentDecodeException>(() => ComponentDecoder.Decode(bytes));
        Assert.Contains(fragment, error.Message);
    }

    [Fact]
    public void Every_truncation_is_a_decode_exception_unless_it_ends_between_sections()
    {
        byte[] whole = SampleComponents.Rich();
        var sectionEnds = new System.Collections.Generic.HashSet<int> { WasmPreamble.Length };
        foreach (ComponentSectionInfo section in ComponentDecoder.Decode(whole).Sections) sectionEnds.Add(section.ContentOffset + section.Size);
        for (int length = 0; length < whole.Length; length++)
        {
            byte[] prefix = whole[..length];
            if (sectionEnds.Contains(length))
            {
                ComponentDecoder.Decode(prefix);
                continue;
            }
            var error = Assert.Throws<ComponentDecodeException>(() => ComponentDecoder.Decode(prefix));
            Assert.InRange(error.Offset, 0, length);
        }
    }
}
