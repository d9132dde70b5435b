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

    /// <summary>A SARIF 2.1.0 log on stdout, for code-scanning uploads (rendered by WitSharp.Tooling.Reporting).</summary>
    Sarif,

    /// <summary>GitHub Actions workflow commands (<c>::error file=…::message</c>) on stdout, which become annotations.</summary>
    GitHub,
}
