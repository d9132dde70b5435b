using System.IO;
using System.Text;

namespace WitSharp.Wasi.Tests;

/// <summary>
/// Deny by default: an unconfigured context gives the program name and nothing else (no arguments, no environment,
/// empty stdin, no preopens, no network, no terminal); each builder method grants exactly what it names; random
/// requests are bounded by the limits; exit records the code and unwinds.
/// </summary>
public sealed class ConfigurationTests
{
    [Fact]
    public void An_unconfigured_context_grants_nothing()
    {
        using var context = new WasiConfiguration().CreateContext();
        var host = new WasiHost(context);

        Assert.Equal(new[] { "main" }, host.Environment.GetArguments());
        Assert.Empty(host.Environment.GetEnvironment());
        Assert.Null(host.Environment.InitialCwd());
        Assert.IsType<Bindings.Wasi.Io.V0_2_12.Streams.StreamError.Closed>(host.Stdin.GetStdin().BlockingRead(10).Error);
        Assert.Empty(host.Preopens.GetDirectories());
        Assert.True(host.TcpCreateSocket.CreateTcpSocket(Bindings.Wasi.Sockets.V0_2_12.Network.IpAddressFamily.Ipv4).IsErr);
        Assert.Null(host.TerminalStdout.GetTerminalStdout());
        Assert.Empty(context.Configuration.Preopens);
        Assert.Empty(context.Configuration.NetworkGrants);
    }

    [Fact]
    public void Granted_arguments_environment_and_stdio_reach_the_guest()
    {
        var stdout = new MemoryStream();
        var configuration = new WasiConfiguration()
            .Program("tool").Args("a", "b").Env("K", "1").Env("K", "2").Env("L", "x")
            .Stdin(new MemoryStream(Encoding.ASCII.GetBytes("in"))).Stdout(stdout).WorkingDirectory("/work");
        using var context = configuration.CreateContext();
        var host = new WasiHost(context);

        Assert.Equal(new[] { "tool", "a", "b" }, host.Environment.GetArguments());
        Assert.Equal(new[] { ("K", "2"), ("L", "x") }, host.Environment.GetEnvironment());
        Assert.Equal("/work", host.Environment.InitialCwd());
        Assert.Equal("in", Encoding.ASCII.GetString(host.Stdin.GetStdin().BlockingRead(10).Value));
        Assert.True(host.Stdout.GetStdout().BlockingWriteAndFlush(Encoding.ASCII.GetBytes("out")).IsOk);
        Assert.Equal("out", Encoding.ASCII.GetString(stdout.ToArray()));
    }

    [Fact]
    public void Random_requests_are_bounded_and_deliver_the_length_asked_for()
    {
        using var context = new WasiConfiguration().WithLimits(new WasiLimits { MaxIoChunk = 1024 }).CreateContext();
        var host = new WasiHost(context);

        Assert.Equal(1024, host.Random.GetRandomBytes(1024).Length);
        Assert.Equal(7, host.Insecure.GetInsecureRandomBytes(7).Length);
        Assert.Throws<System.InvalidOperationException>(() => host.Random.GetRandomBytes(1025));
        Assert.Equal(host.InsecureSeed.InsecureSeed(), host.InsecureSeed.InsecureSeed());
    }

    [Fact]
    public void Exit_records_the_code_and_unwinds()
    {
        using var context = new WasiConfiguration().CreateContext();
        var host = new WasiHost(context);

        var exit = Assert.Throws<WasiExitException>(() => host.Exit.Exit(WitSharp.Runtime.Bindings.Result<WitSharp.Runtime.Bindings.Unit, WitSharp.Runtime.Bindings.Unit>.Err(default)));

        Assert.Equal(1, exit.ExitCode);
        Assert.Equal(1, context.ExitCode);
    }

    [Fact]
    public void The_ambient_host_uses_the_entered_context_and_refuses_calls_outside_one()
    {
        var host = WasiHost.Ambient();
        using var first = new WasiConfiguration().Program("first").CreateContext();
        using var second = new WasiConfiguration().Program("second").CreateContext();

        string[] inFirst, inSecond;
        using (first.Enter()) inFirst = host.Environment.GetArguments();
        using (second.Enter()) inSecond = host.Environment.GetArguments();

        Assert.Equal("first", inFirst[0]);
        Assert.Equal("second", inSecond[0]);
        Assert.Throws<System.InvalidOperationException>(() => host.Environment.GetArguments());
    }
}
