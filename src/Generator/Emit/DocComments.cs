using System.Text;
using WitSharp.WitParser.Lexing;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Generator.Emit
{
    /// <summary>Writes WIT documentation as XML doc comments and <c>@deprecated</c> as <c>[Obsolete]</c>.</summary>
    internal static class DocComments
    {
        /// <summary>
        /// A <c>&lt;summary&gt;</c> from <paramref name="docs"/>, or from <paramref name="fallback"/> when the WIT
        /// item has no docs (generator XML, written as is; null: write nothing).
        /// </summary>
        public static void Summary(CodeWriter w, WitDocs docs, string? fallback = null)
        {
            // WIT docs are plain text and get escaped; the fallback is the generator's own XML.
            string? text = docs.Contents is null ? fallback : FromWit(docs.Contents);
            if (string.IsNullOrWhiteSpace(text)) return;
            w.Line("/// <summary>");
            foreach (var line in text!.Replace("\r\n", "\n").Split('\n')) w.Line(("/// " + line).TrimEnd());
            w.Line("/// </summary>");
        }

        /// <summary>
        /// A <c>&lt;remarks&gt;</c> naming the item's <c>@external-id</c> as WIT writes it, when it has one: the name
        /// the outside world binds the item by. Quoted by WIT's rules, so the comment stays on one line.
        /// </summary>
        public static void ExternalId(CodeWriter w, string? id)
        {
            if (id is null) return;
            w.Line("/// <remarks>The outside world binds this item by <c>@external-id(" + Escape(WitStringLiteral.Quote(id)) + ")</c>.</remarks>");
        }

        /// <summary>A <c>&lt;param&gt;</c> element for a positional record parameter (WIT docs, else the fallback XML).</summary>
        public static void Param(CodeWriter w, string name, WitDocs docs, string fallback)
        {
            string text = docs.Contents is null ? fallback : FromWit(docs.Contents.Replace("\r\n", "\n").Replace("\n", " "));
            w.Line("/// <param name=\"" + name.TrimStart('@') + "\">" + text + "</param>");
        }

        /// <summary>The generator's fallback text naming a WIT item: <c>The WIT record &lt;c&gt;point&lt;/c&gt;.</c></summary>
        public static string Named(string what, string witName) => "The WIT " + what + " <c>" + Escape(witName) + "</c>.";

        /// <summary><c>[Obsolete]</c> when the item carries <c>@deprecated</c>.</summary>
        public static void Obsolete(CodeWriter w, WitStability stability)
        {
            if (stability.Deprecated is not { } version) return;
            w.Line("[global::System.Obsolete(\"Deprecated in WIT since version " + version + ".\")]");
        }

        /// <summary>WIT doc text as doc-comment XML: escaped, with <c>`code`</c> spans as <c>&lt;c&gt;</c> elements.</summary>
        public static string FromWit(string text)
        {
            // WIT docs are markdown-ish: a `code` span (backticks around one or more characters, no newline) becomes
            // <c>code</c>. Scanned by hand, not with a Regex: building one costs milliseconds of a cold generator run.
            string escaped = Escape(text);
            int tick = escaped.IndexOf('`');
            if (tick < 0) return escaped;
            var sb = new StringBuilder(escaped.Length + 16);
            int copied = 0;
            while (tick >= 0)
            {
                int end = tick + 1;
                while (end < escaped.Length && escaped[end] != '`' && escaped[end] != '\n') end++;
                if (end < escaped.Length && escaped[end] == '`' && end > tick + 1)
                {
                    sb.Append(escaped, copied, tick - copied).Append("<c>").Append(escaped, tick + 1, end - tick - 1).Append("</c>");
                    copied = end + 1;
                    tick = escaped.IndexOf('`', copied);
                }
                else
                {
                    // No span opens here; like the leftmost-match scan, try again from the next backtick.
                    tick = escaped.IndexOf('`', tick + 1);
                }
            }
            return sb.Append(escaped, copied, escaped.Length - copied).ToString();
        }

        /// <summary>XML-escapes text for a doc comment.</summary>
        public static string Escape(string text)
        {
            var sb = new StringBuilder(text.Length);
            foreach (char c in text)
            {
                switch (c)
                {
                    case '&': sb.Append("&amp;"); break;
                    case '<': sb.Append("&lt;"); break;
                    case '>': sb.Append("&gt;"); break;
                    // C# ends a line at these too, which would end the /// comment and turn the rest into code.
                    case '\r':
                    case '\u0085':
                    case '\u2028':
                    case '\u2029':
                        sb.Append(' ');
                        break;
                    default: sb.Append(c); break;
                }
            }
            return sb.ToString();
        }
    }
}
