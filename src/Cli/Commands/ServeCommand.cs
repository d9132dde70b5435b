using System;
using System.CommandLine;
using System.IO;
using System.Net;
using WitSharp.AspNetCore;
using WitSharp.Engine;
using WitSharp.Engine.Components;
using WitSharp.Engine.Components.Engines;
using WitSharp.Wasi.Http;

namespace WitSharp.Cli.Commands;

/// <summary>
/// <c>witsharp serve &lt;file.wasm&gt; [--addr 127.0.0.1:8080]</c>: serves a <c>wasi:http/proxy</c> component on Kestrel,
/// one fresh instance per request (<see cref="WasiHttpHandler"/>), until Ctrl+C.
/// </summary>
public static class ServeCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var path = new Argument<string>("file") { Description = "A component exporting wasi:http/incoming-handler@0.2.x (the wasi:http/proxy world)." };
        var addr = new Option<string>("--addr") { Description = "The address and port to listen on (port 0 picks a free one).", DefaultValueFactory = _ => "127.0.0.1:8080", HelpName = "host:port" };
        var timeout = LimitOptions.CreateTimeout(
            "How long one request may run in the component (5s, 500ms, or seconds; 30s by default); over it the instance is interrupted and the client gets 503.");
        var maxBody = new Option<long>("--max-body-bytes") { Description = "The largest request body a component may read; a larger one gets 413.", DefaultValueFactory = _ => 16L * 1024 * 1024 };
        var maxConcurrency = new Option<int>("--max-concurrency") { Description = "Requests running in components at once; more wait for a slot (503 after 30 s).", DefaultValueFactory = _ => Environment.ProcessorCount * 16 };
        var maxMemory = LimitOptions.CreateMaxMemory(
            "The most memory each instance's linear memories may grow to (64MiB, 1GiB, or bytes; 256MiB by default); growth beyond fails, and a request whose component then fails gets 500.");
        // The spelling of earlier versions, kept for their scripts: a whole number of MiB.
        var maxMemoryMib = new Option<int?>("--max-memory-mib") { Description = "The same as --max-memory, in MiB.", Hidden = true };
        maxMemoryMib.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is { } mib and (< 1 or > 16 * 1024)) result.AddError($"--max-memory-mib '{mib}' is not a number of MiB from 1 to 16384.");
        });
        var allow = new Option<string[]>("--allow-outgoing") { Description = "An authority (host or host:port) the component's outgoing requests may reach; repeat for more. None by default.", HelpName = "host[:port]", AllowMultipleArgumentsPerToken = false };
        var inheritStdio = new Option<bool>("--inherit-stdio") { Description = "Let components write to this process's stdout and stderr (discarded by default)." };
        var engine = EngineOption.Create();
        var command = new Command("serve",
            "Serve a wasi:http/proxy component over HTTP on Kestrel. Each request runs in a fresh instance of the pre-instantiated component, with " +
            "request and response bodies streamed. A request whose component traps gets 500 and the server keeps serving; one over --timeout gets 503 " +
            "and its instance is dropped. Nothing is granted by default: no outgoing requests, environment or files.\n" +
            "Exit code 0: stopped with Ctrl+C, 1: the component is not a wasi:http proxy or imports what WASI does not provide, 2: usage or I/O error.\n\n" +
            "Example:\n  witsharp serve handler.wasm --addr 127.0.0.1:8080\n  curl http://127.0.0.1:8080/hello\n" +
            "  witsharp serve proxy.wasm --allow-outgoing api.example.com --timeout 5s --max-memory 64MiB\n  witsharp serve handler.wasm --engine wasmtime");
        command.Arguments.Add(path);
        foreach (Option option in new Option[] { addr, timeout, maxBody, maxConcurrency, maxMemory, maxMemoryMib, allow, inheritStdio, engine }) command.Options.Add(option);
        command.SetAction(parse =>
        {
            string input = parse.GetValue(path)!;
            if (!WasmFileArgument.Exists(input, stderr)) return ExitCodes.UsageOrIoError;
            if (!IPEndPoint.TryParse(parse.GetValue(addr)!, out IPEndPoint? endpoint) || endpoint.Port == 0 && !parse.GetValue(addr)!.EndsWith(":0", StringComparison.Ordinal))
            {
                stderr.WriteLine($"witsharp: --addr '{parse.GetValue(addr)}' is not an address and port such as 127.0.0.1:8080.");
                return ExitCodes.UsageOrIoError;
            }
            if (parse.GetValue(maxMemory) is not null && parse.GetValue(maxMemoryMib) is not null)
            {
                stderr.WriteLine("witsharp: --max-memory and --max-memory-mib say the same thing; give one.");
                return ExitCodes.UsageOrIoError;
            }
            long memoryBytes = parse.GetValue(maxMemoryMib) is { } mib ? mib * (1L << 20) : LimitOptions.ParseSize(parse.GetValue(maxMemory) ?? "256MiB")!.Value;
            var options = new WasiHttpOptions
            {
                RequestTimeout = parse.GetValue(timeout) is { } duration ? LimitOptions.ParseDuration(duration)!.Value : TimeSpan.FromSeconds(30),
                MaxRequestBodyBytes = Math.Max(0, parse.GetValue(maxBody)),
                MaxConcurrentRequests = Math.Max(1, parse.GetValue(maxConcurrency)),
                MaxMemoryPages = new WitSharp.Wasi.WasiLimits { MaxMemoryBytes = memoryBytes }.MaxMemoryPages!.Value,
                Log = line => { lock (stderr) stderr.WriteLine("witsharp serve: " + line); },
            };
            if (parse.GetValue(inheritStdio)) options.Wasi.InheritStdio();
            foreach (string authority in parse.GetValue(allow) ?? Array.Empty<string>()) options.AllowOutgoing(authority);
            CoreEngine coreEngine = EngineOption.CreateEngine(parse.GetValue(engine)!, new WasmEngineOptions { Compilation = CompilationMode.Tiered }, everyStoreHasADeadline: true);
            using var ownedEngine = coreEngine as IDisposable;
            WasiHttpHandler handler;
            try
            {
                handler = WasiHttpHandler.Load(coreEngine, input, options);
                handler.Validate();
            }
            catch (Exception e) when (e is ComponentLinkException or WasmException or WitSharp.Components.Binary.ComponentDecodeException or WitSharp.Components.Validation.ComponentValidationException)
            {
                stderr.WriteLine($"witsharp: {input}: {e.Message}");
                return ExitCodes.Findings;
            }
            ComponentServer server = ComponentServer.StartAsync(handler, endpoint).GetAwaiter().GetResult();
            stdout.WriteLine($"witsharp serve: {Path.GetFileName(input)} on {server.Address}");
            stdout.Flush();
            server.WaitForShutdownAsync().GetAwaiter().GetResult();
            server.DisposeAsync().AsTask().GetAwaiter().GetResult();
            return ExitCodes.Success;
        });
        return command;
    }
}
