using System.Collections.Generic;
using WitSharp.Components.Binary;
using WitSharp.Components.Model;
using WitSharp.Components.Validation;
using WitSharp.Testing;

namespace WitSharp.Components.Tests.Corpus;

/// <summary>Every corpus component (built by jco, wat2wasm or clang-19 when present) decodes, validates and has consistent index spaces.</summary>
public class CorpusDecodingTests
{
    public static IEnumerable<object[]> Names => ComponentCorpus.Names;

    [SkippableTheory]
    [MemberData(nameof(Names))]
    public void Corpus_component_decodes_and_validates(string name)
    {
        byte[] bytes = ComponentCorpus.RequireBytes(name);
        ComponentDefinition component = ComponentDecoder.Decode(bytes);
        Assert.NotEmpty(component.Exports);
        IndexSpaceConsistency.Check(component);
        if (ExpectedRejections.TryGetValue(name, out var expected))
        {
            var error = Assert.Throws<ComponentValidationException>(() => ComponentValidator.Validate(component));
            Assert.Equal(expected.Rule, error.Rule);
            Assert.Contains(expected.Fragment, error.Message);
            return;
        }
        ComponentValidator.Validate(component);
    }

    /// <summary>Corpus components that are meant to fail validation (B's hand-written hostile cases), with the rule they break.</summary>
    private static readonly Dictionary<string, (string Rule, string Fragment)> ExpectedRejections = new()
    {
        ["hostile-wrong-memory"] = (ValidationRules.CanonOptions, "memory 3 is out of bounds"),
    };

    [SkippableFact]
    public void Calc_has_the_issue_s_imports_and_exports()
    {
        ComponentDefinition calc = ComponentDecoder.Decode(ComponentCorpus.RequireBytes("calc"));
        Assert.Contains(calc.Imports, i => i.Name.Name == "log" && i.Type.Kind == ExternKind.Func);
        Assert.Contains(calc.Exports, e => e.Name.Name == "add" && e.Item.Sort == Sort.Func);
        Assert.Contains(calc.Exports, e => e.Name.Name == "greet" && e.Item.Sort == Sort.Func);
        CanonLift greet = LiftOf(calc, "greet");
        Assert.NotNull(greet.Options.Memory);
        Assert.NotNull(greet.Options.Realloc);
        Assert.NotNull(calc.Producers);
    }

    private static CanonLift LiftOf(ComponentDefinition component, string export)
    {
        ExportDefinition definition = Assert.Single(component.Exports, e => e.Name.Name == export);
        Definition target = component.IndexSpace(Sort.Func)[(int)definition.Item.Index].Definition;
        return Assert.IsType<CanonLift>(target);
    }
}
