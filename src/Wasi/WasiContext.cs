using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using WitSharp.Wasi.Io;

namespace WitSharp.Wasi;

/// <summary>
/// The WASI state of one run (one component instance): its arguments, environment, stdio, and whatever the
/// filesystem, sockets and HTTP parts keep per instance (<see cref="GetState{T}"/>). Made by
/// <see cref="WasiConfiguration.CreateContext"/>; disposing it closes what it opened (not the streams the host passed in).
/// </summary>
public sealed class WasiContext : IDisposable
{
    [ThreadStatic] private static WasiContext? _current;
    private readonly Dictionary<Type, object> _state = new();
    private readonly List<string> _refusals = new();
    private readonly string[] _arguments;
    private readonly (string, string)[] _environment;

    internal WasiContext(WasiConfiguration configuration)
    {
        Configuration = configuration;
        _arguments = new[] { configuration.ProgramName }.Concat(configuration.Arguments).ToArray();
        _environment = configuration.Environment.Select(e => (e.Key, e.Value)).ToArray();
        Stdin = new AsyncStreamReader(configuration.StdinSource?.Invoke() ?? Stream.Null, configuration.Limits.MaxIoChunk);
        Stdout = new AsyncStreamWriter(configuration.StdoutSink?.Invoke() ?? Stream.Null);
        Stderr = new AsyncStreamWriter(configuration.StderrSink?.Invoke() ?? Stream.Null);
    }

    /// <summary>
    /// The context of the call in progress on this thread, set by <see cref="Enter"/>; a host made with
    /// <see cref="WasiHost.Ambient"/> reads it, so one linker serves many instances, each with its own context.
    /// </summary>
    public static WasiContext? Current => _current;

    /// <summary>The configuration this context was made from.</summary>
    public WasiConfiguration Configuration { get; }

    /// <summary>The limits of this instance.</summary>
    public WasiLimits Limits => Configuration.Limits;

    /// <summary>The program name followed by the arguments.</summary>
    public IReadOnlyList<string> Arguments => _arguments;

    /// <summary>Stdin, shared by every <c>input-stream</c> handle the guest gets for it.</summary>
    internal AsyncStreamReader Stdin { get; }

    /// <summary>Stdout, shared by every <c>output-stream</c> handle the guest gets for it.</summary>
    internal AsyncStreamWriter Stdout { get; }

    /// <summary>Stderr, shared by every <c>output-stream</c> handle the guest gets for it.</summary>
    internal AsyncStreamWriter Stderr { get; }

    /// <summary>
    /// What the guest tried and was refused for want of a capability, one sentence each, naming what would grant it
    /// ("the component tried to open /etc/passwd: no preopen covers it; pass --dir"); a runner prints them after the run.
    /// </summary>
    public IReadOnlyList<string> Refusals
    {
        get
        {
            lock (_refusals) return _refusals.ToArray();
        }
    }

    /// <summary>Records a refusal (see <see cref="Refusals"/>); the first 16 are kept, so a guest in a loop cannot fill memory.</summary>
    public void ReportRefusal(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        lock (_refusals)
        {
            if (_refusals.Count < 16 && !_refusals.Contains(message)) _refusals.Add(message);
        }
    }

    /// <summary>The code the guest passed to <c>wasi:cli/exit</c>, once it has; null while it runs.</summary>
    public int? ExitCode { get; internal set; }

    /// <summary>
    /// Whether the guest asked for its preopened directories and was granted none. wasi-libc then refuses every path
    /// inside the component, so the host never sees the path it would name; a failed run is told about --dir instead.
    /// </summary>
    internal bool FoundNoPreopens { get; set; }

    internal string[] ArgumentArray => _arguments;

    internal (string, string)[] EnvironmentPairs => _environment;

    /// <summary>
    /// The state of type <typeparamref name="T"/> this context keeps for one WASI part (the filesystem's open
    /// descriptors, the HTTP part's outgoing requests…), made by <paramref name="create"/> on first use.
    /// </summary>
    public T GetState<T>(Func<WasiContext, T> create) where T : class
    {
        ArgumentNullException.ThrowIfNull(create);
        lock (_state)
        {
            if (_state.TryGetValue(typeof(T), out object? existing)) return (T)existing;
            T made = create(this);
            _state[typeof(T)] = made;
            return made;
        }
    }

    /// <summary>Makes this the <see cref="Current"/> context of this thread until the returned scope is disposed.</summary>
    public Scope Enter()
    {
        WasiContext? previous = _current;
        _current = this;
        return new Scope(previous);
    }

    /// <summary>Flushes stdout and stderr, then disposes every part's state that is disposable.</summary>
    public void Dispose()
    {
        Stdout.FlushQuietly();
        Stderr.FlushQuietly();
        object[] parts;
        lock (_state) parts = _state.Values.ToArray();
        foreach (object part in parts) (part as IDisposable)?.Dispose();
    }

    /// <summary>Restores the previous <see cref="Current"/> context when disposed.</summary>
    public readonly struct Scope : IDisposable
    {
        private readonly WasiContext? _previous;

        internal Scope(WasiContext? previous) => _previous = previous;

        /// <summary>Restores the previous context.</summary>
        public void Dispose() => _current = _previous;
    }
}
