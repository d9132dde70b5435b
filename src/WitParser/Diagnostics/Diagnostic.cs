using System;
using WitSharp.WitParser.Text;

namespace WitSharp.WitParser.Diagnostics
{
    /// <summary>
    /// One finding about WIT input, as plain data: a stable code (<c>WIT0123</c>), a severity, a message and the
    /// span it is about. Diagnostics are values; rendering them is the job of <see cref="DiagnosticFormatter"/>.
    /// </summary>
    public sealed class Diagnostic
    {
        /// <summary>Creates a diagnostic.</summary>
        public Diagnostic(string code, DiagnosticSeverity severity, string message, SourceLocation? location)
        {
            Code = code ?? throw new ArgumentNullException(nameof(code));
            Severity = severity;
            Message = message ?? throw new ArgumentNullException(nameof(message));
            Location = location;
        }

        /// <summary>Creates an error diagnostic at a location.</summary>
        public static Diagnostic Error(string code, string message, SourceText source, TextSpan span) =>
            new Diagnostic(code, DiagnosticSeverity.Error, message, new SourceLocation(source, span));

        /// <summary>Creates an error diagnostic with no location (for example, a missing directory).</summary>
        public static Diagnostic Error(string code, string message) =>
            new Diagnostic(code, DiagnosticSeverity.Error, message, null);

        /// <summary>The stable identifier, such as <c>WIT0101</c>.</summary>
        public string Code { get; }

        /// <summary>How serious the finding is.</summary>
        public DiagnosticSeverity Severity { get; }

        /// <summary>The human-readable message, without location.</summary>
        public string Message { get; }

        /// <summary>Where the finding is, when it has a place in a source.</summary>
        public SourceLocation? Location { get; }

        /// <summary>True for <see cref="DiagnosticSeverity.Error"/>.</summary>
        public bool IsError => Severity == DiagnosticSeverity.Error;

        /// <inheritdoc />
        public override string ToString() =>
            Location is { } l ? $"{l}: {Severity.ToString().ToLowerInvariant()} {Code}: {Message}" : $"{Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
    }
}
