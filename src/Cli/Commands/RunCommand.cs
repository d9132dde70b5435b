using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using WitSharp.Cli.Invocation;
using WitSharp.Engine;
using WitSharp.Engine.Components;
using WitSharp.Engine.Components.Engines;
using WitSharp.Runtime;
using WitSharp.Wasi;

namespace WitSharp.Cli.Commands;

/// <summary>
/// <c>witsharp run &lt;file.wasm&gt; [--dir HOST[::GUEST]] [--env K=V] [--env-inherit] [--invoke 'f(args)'] [-- args]</c>:
/// runs a <c>wasi:cli/command</c> on WitSharp's WASI host (exit code passed through), or calls one export of any
/// component and prints its result. Nothing is granted that the command line does not name.
/// </summary>
public static class RunCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("file") { Description = "The component (.wasm)." };
        var args = new Argument<string[]>("args") { Description = "Arguments for the program, after --.", Arity = ArgumentArity.ZeroOrMore };
        var dirs = new Option<string[]>("--dir")
        {
            Description = "Grant a host directory, seen by the guest as GUEST (default: the same path). Repeatable.",
            HelpName = "HOST[::GUEST]",
            AllowMultipleArgumentsPerToken = false,
        };
        var env = new Option<string[]>("--env") { Description = "Set an environment variable for the guest. Repeatable.", HelpName = "K=V" };
        var envInherit = new Option<bool>("--env-inherit") { Description = "Pass every environment variable of this process to the guest." };
        var invoke = new Option<string?>("--invoke")
        {
            Description = "Call this export instead of wasi:cli/run, with WAVE-style arguments (42, \"text\", [1, 2], {a: 1}, some(x), ok(x)), and print its result.",
            HelpName = "name(args)",
        };
        var engine = EngineOption.Create();
        var maxMemory = LimitOptions.CreateMaxMemory();
        var timeout = LimitOptions.CreateTimeout();
        var command = new Command("run",
            "Run a WebAssembly component on WitSharp's WASI 0.2 host. A wasi:cli/command runs its wasi:cli/run export and the exit code is its own " +
            "(134 after a trap); --invoke calls any export. Deny by default: the guest gets stdio, its program name and the arguments after --, and " +
            "nothing else unless --dir, --env or --env-inherit grant it. A refused capability is named on stderr after the run.\n" +
            "Exit code: the program's; 2: usage or I/O error, or a component that cannot be loaded or linked.\n\n" +
            "Example:\n  witsharp run hello.wasm --env GREETING=hi --dir ./data::/data -- one two\n  witsharp run calc.wasm --invoke 'add(1, 2)'\n" +
            "  witsharp run hello.wasm --engine wasmtime\n  witsharp run untrusted.wasm --max-memory 64MiB --timeout 10s");
        command.Arguments.Add(file);
        command.Arguments.Add(args);
        command.Options.Add(dirs);
        command.Options.Add(env);
        command.Options.Add(envInherit);
        command.Options.Add(invoke);
        command.Options.Add(engine);
        command.Options.Add(maxMemory);
        command.Options.Add(timeout);
        command.SetAction(parse =>
        {
            string path = parse.GetValue(file)!;
            if (!WasmFileArgument.Exists(path, stderr)) return ExitCodes.UsageOrIoError;
            var configuration = new WasiConfiguration().Program(Path.GetFileName(path)).Args(parse.GetValue(args) ?? Array.Empty<string>());
            ConnectStdio(configuration, stdout, stderr);
            configuration.WithLimits(LimitOptions.Apply(configuration.Limits, parse.GetValue(maxMemory), parse.GetValue(timeout)));
            if (parse.GetValue(envInherit)) configuration.InheritEnvironment();
            foreach (string pair in parse.GetValue(env) ?? Array.Empty<string>())
            {
                int equals = pair.IndexOf('=');
                if (equals <= 0)
                {
                    stderr.WriteLine($"witsharp: --env '{pair}' is not of the form NAME=VALUE.");
                    return ExitCodes.UsageOrIoError;
                }
                configuration.Env(pair.Substring(0, equals), pair.Substring(equals + 1));
            }
            foreach (string dir in parse.GetValue(dirs) ?? Array.Empty<string>())
            {
                int split = dir.IndexOf("::", StringComparison.Ordinal);
                string host = split < 0 ? dir : dir.Substring(0, split), guest = split < 0 ? dir : dir.Substring(split + 2);
                if (!Directory.Exists(host))
                {
                    stderr.WriteLine($"witsharp: --dir '{dir}': the host directory '{host}' does not exist.");
                    return ExitCodes.UsageOrIoError;
                }
                configuration.Preopen(host, guest.Length == 0 ? "/" : guest);
            }
            CoreEngine coreEngine = EngineOption.CreateEngine(parse.GetValue(engine)!, new WasmEngineOptions(), everyStoreHasADeadline: configuration.Limits.Timeout is not null);
            using var ownedEngine = coreEngine as IDisposable;
            Component component;
            try
            {
                component = Component.FromFile(coreEngine, path);
            }
            catch (Exception e) when (e is WasmException or IOException or UnauthorizedAccessException or ComponentNotSupportedException or Components.Binary.ComponentDecodeException or Components.Validation.ComponentValidationException)
            {
                stderr.WriteLine($"witsharp: cannot load '{path}': {e.Message}");
                return ExitCodes.UsageOrIoError;
            }
            string? invocation = parse.GetValue(invoke);
            try
            {
                return invocation is null ? RunCommandComponent(component, configuration, stderr) : Invoke(component, configuration, invocation, stdout, stderr);
            }
            catch (ComponentLinkException e)
            {
                stderr.WriteLine($"witsharp: cannot run '{path}': {e.Message}");
                return ExitCodes.UsageOrIoError;
            }
        });
        return command;
    }

    private static int RunCommandComponent(Component component, WasiConfiguration configuration, TextWriter stderr)
    {
        WasiRunResult result = WasiCommand.Run(component, configuration);
        foreach (string refusal in result.Refusals) stderr.WriteLine("witsharp: " + refusal);
        if (result.TrapMessage is { } trap) stderr.WriteLine("witsharp: the component trapped: " + trap);
        return result.ExitCode;
    }

    private static int Invoke(Component component, WasiConfiguration configuration, string text, TextWriter stdout, TextWriter stderr)
    {
        InvokeExpression expression;
        try
        {
            expression = InvokeExpression.Parse(text);
        }
        catch (FormatException e)
        {
            stderr.WriteLine("witsharp: " + e.Message);
            return ExitCodes.UsageOrIoError;
        }
        var linker = new ComponentLinker(component.Engine);
        using WasiContext context = configuration.CreateContext();
        linker.AddWasi(context);
        // Any component may be invoked: imports WASI does not provide trap when called (naming the import), as they
        // would in a test harness, instead of refusing the whole component.
        linker.DefineUnknownImportsAsTraps(component);
        using CoreStore store = component.Engine.CreateStore();
        using System.Threading.CancellationTokenSource? deadline = configuration.Limits.ApplyTo(store);
        using ComponentInstance instance = linker.Instantiate(store, component);
        ComponentFunction? function = expression.InterfaceName is null
            ? instance.GetFunction(expression.FunctionName)
            : instance.GetFunction(expression.InterfaceName, expression.FunctionName);
        if (function is null)
        {
            stderr.WriteLine($"witsharp: the component exports no function '{text.Split('(')[0].Trim()}'.");
            return ExitCodes.UsageOrIoError;
        }
        if (expression.Arguments.Count != function.ParameterTypes.Count)
        {
            stderr.WriteLine($"witsharp: {function} takes {function.ParameterTypes.Count} argument(s), {expression.Arguments.Count} given.");
            return ExitCodes.UsageOrIoError;
        }
        var arguments = new WitValue[expression.Arguments.Count];
        for (int i = 0; i < arguments.Length; i++)
        {
            try
            {
                arguments[i] = WaveText.Parse(expression.Arguments[i], function.ParameterTypes[i]);
            }
            catch (FormatException e)
            {
                stderr.WriteLine($"witsharp: argument {i + 1} ({function.ParameterNames[i]}): {e.Message}");
                return ExitCodes.UsageOrIoError;
            }
        }
        try
        {
            WitValue? result = function.Invoke(arguments);
            if (result is not null && function.ResultType is { } type) stdout.WriteLine(WaveText.Format(result, type));
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is WasmTrapException or CanonicalAbiTrapException or WasiExitException)
        {
            if (context.ExitCode is { } code) return code;
            stderr.WriteLine("witsharp: the component trapped: " + e.Message);
            return WasiCommand.TrapExitCode;
        }
        finally
        {
            foreach (string refusal in context.Refusals) stderr.WriteLine("witsharp: " + refusal);
        }
    }

    // The guest's stdout and stderr go where the command's own do: the process's streams when those are the console's,
    // else (a host that captures the CLI's output, such as the tests) through the given writers.
    private static void ConnectStdio(WasiConfiguration configuration, TextWriter stdout, TextWriter stderr)
    {
        configuration.Stdin(Console.OpenStandardInput());
        configuration.Stdout(ReferenceEquals(stdout, Console.Out) ? Console.OpenStandardOutput() : new TextWriterStream(stdout));
        configuration.Stderr(ReferenceEquals(stderr, Console.Error) ? Console.OpenStandardError() : new TextWriterStream(stderr));
    }
}
