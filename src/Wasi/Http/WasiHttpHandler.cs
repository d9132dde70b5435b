using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using WitSharp.Engine;
using WitSharp.Engine.Components;
using WitSharp.Engine.Components.Engines;
using WitSharp.Runtime.Bindings;
using WitSharp.Wasi.Bindings.Wasi.Http.V0_2_12.Types;

namespace WitSharp.Wasi.Http;

/// <summary>
/// Serves a <c>wasi:http/proxy</c> component: every request runs in a fresh instance made from one
/// <see cref="ComponentInstancePre"/> (imports resolved once), with its own WASI context, store, memory limit and
/// deadline, on a reused guest thread that runs one request at a time (a guest blocks in <c>blocking-read</c> and
/// <c>blocking-write-and-flush</c>, so it stays off the .NET thread pool). The response starts as soon as the guest
/// sets it, and its body streams while the guest writes. A trap, a timeout or an exception of host code ends that
/// request and drops its instance; the handler keeps serving.
/// </summary>
public sealed class WasiHttpHandler
{
    private readonly ComponentInstancePre _pre;
    private readonly SemaphoreSlim _slots;
    private readonly GuestThreads _threads;

    /// <summary>Resolves <paramref name="component"/>'s imports against WASI (any 0.2.x) once.</summary>
    /// <exception cref="ComponentLinkException">The component imports something WASI does not provide.</exception>
    public WasiHttpHandler(Component component, WasiHttpOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(component);
        Options = options ?? new WasiHttpOptions();
        var linker = new ComponentLinker(component.Engine);
        linker.AddWasiAmbient();
        _pre = linker.Prepare(component);
        _slots = new SemaphoreSlim(Math.Max(1, Options.MaxConcurrentRequests));
        _threads = new GuestThreads(Options.MaxConcurrentRequests, TimeSpan.FromSeconds(30));
    }

    /// <summary>Loads the component at <paramref name="path"/> on a new engine and prepares it.</summary>
    public static WasiHttpHandler Load(string path, WasiHttpOptions? options = null, WasmEngineOptions? engineOptions = null)
    {
        var engine = new WasmEngine(engineOptions ?? new WasmEngineOptions());
        return new WasiHttpHandler(Component.FromFile(engine, path), options);
    }

    /// <summary>
    /// Loads the component at <paramref name="path"/> on <paramref name="engine"/> (the managed engine, or another
    /// behind the seam such as <c>new WasmtimeEngine()</c>) and prepares it. The engine must outlive the handler.
    /// </summary>
    public static WasiHttpHandler Load(CoreEngine engine, string path, WasiHttpOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        return new WasiHttpHandler(Component.FromFile(engine, path), options);
    }

    /// <summary>The options every request runs with.</summary>
    public WasiHttpOptions Options { get; }

    /// <summary>The component served.</summary>
    public Component Component => _pre.Component;

    /// <summary>Requests running in an instance right now.</summary>
    public int ActiveRequests => Options.MaxConcurrentRequests - _slots.CurrentCount;

    /// <summary>
    /// Instantiates the component once and binds its <c>incoming-handler</c> export, so that a component that is no
    /// wasi:http proxy fails at start-up, not on the first request.
    /// </summary>
    /// <exception cref="ComponentLinkException">The component exports no <c>wasi:http/incoming-handler@0.2.x</c>.</exception>
    public void Validate()
    {
        using WasiContext context = Options.Wasi.CreateContext();
        using WasiContext.Scope scope = context.Enter();
        using CoreStore store = Component.Engine.CreateStore();
        store.MaxMemoryPages = Options.MaxMemoryPages;
        using CancellationTokenSource? deadline = Options.Wasi.Limits.ApplyTo(store, Options.RequestTimeout);
        using ComponentInstance instance = _pre.Instantiate(store);
        IncomingHandlerBinding.Bind(instance);
    }

    /// <summary>
    /// Handles <paramref name="request"/> in a fresh instance. Returns when the guest has set its response (or failed
    /// before it did); <see cref="WasiHttpResponse.Completion"/> says when and how the guest finished.
    /// </summary>
    public async Task<WasiHttpResponse> HandleAsync(WasiHttpRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (DeclaredLength(request) > Options.MaxRequestBodyBytes) return Synthesised(WasiHttpOutcome.TooLarge);
        if (!await _slots.WaitAsync(Options.QueueTimeout, cancellationToken).ConfigureAwait(false)) return Synthesised(WasiHttpOutcome.Rejected);
        var body = request.Body is null ? null : new LimitedReadStream(request.Body, Options.MaxRequestBodyBytes);
        var incoming = new HostIncomingRequest(request with { Body = body }, Options.MaxReadChunk);
        var outparam = new HostResponseOutparam();
        Task<WasiHttpOutcome> run;
        try
        {
            run = _threads.Run(() => Run(incoming, outparam));
        }
        catch
        {
            _slots.Release();
            throw;
        }
        Task<WasiHttpOutcome> completion = run.ContinueWith(t =>
        {
            _slots.Release();
            return body is { Exceeded: true } && t.Result != WasiHttpOutcome.Completed ? WasiHttpOutcome.TooLarge : t.Result;
        }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        await Task.WhenAny(outparam.Response, completion).ConfigureAwait(false);
        // A guest that read past the body limit answers a failed read (componentize-js with its own 500); the client
        // is told the truth instead, 413, unless the guest's response was already out.
        if (outparam.Response.IsCompletedSuccessfully && outparam.Response.Result.IsOk && body is not { Exceeded: true })
        {
            HostOutgoingResponse response = outparam.Response.Result.Value;
            return new WasiHttpResponse(response.StatusCode(), response.HeaderFields.EntryList, response.BodyResource?.Reader, completion, fromComponent: true);
        }
        WasiHttpOutcome outcome = await completion.ConfigureAwait(false);
        if (body is { Exceeded: true }) return Synthesised(WasiHttpOutcome.TooLarge);
        if (outparam.Response.IsCompletedSuccessfully && outparam.Response.Result.IsErr)
        {
            Options.Log?.Invoke($"{request.Method} {request.PathAndQuery}: the component answered with {outparam.Response.Result.Error}");
        }
        return Synthesised(outcome == WasiHttpOutcome.Completed ? WasiHttpOutcome.NoResponse : outcome);
    }

    // Runs on a guest thread (one request at a time on it): instantiate, call handle, drop the instance (which ends an
    // unfinished body with an error and cancels an outparam the guest never set).
    private WasiHttpOutcome Run(HostIncomingRequest request, HostResponseOutparam outparam)
    {
        using WasiContext context = Options.Wasi.CreateContext();
        context.GetState(_ => new WasiHttpState(Options));
        using CoreStore store = Component.Engine.CreateStore();
        store.MaxMemoryPages = Options.MaxMemoryPages;
        // The WASI limits hold here as in a command: the lower memory limit and the shorter time win.
        using CancellationTokenSource? deadline = Options.Wasi.Limits.ApplyTo(store, Options.RequestTimeout);
        using WasiContext.Scope scope = context.Enter();
        ComponentInstance? instance = null;
        try
        {
            instance = _pre.Instantiate(store);
            IncomingHandlerBinding.Bind(instance).Handle(request, outparam);
            return WasiHttpOutcome.Completed;
        }
        catch (Exception e)
        {
            // The isolation boundary: whatever the guest or a host call did, this request ends and the server lives.
            Options.Log?.Invoke($"{request.Method()} {request.PathWithQuery()}: {e.GetType().Name}: {e.Message}");
            return deadline is { IsCancellationRequested: true } ? WasiHttpOutcome.TimedOut : WasiHttpOutcome.Trapped;
        }
        finally
        {
            try
            {
                instance?.Dispose();
            }
            finally
            {
                outparam.Dispose();
            }
        }
    }

    private static long DeclaredLength(WasiHttpRequest request)
    {
        foreach (var (name, value) in request.Headers)
        {
            if (name.Equals("content-length", StringComparison.OrdinalIgnoreCase) && long.TryParse(Encoding.ASCII.GetString(value), out long length)) return length;
        }
        return 0;
    }

    // What a client sees when the guest gave no response; the detail (a trap message) goes to the log only.
    private static WasiHttpResponse Synthesised(WasiHttpOutcome outcome)
    {
        (int status, string text) = outcome switch
        {
            WasiHttpOutcome.TimedOut => (503, "the component ran over its time limit"),
            WasiHttpOutcome.Rejected => (503, "the server is busy"),
            WasiHttpOutcome.TooLarge => (413, "the request body is over the limit"),
            WasiHttpOutcome.NoResponse => (500, "the component set no response"),
            _ => (500, "the component failed"),
        };
        var headers = new List<(string, byte[])> { ("content-type", Encoding.ASCII.GetBytes("text/plain; charset=utf-8")) };
        var pipe = new System.IO.Pipelines.Pipe();
        pipe.Writer.Write(Encoding.UTF8.GetBytes(text + "\n"));
        pipe.Writer.Complete();
        return new WasiHttpResponse(status, headers, pipe.Reader, Task.FromResult(outcome), fromComponent: false);
    }
}
