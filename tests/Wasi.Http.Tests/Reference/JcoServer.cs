using System;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using WitSharp.Testing;

namespace WitSharp.Wasi.Http.Tests.Reference;

/// <summary>
/// <c>jco serve</c> (jco transpiles the component to JavaScript and serves it on Node's HTTP server) on a free loopback
/// port: the reference side of the differential. Disposing stops it.
/// </summary>
public sealed class JcoServer : IDisposable
{
    private readonly Process _process;

    private JcoServer(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    /// <summary>Where it listens, e.g. <c>http://127.0.0.1:40123/</c>.</summary>
    public Uri Address { get; }

    /// <summary>Starts <c>jco serve</c> for <paramref name="componentPath"/> and waits until it listens (transpiling a 14 MB component takes a while).</summary>
    public static async Task<JcoServer> StartAsync(Jco jco, string componentPath, int timeoutMs = 300_000)
    {
        int port = FreePort();
        var psi = new ProcessStartInfo(jco.NodePath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add("--import");
        psi.ArgumentList.Add(new Uri(jco.PreloadPath).AbsoluteUri);
        psi.ArgumentList.Add(jco.ScriptPath);
        foreach (string argument in new[] { "serve", componentPath, "--port", port.ToString(), "--host", "127.0.0.1" }) psi.ArgumentList.Add(argument);
        var process = Process.Start(psi) ?? throw new InvalidOperationException("cannot start node");
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new System.Text.StringBuilder();
        void OnLine(object sender, DataReceivedEventArgs e)
        {
            if (e.Data is null) return;
            lock (output) output.AppendLine(e.Data);
            if (e.Data.Contains("Server listening", StringComparison.Ordinal)) listening.TrySetResult();
        }
        process.OutputDataReceived += OnLine;
        process.ErrorDataReceived += OnLine;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new JcoServer(process, new Uri($"http://127.0.0.1:{port}/"));
        Task exited = process.WaitForExitAsync();
        Task first = await Task.WhenAny(listening.Task, exited, Task.Delay(timeoutMs));
        if (first != listening.Task)
        {
            server.Dispose();
            string why = first == exited ? $"exited with {process.ExitCode}" : $"did not listen within {timeoutMs} ms";
            lock (output) throw new InvalidOperationException($"jco serve {componentPath} {why}:\n{output}");
        }
        return server;
    }

    /// <summary>A port free on loopback right now (the OS picks it; jco serve binds it a moment later).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Stops the server and its worker processes.</summary>
    public void Dispose()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        _process.Dispose();
    }
}
