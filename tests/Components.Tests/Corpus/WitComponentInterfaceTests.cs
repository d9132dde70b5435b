using System.Collections.Generic;
using System.IO;
using System.Linq;
using WitSharp.Components.Binary;
using WitSharp.Components.Model;
using WitSharp.Components.Validation;
using WitSharp.Testing;

namespace WitSharp.Components.Tests.Corpus;

/// <summary>
/// wit-component's encodings of WIT packages (<c>../shared/conformance/wit-component-interfaces/*.wat</c>), assembled by
/// jco: type-only components whose exported component types describe worlds and interfaces. Each decodes and validates.
/// </summary>
public class WitComponentInterfaceTests
{
    private const string NamedResults = "single-named-result.wat";

    public static IEnumerable<object[]> Files()
    {
        string? shared = RepositoryPaths.Shared;
        string folder = shared is null ? "" : Path.Combine(shared, "conformance", "wit-component-interfaces");
        if (!Directory.Exists(folder)) return new[] { new object[] { "(../shared is missing)" } };
        return Directory.GetFiles(folder, "*.wat").Select(Path.GetFileName).OrderBy(n => n).Select(n => new object[] { n! });
    }

    [SkippableTheory]
    [MemberData(nameof(Files))]
    public void Wit_package_encoding_decodes_and_validates(string file)
    {
        string path = RepositoryPaths.RequireShared("conformance", "wit-component-interfaces", file);
        string wat = File.ReadAllText(path);
        if (file == NamedResults)
        {
            // Named results left the component model; jco 1.35's wasm-tools no longer assembles this encoding.
            var error = Assert.Throws<System.InvalidOperationException>(() => JcoAssembled.Assemble(wat));
            Assert.Contains("exited with", error.Message);
            return;
        }
        byte[] bytes = JcoAssembled.Assemble(wat);
        ComponentDefinition component = ComponentDecoder.Decode(bytes);
        Assert.NotEmpty(component.Definitions);
        ComponentValidator.Validate(component);
        IndexSpaceConsistency.Check(component);
    }
}
