using System;
using System.IO;
using WitSharp.Engine;
using WitSharp.Engine.Components;
using WitSharp.Testing;

namespace WitSharp.Wasi.Tests;

/// <summary>
/// The host defines WASI 0.2.12; a component written against 0.2.0 (tests/corpus/wasi/run-0.2.0.wat: imports
/// wasi:io/error, wasi:io/streams and wasi:cli/stdout at 0.2.0, exports wasi:cli/run@0.2.0) links to it and runs, as
/// the Component Model's semver rules allow. The C corpus covers the version jco's preview1 adapter targets.
/// </summary>
public sealed class VersionLinkingTests
{
    [SkippableTheory, EachEngine]
    public void A_component_built_against_0_2_0_runs_on_the_0_2_12_host(string engine)
    {
        string component = WasiCorpus.Require("run-0.2.0");

        ProgramOutcome ours = OurWasiRunner.Run(engine, component, ProgramInput.None);

        Assert.Equal(new ProgramOutcome("hello from a component built against WASI 0.2.0\n", "", 0, false), ours);
    }

    [SkippableFact]
    public void Without_WASI_on_the_linker_the_0_2_0_import_is_named_as_missing()
    {
        string component = WasiCorpus.Require("run-0.2.0");
        var linker = new ComponentLinker(new WasmEngine());

        var error = Assert.Throws<ComponentLinkException>(() => linker.Instantiate(Component.FromFile(linker.Engine, component)));

        Assert.Contains("wasi:", error.Message);
    }
}
