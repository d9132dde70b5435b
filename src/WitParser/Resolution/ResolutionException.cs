using System;
using WitSharp.WitParser.Diagnostics;
using WitSharp.WitParser.Text;

namespace WitSharp.WitParser.Resolution
{
    /// <summary>
    /// Carries the first resolution error out of the recursive resolver. Like the reference, resolution stops
    /// at the first error; <see cref="WitLoader"/> turns it into a diagnostic and never lets it escape.
    /// </summary>
    internal sealed class ResolutionException : Exception
    {
        public ResolutionException(Diagnostic diagnostic)
            : base(diagnostic.Message) => Diagnostic = diagnostic;

        public Diagnostic Diagnostic { get; }

        public static ResolutionException At(string code, string message, SourceLocation location) =>
            new ResolutionException(new Diagnostic(code, DiagnosticSeverity.Error, message, location));

        public static ResolutionException At(string code, string message, SourceLocation? location) =>
            new ResolutionException(new Diagnostic(code, DiagnosticSeverity.Error, message, location));
    }
}
