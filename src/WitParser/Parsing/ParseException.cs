using System;
using WitSharp.WitParser.Diagnostics;

namespace WitSharp.WitParser.Parsing
{
    /// <summary>
    /// Unwinds the parser from an error to the nearest item boundary, where it recovers. Internal control flow,
    /// never seen by callers: every one is caught and turned into a diagnostic.
    /// </summary>
    internal sealed class ParseException : Exception
    {
        public ParseException(Diagnostic? diagnostic)
            : base(diagnostic?.Message ?? "error already reported")
        {
            Diagnostic = diagnostic;
        }

        /// <summary>The error to report, or null when the cause (a bad token) was already reported by the lexer.</summary>
        public Diagnostic? Diagnostic { get; }
    }
}
