using WitSharp.Testing;

namespace WitSharp.Cli.Tests.Run;

/// <summary>
/// <c>witsharp run</c>: a wasi:cli/command from the WASI corpus runs with what the command line grants (program name,
/// arguments after --, --env), its output reaches the CLI's writers and its exit code is the CLI's; --invoke calls an
/// export of any component with WAVE-style arguments and prints the result; bad input is a usage error. Every run
/// goes through <c>--engine</c> once per engine (managed and wasmtime) with the same expectations.
/// </summary>
public sealed class RunCommandTests
{
    [SkippableTheory, EachEngine]
    public void A_command_gets_its_arguments_and_only_the_environment_it_was_given(string engine)
    {
        string hello = WasiCorpus.Require("hello");

        var result = CliRunner.Run("run", hello, "--engine", engine, "--env", "GREETING=hi there", "--", "one", "two words");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("argc=3\n", result.StdOut);
        Assert.Contains("argv[1]=one\nargv[2]=two words\n", result.StdOut);
        Assert.Contains("GREETING=hi there\n", result.StdOut);
        Assert.Contains("EMPTY=(unset)\n", result.StdOut);
        Assert.Contains("a line on stderr\n", result.StdErr);
    }

    [SkippableTheory, EachEngine]
    public void The_exit_code_is_the_programs(string engine)
    {
        string hello = WasiCorpus.Require("hello");

        // Through WASI 0.2's exit(result) a nonzero code arrives as failure, 1, as under Wasmtime.
        var failing = CliRunner.Run("run", hello, "--engine", engine, "--", "--exit", "9");
        var succeeding = CliRunner.Run("run", hello, "--engine", engine, "--", "--exit", "0");

        Assert.Equal(1, failing.ExitCode);
        Assert.Equal(0, succeeding.ExitCode);
    }

    [SkippableTheory, EachEngine]
    public void Invoke_calls_an_export_and_prints_its_result(string engine)
    {
        string calc = ComponentCorpus.Require("calc");

        var add = CliRunner.Run("run", calc, "--engine", engine, "--invoke", "add(40, 2)");
        var missing = CliRunner.Run("run", calc, "--engine", engine, "--invoke", "subtract(1, 2)");
        var wrongCount = CliRunner.Run("run", calc, "--engine", engine, "--invoke", "add(1)");
        var wrongType = CliRunner.Run("run", calc, "--engine", engine, "--invoke", "add(1, \"two\")");

        Assert.Equal((0, "42\n"), (add.ExitCode, add.StdOut));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("no function 'subtract'", missing.StdErr);
        Assert.Equal(2, wrongCount.ExitCode);
        Assert.Contains("takes 2 argument(s), 1 given", wrongCount.StdErr);
        Assert.Equal(2, wrongType.ExitCode);
        Assert.Contains("argument 2 (b)", wrongType.StdErr);
    }

    [SkippableTheory, EachEngine]
    public void An_import_WASI_does_not_provide_traps_when_called_and_names_itself(string engine)
    {
        string calc = ComponentCorpus.Require("calc");

        // greet logs through the world's own `log` import, which witsharp run does not provide.
        var greet = CliRunner.Run("run", calc, "--engine", engine, "--invoke", "greet(\"x\")");

        Assert.Equal(134, greet.ExitCode);
        Assert.Contains("log", greet.StdErr);
        Assert.Contains("trapped", greet.StdErr);
    }

    [Fact]
    public void A_missing_file_and_a_bad_env_are_usage_errors()
    {
        var missing = CliRunner.Run("run", "/no/such/file.wasm");
        var badEnv = CliRunner.Run("run", typeof(RunCommandTests).Assembly.Location, "--env", "NOEQUALS");

        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("does not exist", missing.StdErr);
        Assert.Equal(2, badEnv.ExitCode);
        Assert.Contains("NAME=VALUE", badEnv.StdErr);
    }

    [SkippableFact]
    public void Wasmtime_prints_and_exits_exactly_as_the_managed_engine()
    {
        string hello = WasiCorpus.Require("hello");
        string[][] runs = [["--", "a", "b c"], ["--", "--exit", "3"], ["--env", "GREETING=hej", "--", "x"]];

        foreach (string[] run in runs)
        {
            var managed = CliRunner.Run(["run", hello, "--engine", "managed", .. run]);
            var wasmtime = CliRunner.Run(["run", hello, "--engine", "wasmtime", .. run]);

            Assert.Equal(managed, wasmtime);
        }
    }

    [SkippableTheory, EachEngine]
    public void A_program_that_finds_no_preopen_is_told_to_pass_dir_and_one_that_needs_none_is_not(string engine)
    {
        string files = WasiCorpus.Require("files");
        string hello = WasiCorpus.Require("hello");

        var withoutDir = CliRunner.Run("run", files, "--engine", engine);
        var noFiles = CliRunner.Run("run", hello, "--engine", engine);

        Assert.Equal(1, withoutDir.ExitCode);
        Assert.Contains("create: error", withoutDir.StdOut);
        Assert.Contains("was granted none", withoutDir.StdErr);
        Assert.Contains("--dir HOST[::GUEST]", withoutDir.StdErr);
        Assert.Equal(0, noFiles.ExitCode);
        Assert.DoesNotContain("--dir", noFiles.StdErr);
    }

    [Fact]
    public void An_unknown_engine_is_a_usage_error_naming_the_engines()
    {
        var result = CliRunner.Run("run", typeof(RunCommandTests).Assembly.Location, "--engine", "v8");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--engine 'v8' is not an engine", result.StdErr);
        Assert.Contains("'managed' or 'wasmtime'", result.StdErr);
    }

    [Fact]
    public void Help_shows_an_example()
    {
        var help = CliRunner.Run("run", "--help");

        Assert.Equal(0, help.ExitCode);
        Assert.Contains("Example:", help.StdOut);
        Assert.Contains("witsharp run hello.wasm", help.StdOut);
        Assert.Contains("--engine <managed|wasmtime>", help.StdOut);
        Assert.Contains("witsharp run hello.wasm --engine wasmtime", help.StdOut);
    }
}
