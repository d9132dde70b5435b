using static WitSharp.Components.Tests.Validation.ValidationFixture;
using WitSharp.Components.Validation;

namespace WitSharp.Components.Tests.Validation;

public class NameValidationTests
{
    private static byte[] ImportFuncs(params string[] names)
    {
        var builder = new ComponentBuilder().Types(w => w.Byte(0x40).U32(0).Byte(0x01, 0x00));
        var imports = new System.Action<ByteWriter>[names.Length];
        for (int i = 0; i < names.Length; i++)
        {
            string name = names[i];
            imports[i] = w => w.ExternName(name).Byte(0x01).U32(0);
        }
        return builder.Imports(imports).ToArray();
    }

    [Theory]
    [InlineData("a", "a-b-c", "A1-2-3", "get-JSON", "wasi:io/streams@0.2.0", "a:b/c@1.0.0-rc.1+build.5", "ns:pkg/iface@1")]
    public void Well_formed_names_validate(params string[] names) => Valid(ImportFuncs(names));

    [Theory]
    [InlineData("Foo")]
    [InlineData("1-2")]
    [InlineData("a--b")]
    [InlineData("a_b")]
    [InlineData("a-")]
    [InlineData("wasi:io/streams@0.02")]
    [InlineData("wasi:io/streams@01.0.0")]
    [InlineData("Wasi:io/streams")]
    [InlineData("wasi:io")]
    [InlineData("[getter]x")]
    public void Malformed_names_are_rejected(string name) => Invalid(ImportFuncs(name), ValidationRules.Name, "malformed");

    [Theory]
    [InlineData("foo", "FOO")]
    [InlineData("foo-bar", "foo-BAR")]
    [InlineData("a:b/c", "a:b/C")]
    public void Names_must_be_strongly_unique(string first, string second) =>
        Invalid(ImportFuncs(first, second), ValidationRules.Name, "strongly unique");

    [Fact]
    public void A_method_must_take_self_as_a_borrow_of_its_resource()
    {
        byte[] bytes = new ComponentBuilder()
            .Imports(w => w.ExternName("r").Byte(0x03, 0x01))
            .Types(w => w.Byte(0x68).U32(0), w => w.Byte(0x40).U32(1).Name("self").U32(1).Byte(0x01, 0x00), w => w.Byte(0x40).U32(1).Name("other").U32(1).Byte(0x01, 0x00))
            .Imports(w => w.ExternName("[method]r.get").Byte(0x01).U32(2), w => w.ExternName("[method]r.put").Byte(0x01).U32(3))
            .ToArray();
        Invalid(bytes, ValidationRules.Name, "[method]r.put");
    }

    [Fact]
    public void A_method_of_an_unknown_resource_is_rejected() =>
        Invalid(new ComponentBuilder().Types(w => w.Byte(0x40).U32(0).Byte(0x01, 0x00))
            .Imports(w => w.ExternName("[static]nope.make").Byte(0x01).U32(0)).ToArray(), ValidationRules.Name, "resource `nope`");

    [Fact]
    public void Implements_is_only_for_plain_named_instances() =>
        Invalid(new ComponentBuilder().Types(w => w.Byte(0x40).U32(0).Byte(0x01, 0x00))
            .Imports(w => w.Byte(0x02).Name("f").U32(1).Byte(0x00).Name("wasi:keyvalue/store").Byte(0x01).U32(0)).ToArray(),
            ValidationRules.Name, "implements");

    [Fact]
    public void A_version_suffix_needs_a_canonical_version() =>
        Invalid(new ComponentBuilder().Types(w => w.Byte(0x42).U32(0))
            .Imports(w => w.Byte(0x02).Name("a:b/c@0.2.1").U32(1).Byte(0x01).Name(".1").Byte(0x05).U32(0)).ToArray(),
            ValidationRules.Name, "versionsuffix");

    [Fact]
    public void A_canonical_version_with_its_suffix_validates() =>
        Valid(new ComponentBuilder().Types(w => w.Byte(0x42).U32(0))
            .Imports(w => w.Byte(0x02).Name("a:b/c@0.2").U32(1).Byte(0x01).Name(".6-rc.1").Byte(0x05).U32(0)).ToArray());

    [Fact]
    public void Duplicate_record_fields_are_rejected() =>
        Invalid(new ComponentBuilder().Types(w => w.Byte(0x72).U32(2).Name("a").Byte(U32).Name("A").Byte(U32)).ToArray(),
            ValidationRules.Name, "strongly unique");

    [Fact]
    public void Strong_uniqueness_keys_follow_the_explainer()
    {
        Assert.Equal("foo", ExternNameSyntax.StrongUniquenessKey("[method]foo.foo"));
        Assert.Equal("foo.bar", ExternNameSyntax.StrongUniquenessKey("[static]foo.BAR"));
        Assert.Equal("[constructor]foo", ExternNameSyntax.StrongUniquenessKey("[constructor]FOO"));
        ParsedExternName parsed = ExternNameSyntax.TryParse("wasi:http/types@0.2.6", out _)!;
        Assert.Equal(("wasi:http", "types", "0.2.6"), (parsed.PackageName, parsed.Label, parsed.Version));
    }
}
