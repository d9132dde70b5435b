using System;
using WitSharp.Wasi.Bindings.Witsharp.WasiHost.V0_2_12.HostWorld;
using WitSharp.Wasi.Clocks;
using WitSharp.Wasi.Cli;
using WitSharp.Wasi.Filesystem;
using WitSharp.Wasi.Http;
using WitSharp.Wasi.Io;
using WitSharp.Wasi.Random;
using WitSharp.Wasi.Sockets;
using Wit = WitSharp.Wasi.Bindings.Wasi;

namespace WitSharp.Wasi;

/// <summary>
/// Every WASI 0.2 interface, as the generated <see cref="IImports"/> of world <c>witsharp:wasi-host/host</c>: the object
/// <see cref="Host.AddToLinker"/> registers. Each interface's functions read the <see cref="WasiContext"/> of the call:
/// either one fixed context (one instance per linker) or the thread's <see cref="WasiContext.Current"/>
/// (<see cref="Ambient"/>: one linker, many instances, each call entered with <see cref="WasiContext.Enter"/>).
/// </summary>
public sealed class WasiHost : IImports
{
    private readonly StdioHost _stdio;
    private readonly TerminalHost _terminal = new();
    private readonly RandomHost _random;
    private readonly FilesystemHost _filesystem;
    private readonly SocketsHost _sockets;
    private readonly HttpHost _http;

    /// <summary>A host whose every call uses <paramref name="context"/>.</summary>
    public WasiHost(WasiContext context) : this(Fixed(context)) { }

    private WasiHost(Func<WasiContext> context)
    {
        Context = context;
        Poll = new PollHost();
        MonotonicClock = new MonotonicClockHost();
        WallClock = new WallClockHost();
        Environment = new EnvironmentHost(context);
        Exit = new ExitHost(context);
        _stdio = new StdioHost(context);
        _random = new RandomHost(context);
        _filesystem = new FilesystemHost(context);
        _sockets = new SocketsHost(context);
        _http = new HttpHost(context);
    }

    /// <summary>A host that uses the calling thread's <see cref="WasiContext.Current"/>; a call outside any context traps.</summary>
    public static WasiHost Ambient() => new(() => WasiContext.Current ?? throw new InvalidOperationException("a WASI function was called outside WasiContext.Enter()"));

    /// <summary>The context of the call in progress.</summary>
    public Func<WasiContext> Context { get; }

    /// <inheritdoc />
    public Wit.Io.V0_2_12.Poll.IPoll Poll { get; }

    /// <inheritdoc />
    public Wit.Clocks.V0_2_12.MonotonicClock.IMonotonicClock MonotonicClock { get; }

    /// <inheritdoc />
    public Wit.Clocks.V0_2_12.WallClock.IWallClock WallClock { get; }

    /// <inheritdoc />
    public Wit.Cli.V0_2_12.Environment.IEnvironment Environment { get; }

    /// <inheritdoc />
    public Wit.Cli.V0_2_12.Exit.IExit Exit { get; }

    /// <inheritdoc />
    public Wit.Cli.V0_2_12.Stdin.IStdin Stdin => _stdio;

    /// <inheritdoc />
    public Wit.Cli.V0_2_12.Stdout.IStdout Stdout => _stdio;

    /// <inheritdoc />
    public Wit.Cli.V0_2_12.Stderr.IStderr Stderr => _stdio;

    /// <inheritdoc />
    public Wit.Cli.V0_2_12.TerminalStdin.ITerminalStdin TerminalStdin => _terminal;

    /// <inheritdoc />
    public Wit.Cli.V0_2_12.TerminalStdout.ITerminalStdout TerminalStdout => _terminal;

    /// <inheritdoc />
    public Wit.Cli.V0_2_12.TerminalStderr.ITerminalStderr TerminalStderr => _terminal;

    /// <inheritdoc />
    public Wit.Random.V0_2_12.Random.IRandom Random => _random;

    /// <inheritdoc />
    public Wit.Random.V0_2_12.Insecure.IInsecure Insecure => _random;

    /// <inheritdoc />
    public Wit.Random.V0_2_12.InsecureSeed.IInsecureSeed InsecureSeed => _random;

    /// <inheritdoc />
    public Wit.Filesystem.V0_2_12.Types.ITypes WasiFilesystemTypes => _filesystem;

    /// <inheritdoc />
    public Wit.Filesystem.V0_2_12.Preopens.IPreopens Preopens => _filesystem;

    /// <inheritdoc />
    public Wit.Sockets.V0_2_12.InstanceNetwork.IInstanceNetwork InstanceNetwork => _sockets;

    /// <inheritdoc />
    public Wit.Sockets.V0_2_12.TcpCreateSocket.ITcpCreateSocket TcpCreateSocket => _sockets;

    /// <inheritdoc />
    public Wit.Sockets.V0_2_12.UdpCreateSocket.IUdpCreateSocket UdpCreateSocket => _sockets;

    /// <inheritdoc />
    public Wit.Sockets.V0_2_12.IpNameLookup.IIpNameLookup IpNameLookup => _sockets;

    /// <inheritdoc />
    public Wit.Http.V0_2_12.Types.ITypes Types => _http;

    /// <inheritdoc />
    public Wit.Http.V0_2_12.OutgoingHandler.IOutgoingHandler OutgoingHandler => _http;

    private static Func<WasiContext> Fixed(WasiContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return () => context;
    }
}
