using System.Linq;
using WitSharp.Components.Binary;
using WitSharp.Components.Model;
using WitSharp.Components.Validation;

namespace WitSharp.Components.Tests.Corpus;

/// <summary>Component text assembled by jco's wasm-tools (which does not validate), checked by our decoder and validator.</summary>
public class ComponentTextTests
{
    private const string Valid = """
        (component
          (type $t (list u8))
          (import "log" (func $log (param "msg" string)))
          (core module $m
            (import "host" "log" (func (param i32 i32)))
            (memory (export "memory") 1)
            (func (export "realloc") (param i32 i32 i32 i32) (result i32) i32.const 0)
            (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add)
            (func (export "greet") (param i32 i32) (result i32) i32.const 0))
          (core module $libc (memory (export "mem") 1))
          (core instance $libc (instantiate $libc))
          (core func $log_lowered (canon lower (func $log) (memory (core memory $libc "mem"))))
          (core instance $host (export "log" (func $log_lowered)))
          (core instance $i (instantiate $m (with "host" (instance $host))))
          (func (export "add") (param "a" u32) (param "b" u32) (result u32) (canon lift (core func $i "add")))
          (func $greet (param "name" string) (result string)
            (canon lift (core func $i "greet") (memory (core memory $i "memory")) (realloc (core func $i "realloc")) string-encoding=utf16))
          (export "greet" (func $greet))
          (component $inner
            (alias outer 1 $t (type $bytes))
            (import "f" (func (param "p" $bytes))))
          (core func $log2 (canon lower (func $log) (memory (core memory $libc "mem"))))
          (instance $exports (export "greet" (func $greet)))
          (export "ns:pkg/iface@1.0.0" (instance $exports)))
        """;

    [SkippableFact]
    public void Hand_written_component_text_decodes_and_validates()
    {
        ComponentDefinition component = ComponentDecoder.Decode(JcoAssembled.Assemble(Valid));
        ComponentValidator.Validate(component);
        IndexSpaceConsistency.Check(component);
        Assert.Equal(new[] { "add", "greet", "ns:pkg/iface@1.0.0" }, component.Exports.Select(e => e.Name.Name).OrderBy(n => n, System.StringComparer.Ordinal));
        CanonLift greet = component.Definitions.OfType<CanonLift>().Last();
        Assert.Equal(CanonStringEncoding.Utf16, greet.Options.StringEncoding);
        Assert.IsType<OuterAlias>(component.NestedComponents.Single().Component.Definitions[0]);
    }

    [SkippableFact]
    public void A_lift_whose_core_type_does_not_match_is_rejected_with_the_signatures()
    {
        const string text = """
            (component
              (core module $m (func (export "f") (param i64) (result i64) local.get 0))
              (core instance $i (instantiate $m))
              (func (export "f") (param "x" u32) (result u32) (canon lift (core func $i "f"))))
            """;
        var error = Assert.Throws<ComponentValidationException>(() => ComponentValidator.Validate(ComponentDecoder.Decode(JcoAssembled.Assemble(text))));
        Assert.Equal(ValidationRules.CanonSignature, error.Rule);
        Assert.Contains("[i64] -> [i64]", error.Message);
        Assert.Contains("[i32] -> [i32]", error.Message);
    }
}
