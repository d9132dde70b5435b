using System;
using WitSharp.WitParser.Parsing;
using WitSharp.WitParser.Text;

namespace WitSharp.WitParser.Formatting
{
    /// <summary>
    /// Formats WIT source into its canonical layout (the style of the reference wit printer: 2-space indentation,
    /// one item per line, blank lines between items) while keeping every comment, line or block, plain or doc,
    /// where it stood relative to the tokens. Items are never reordered and the meaning never changes; the only
    /// token edits are trailing commas (added in one-per-line bodies, dropped in one-line lists). Formatting is
    /// idempotent.
    /// </summary>
    public static class WitFormatter
    {
        /// <summary>Formats a source. Input with lexing or parsing errors is returned unchanged, with the diagnostics.</summary>
        public static FormatResult Format(SourceText source)
        {
            if (source == null) throw new ArgumentNullException(nameof(source));
            var tree = WitSyntaxTree.Parse(source);
            if (tree.HasErrors) return new FormatResult(source.Text, tree.Diagnostics);
            string text = LayoutWriter.Write(LayoutBuilder.Build(tree.Root));
            return new FormatResult(text, tree.Diagnostics);
        }

        /// <summary>Formats WIT text reported under <paramref name="path"/>.</summary>
        public static FormatResult Format(string text, string path = "input.wit") => Format(new SourceText(path, text));
    }
}
