using System;
using WitSharp.Wasi.Bindings.Wasi.Cli.V0_2_12.Stderr;
using WitSharp.Wasi.Bindings.Wasi.Cli.V0_2_12.Stdin;
using WitSharp.Wasi.Bindings.Wasi.Cli.V0_2_12.Stdout;
using WitSharp.Wasi.Bindings.Wasi.Io.V0_2_12.Streams;
using WitSharp.Wasi.Io;

namespace WitSharp.Wasi.Cli;

/// <summary>
/// <c>wasi:cli/stdin</c>, <c>stdout</c> and <c>stderr</c>: each call returns a new handle over the context's one
/// reader or writer, so dropping a handle never closes the stream for the next.
/// </summary>
internal sealed class StdioHost(Func<WasiContext> context) : IStdin, IStdout, IStderr
{
    public InputStream GetStdin() => new StreamInputStream(context().Stdin, ownsReader: false);

    public OutputStream GetStdout() => new StreamOutputStream(context().Stdout, ownsWriter: false);

    public OutputStream GetStderr() => new StreamOutputStream(context().Stderr, ownsWriter: false);
}
