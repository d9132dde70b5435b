using System.Collections.Generic;
using System.Text.Json;

namespace WitSharp.Testing;

/// <summary>How a corpus component is built from its source.</summary>
public enum CorpusBuildKind
{
    /// <summary>Component text format, assembled by <c>jco parse</c>.</summary>
    ComponentWat,
    /// <summary>A core module in text, assembled by <c>wat2wasm</c>, then <c>jco embed</c> + <c>jco new</c>.</summary>
    CoreWat,
    /// <summary>A C guest compiled by <c>clang-19</c> (no libc), then <c>jco embed</c> + <c>jco new</c>.</summary>
    C,
    /// <summary>JavaScript made a component by componentize-js (<c>jco componentize</c>).</summary>
    JavaScript,
}

/// <summary>One call the manifest asks for: an export and its arguments as JSON (see <c>tests/corpus/components/README.md</c>).</summary>
/// <param name="Export">The export's name: a root function (<c>add</c>) or <c>interface#function</c>.</param>
/// <param name="Arguments">One JSON value per parameter.</param>
public sealed record CorpusCall(string Export, IReadOnlyList<JsonElement> Arguments);

/// <summary>One component of the corpus, as <c>tests/corpus/components/manifest.json</c> describes it.</summary>
/// <param name="Name">A unique name; the built file is <c>&lt;name&gt;-&lt;hash&gt;.wasm</c>.</param>
/// <param name="Description">What the component covers.</param>
/// <param name="Build">How it is built.</param>
/// <param name="Source">The source file, relative to the corpus folder.</param>
/// <param name="Wit">The WIT file or package folder the component was built from, relative to the corpus folder.</param>
/// <param name="World">The world in <paramref name="Wit"/>.</param>
/// <param name="StringEncoding"><c>utf8</c>, <c>utf16</c> or <c>compact-utf16</c> (for embedded core modules).</param>
/// <param name="Calls">The calls to make, in order, on one instance.</param>
/// <param name="NotOnWasmtime">Why Wasmtime.Components 50.0.1 cannot run it (it has no resource values), or null.</param>
/// <param name="ImportsWasi">Whether it imports WASI (instantiated with WASI or placeholder imports).</param>
/// <param name="Generate">Whether generated inputs may be sent to its exports (false when an input could run away).</param>
public sealed record CorpusComponent(
    string Name,
    string Description,
    CorpusBuildKind Build,
    string Source,
    string Wit,
    string World,
    string StringEncoding,
    IReadOnlyList<CorpusCall> Calls,
    string? NotOnWasmtime,
    bool ImportsWasi,
    bool Generate)
{
    /// <summary>True when Wasmtime.Components 50.0.1 can instantiate this component.</summary>
    public bool RunsOnWasmtime => NotOnWasmtime is null;

    /// <inheritdoc/>
    public override string ToString() => Name;
}
