using System;

namespace WitSharp.Tooling.Reporting
{
    /// <summary>The report formats every command's <c>--format</c> offers.</summary>
    public enum ReportFormat
    {
        /// <summary>The reference wit-parser layout with a source snippet and carets (for people).</summary>
        Text,

        /// <summary>One <c>file(line,col): warning WITL001: message</c> line per finding.</summary>
        MsBuild,

        /// <summary>One JSON array of findings (see <see cref="JsonReportRenderer"/>).</summary>
        Json,

        /// <summary>A SARIF 2.1.0 log, for code-scanning uploads.</summary>
        Sarif,

        /// <summary>GitHub Actions workflow commands (<c>::error file=…::message</c>) that become annotations.</summary>
        GitHub,
    }

    /// <summary>Parsing and naming <see cref="ReportFormat"/>s as the command line spells them.</summary>
    public static class ReportFormats
    {
        /// <summary>The accepted spellings, for help and error messages.</summary>
        public const string Names = "text|msbuild|json|sarif|github";

        /// <summary>Parses <c>text</c>, <c>msbuild</c>, <c>json</c>, <c>sarif</c> or <c>github</c> (any case).</summary>
        public static bool TryParse(string text, out ReportFormat format)
        {
            switch ((text ?? "").Trim().ToLowerInvariant())
            {
                case "text": format = ReportFormat.Text; return true;
                case "msbuild": format = ReportFormat.MsBuild; return true;
                case "json": format = ReportFormat.Json; return true;
                case "sarif": format = ReportFormat.Sarif; return true;
                case "github": format = ReportFormat.GitHub; return true;
                default: format = ReportFormat.Text; return false;
            }
        }

        /// <summary>The lower-case name of a format.</summary>
        public static string Name(ReportFormat format) => format switch
        {
            ReportFormat.MsBuild => "msbuild",
            ReportFormat.Json => "json",
            ReportFormat.Sarif => "sarif",
            ReportFormat.GitHub => "github",
            ReportFormat.Text => "text",
            _ => throw new ArgumentOutOfRangeException(nameof(format)),
        };
    }
}
