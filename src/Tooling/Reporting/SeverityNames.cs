using WitSharp.WitParser.Diagnostics;

namespace WitSharp.Tooling.Reporting
{
    /// <summary>Names of severities in each format, and the mapping from front-end diagnostic severities.</summary>
    public static class SeverityNames
    {
        /// <summary><c>error</c>, <c>warning</c> or <c>note</c> (SARIF levels; also the text and JSON names).</summary>
        public static string Level(FindingSeverity severity) => severity switch
        {
            FindingSeverity.Error => "error",
            FindingSeverity.Warning => "warning",
            _ => "note",
        };

        /// <summary>The severity of a front-end diagnostic (info becomes note).</summary>
        public static FindingSeverity From(DiagnosticSeverity severity) => severity switch
        {
            DiagnosticSeverity.Error => FindingSeverity.Error,
            DiagnosticSeverity.Warning => FindingSeverity.Warning,
            _ => FindingSeverity.Note,
        };

        /// <summary>Parses <c>note</c>, <c>warning</c> or <c>error</c> (any case; <c>info</c> is accepted for note).</summary>
        public static bool TryParse(string text, out FindingSeverity severity)
        {
            switch ((text ?? "").Trim().ToLowerInvariant())
            {
                case "error": severity = FindingSeverity.Error; return true;
                case "warning": case "warn": severity = FindingSeverity.Warning; return true;
                case "note": case "info": severity = FindingSeverity.Note; return true;
                default: severity = FindingSeverity.Note; return false;
            }
        }
    }
}
