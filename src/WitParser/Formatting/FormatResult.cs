using System.Collections.Generic;
using WitSharp.WitParser.Diagnostics;

namespace WitSharp.WitParser.Formatting
{
    /// <summary>The output of <see cref="WitFormatter.Format(WitSharp.WitParser.Text.SourceText)"/>.</summary>
    public sealed class FormatResult
    {
        internal FormatResult(string text, IReadOnlyList<Diagnostic> diagnostics)
        {
            Text = text;
            Diagnostics = diagnostics;
        }

        /// <summary>The formatted text, or the input unchanged when it has errors.</summary>
        public string Text { get; }

        /// <summary>The lexing and parsing diagnostics of the input (empty when it formatted).</summary>
        public IReadOnlyList<Diagnostic> Diagnostics { get; }

        /// <summary>True when the input parsed and <see cref="Text"/> is its canonical form.</summary>
        public bool Succeeded
        {
            get
            {
                foreach (var d in Diagnostics) if (d.IsError) return false;
                return true;
            }
        }
    }
}
