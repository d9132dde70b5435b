namespace WitSharp.Cli.Output;

/// <summary>How diagnostics are printed (<c>--format</c>).</summary>
public enum DiagnosticFormat
{
    /// <summary>The reference wit-parser layout with a source snippet and carets, on stderr.</summary>
    Text,

    /// <summary>One JSON array on stdout (see <see cref="DiagnosticWriter"/> for the fields).</summary>
    Json,

    /// <summary>One <c>file(line,col): error WIT0001: message</c> line per diagnostic, on stdout.</summary>
    MsBuild,
}
