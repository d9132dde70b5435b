using System;
using System.Collections.Generic;
using WitSharp.WitParser.Diagnostics;
using WitSharp.WitParser.Syntax;
using WitSharp.WitParser.Text;

namespace WitSharp.WitParser.Parsing
{
    /// <summary>
    /// The result of parsing one WIT file: the source, the root of the immutable syntax tree and the lexing and
    /// parsing diagnostics. Parsing never throws on bad input; it reports every independent error it can find
    /// (recovering at item boundaries), and the first one matches the reference wit-parser's message and location.
    /// </summary>
    public sealed class WitSyntaxTree
    {
        private WitSyntaxTree(SourceText source, WitFileSyntax root, IReadOnlyList<Diagnostic> diagnostics)
        {
            Source = source;
            Root = root;
            Diagnostics = diagnostics;
        }

        /// <summary>The parsed source.</summary>
        public SourceText Source { get; }

        /// <summary>The root node. Its tokens and trivia reproduce the source exactly.</summary>
        public WitFileSyntax Root { get; }

        /// <summary>Lexing and parsing diagnostics, ordered by position.</summary>
        public IReadOnlyList<Diagnostic> Diagnostics { get; }

        /// <summary>True when any diagnostic is an error.</summary>
        public bool HasErrors
        {
            get
            {
                foreach (var d in Diagnostics) if (d.IsError) return true;
                return false;
            }
        }

        /// <summary>Parses a WIT source.</summary>
        public static WitSyntaxTree Parse(SourceText source)
        {
            if (source == null) throw new ArgumentNullException(nameof(source));
            var (root, diagnostics) = Parser.ParseFile(source);
            return new WitSyntaxTree(source, root, diagnostics);
        }

        /// <summary>Parses WIT text reported under <paramref name="path"/>.</summary>
        public static WitSyntaxTree Parse(string text, string path = "input.wit") => Parse(new SourceText(path, text));
    }
}
