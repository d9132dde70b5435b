using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;

namespace WitSharp.Wasi;

/// <summary>
/// What a component may see and do through WASI, deny by default: no arguments beyond the program name, no
/// environment variable, empty stdin, discarded stdout and stderr, no preopened directory and no network until a
/// method here grants it. Methods return the configuration so calls chain:
/// <code>
/// var wasi = new WasiConfiguration().InheritStdio().Args("hello", "world").Env("LANG", "C").Preopen("data", "/data", readOnly: true);
/// linker.AddWasi(wasi);
/// </code>
/// A configuration is a template: each run makes its own <see cref="WasiContext"/> from it (<see cref="CreateContext"/>),
/// so changing it afterwards does not affect contexts already made.
/// </summary>
public sealed class WasiConfiguration
{
    private readonly List<string> _args = new();
    private readonly List<KeyValuePair<string, string>> _env = new();
    private readonly List<WasiPreopen> _preopens = new();
    private readonly List<WasiNetworkGrant> _network = new();

    /// <summary>The program name the guest sees as its first argument (default <c>main</c>).</summary>
    public string ProgramName { get; private set; } = "main";

    /// <summary>The arguments after the program name.</summary>
    public IReadOnlyList<string> Arguments => _args;

    /// <summary>The environment variables, in the order given.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Environment => _env;

    /// <summary>The directories the guest may use, each a jail rooted at its host path.</summary>
    public IReadOnlyList<WasiPreopen> Preopens => _preopens;

    /// <summary>The network grants (TCP, UDP, name lookup); empty means no network at all.</summary>
    public IReadOnlyList<WasiNetworkGrant> NetworkGrants => _network;

    /// <summary>Where stdin is read from; null is an empty stream.</summary>
    public Func<Stream>? StdinSource { get; private set; }

    /// <summary>Where stdout goes; null discards it.</summary>
    public Func<Stream>? StdoutSink { get; private set; }

    /// <summary>Where stderr goes; null discards it.</summary>
    public Func<Stream>? StderrSink { get; private set; }

    /// <summary>The guest's initial working directory (<c>wasi:cli/environment.initial-cwd</c>); null says none.</summary>
    public string? InitialCwd { get; private set; }

    /// <summary>Bounds on what one instance may use.</summary>
    public WasiLimits Limits { get; private set; } = WasiLimits.Default;

    /// <summary>Sets the program name, the guest's first argument.</summary>
    public WasiConfiguration Program(string name)
    {
        ProgramName = name ?? throw new ArgumentNullException(nameof(name));
        return this;
    }

    /// <summary>Adds arguments after the program name.</summary>
    public WasiConfiguration Args(params string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        foreach (string arg in args) _args.Add(arg ?? throw new ArgumentException("an argument is null", nameof(args)));
        return this;
    }

    /// <summary>Passes this process's arguments (without the host's own program name) to the guest.</summary>
    public WasiConfiguration InheritArgs() => Args(System.Environment.GetCommandLineArgs().Skip(1).ToArray());

    /// <summary>Sets one environment variable; a later value for the same name replaces the earlier one.</summary>
    public WasiConfiguration Env(string name, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(value);
        if (name.Contains('=')) throw new ArgumentException("an environment variable's name cannot contain '='", nameof(name));
        _env.RemoveAll(e => e.Key == name);
        _env.Add(new KeyValuePair<string, string>(name, value));
        return this;
    }

    /// <summary>Passes every environment variable of this process to the guest (names sorted, so runs repeat).</summary>
    public WasiConfiguration InheritEnvironment()
    {
        var variables = System.Environment.GetEnvironmentVariables();
        foreach (string name in variables.Keys.Cast<string>().OrderBy(n => n, StringComparer.Ordinal))
        {
            if (name.Length > 0 && !name.Contains('=')) Env(name, (string?)variables[name] ?? "");
        }
        return this;
    }

    /// <summary>Reads stdin from <paramref name="stream"/> (shared by every context made from this configuration).</summary>
    public WasiConfiguration Stdin(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        StdinSource = () => stream;
        return this;
    }

    /// <summary>Writes stdout to <paramref name="stream"/>.</summary>
    public WasiConfiguration Stdout(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        StdoutSink = () => stream;
        return this;
    }

    /// <summary>Writes stderr to <paramref name="stream"/>.</summary>
    public WasiConfiguration Stderr(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        StderrSink = () => stream;
        return this;
    }

    /// <summary>Connects stdin, stdout and stderr to this process's own.</summary>
    public WasiConfiguration InheritStdio()
    {
        StdinSource = Console.OpenStandardInput;
        StdoutSink = Console.OpenStandardOutput;
        StderrSink = Console.OpenStandardError;
        return this;
    }

    /// <summary>Sets <c>initial-cwd</c>, the directory the guest takes relative paths from (wasi-libc asks for it).</summary>
    public WasiConfiguration WorkingDirectory(string guestPath)
    {
        InitialCwd = guestPath ?? throw new ArgumentNullException(nameof(guestPath));
        return this;
    }

    /// <summary>
    /// Grants the directory <paramref name="hostPath"/> to the guest as <paramref name="guestPath"/>. It is a jail: no
    /// path the guest opens through it reaches outside. <paramref name="readOnly"/> refuses every change below it.
    /// </summary>
    public WasiConfiguration Preopen(string hostPath, string guestPath, bool readOnly = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(hostPath);
        ArgumentException.ThrowIfNullOrEmpty(guestPath);
        _preopens.Add(new WasiPreopen(Path.GetFullPath(hostPath), guestPath, readOnly));
        return this;
    }

    /// <summary>Allows TCP connections to and listening on <paramref name="network"/> (ports: all when null).</summary>
    public WasiConfiguration AllowTcp(IPNetwork network, int? port = null)
    {
        _network.Add(new WasiNetworkGrant(WasiNetworkProtocol.Tcp, network, port));
        return this;
    }

    /// <summary>Allows UDP to and from <paramref name="network"/> (ports: all when null).</summary>
    public WasiConfiguration AllowUdp(IPNetwork network, int? port = null)
    {
        _network.Add(new WasiNetworkGrant(WasiNetworkProtocol.Udp, network, port));
        return this;
    }

    /// <summary>Allows <c>wasi:sockets/ip-name-lookup</c> (DNS through the host's resolver).</summary>
    public WasiConfiguration AllowNameLookup()
    {
        _network.Add(new WasiNetworkGrant(WasiNetworkProtocol.NameLookup, null, null));
        return this;
    }

    /// <summary>Sets the per-instance limits.</summary>
    public WasiConfiguration WithLimits(WasiLimits limits)
    {
        Limits = limits ?? throw new ArgumentNullException(nameof(limits));
        return this;
    }

    /// <summary>Makes the state of one run: its streams are opened now, its handle budget is fresh.</summary>
    public WasiContext CreateContext() => new WasiContext(this);
}
