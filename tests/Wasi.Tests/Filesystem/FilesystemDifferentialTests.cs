using System.IO;
using WitSharp.Engine;
using WitSharp.Engine.Components;
using WitSharp.Testing;
using WitSharp.Wasi.Tests.Reference;

namespace WitSharp.Wasi.Tests.Filesystem;

/// <summary>
/// The file corpus programs (tests/corpus/wasi/files*.c, escape*.c) under WitSharp.Wasi and under Wasmtime.Components
/// with the same preopens: the same stdout, stderr, exit code and resulting files, every escape refused, and the
/// sentinel directory beside the preopen and the read-only preopen unchanged on the host, on every engine.
/// </summary>
public sealed class FilesystemDifferentialTests
{
    [SkippableTheory]
    [EachEngine("files")]
    [EachEngine("escape")]
    public void Same_output_and_same_files_as_Wasmtime(string engine, string program)
    {
        Skip.IfNot(WitSharp.Wasi.Filesystem.WasiFilesystem.IsSupported, "preopened directories need Linux");
        string component = WasiCorpus.Require(program);
        using var reference = new FilesystemScenario();
        using var ours = new FilesystemScenario();
        ProgramOutcome expected = WasmtimeWasiRunner.Run(component, ProgramInput.None, reference.Grant);
        ProgramOutcome actual = OurWasiRunner.Run(engine, component, ProgramInput.None, ours.Grant);
        Assert.False(expected.Trapped, $"{program}: the reference trapped:\n{expected}");
        Assert.Equal(expected, actual);
        Assert.Equal(FilesystemScenario.Fingerprint(reference.Data, withTimes: false), FilesystemScenario.Fingerprint(ours.Data, withTimes: false));
        ours.AssertUntouched();
        reference.AssertUntouched();
        if (program == "escape")
        {
            // Every attempt out (and every change under /ro) was refused; only reading /ro/inside.txt opens.
            Assert.DoesNotContain("LEAKED", actual.Stdout);
            Assert.DoesNotContain("DONE", actual.Stdout);
            Assert.Single(actual.Stdout.Split('\n'), line => line.Contains("OPENED"));
            Assert.Contains("open /data/link-out: refused (Operation not permitted)", actual.Stdout);
            Assert.Contains("open /data/../outside/secret.txt: refused (Operation not permitted)", actual.Stdout);
            Assert.Contains("open /ro/inside.txt: OPENED", actual.Stdout);
        }
    }

    [SkippableFact]
    public void A_run_names_the_paths_it_was_refused()
    {
        Skip.IfNot(WitSharp.Wasi.Filesystem.WasiFilesystem.IsSupported, "preopened directories need Linux");
        string component = WasiCorpus.Require("escape");
        using var scenario = new FilesystemScenario();
        var configuration = scenario.Grant(new WasiConfiguration().Stdout(new MemoryStream()));
        WasiRunResult result = WasiCommand.Run(Component.FromFile(new WasmEngine(), component), configuration);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("the component tried to open /data/../outside/secret.txt: no preopen covers it; pass --dir HOST::GUEST to grant a directory", result.Refusals);
        Assert.Contains("the component tried to open /data/link-out: no preopen covers it; pass --dir HOST::GUEST to grant a directory", result.Refusals);
        Assert.Contains("the component tried to create the directory /data/../outside/made: no preopen covers it; pass --dir HOST::GUEST to grant a directory", result.Refusals);
        // Writes under the read-only preopen are refused too, but they are no missing preopen: not named here.
        Assert.DoesNotContain(result.Refusals, r => r.Contains("/ro/"));
    }

    [SkippableTheory, EachEngine]
    public void Symlinks_leading_out_are_refused_and_never_followed(string engine)
    {
        Skip.IfNot(WitSharp.Wasi.Filesystem.WasiFilesystem.IsSupported, "preopened directories need Linux");
        string component = WasiCorpus.Require("escape-symlink");
        using var reference = new FilesystemScenario();
        using var ours = new FilesystemScenario();
        ProgramOutcome expected = WasmtimeWasiRunner.Run(component, ProgramInput.None, reference.Grant);
        ProgramOutcome actual = OurWasiRunner.Run(engine, component, ProgramInput.None, ours.Grant);
        Assert.Equal(0, actual.ExitCode);
        Assert.Contains("symlink absolute: refused (Operation not permitted)", actual.Stdout);
        Assert.Contains("symlink relative out: refused (Operation not permitted)", actual.Stdout);
        Assert.Contains("symlink inside: made", actual.Stdout);
        Assert.Contains("follow /data/new-in: OPENED", actual.Stdout);
        Assert.DoesNotContain("LEAKED", actual.Stdout);
        Assert.DoesNotContain("LEAKED", expected.Stdout); // Wasmtime may make the links, but never follows them out
        ours.AssertUntouched();
    }

    [SkippableTheory, EachEngine]
    public void A_symlink_swapped_in_while_the_guest_opens_never_leads_out(string engine)
    {
        Skip.IfNot(WitSharp.Wasi.Filesystem.WasiFilesystem.IsSupported, "preopened directories need Linux");
        string component = WasiCorpus.Require("escape-race");
        using var scenario = new FilesystemScenario();
        ProgramOutcome outcome;
        using (new SymlinkSwapper(scenario.Data, "../outside", "decoy inside /data"))
            outcome = OurWasiRunner.Run(engine, component, ProgramInput.None.WithArgs("2000"), scenario.Grant);
        Assert.Equal("rounds=2000 leaked=0\n", outcome.Stdout);
        Assert.Equal(0, outcome.ExitCode);
        Assert.False(File.Exists(Path.Combine(scenario.Outside, "planted.txt")));
        scenario.AssertUntouched();
    }
}
