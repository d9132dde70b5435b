using System.Collections.Generic;
using WitSharp.WitParser.Diagnostics;
using WitSharp.WitParser.Lexing;
using WitSharp.WitParser.Syntax;
using WitSharp.WitParser.Text;

namespace WitSharp.WitParser.Parsing
{
    /// <summary>
    /// Recursive-descent parser for WIT. Up to the first error it follows the reference wit-parser's decisions, so
    /// the first diagnostic has the reference's message and span. An error unwinds (as a <see cref="ParseException"/>)
    /// to the enclosing item list, which reports it, keeps the item's tokens as <see cref="SkippedTokensSyntax"/>
    /// and resumes at the next item boundary. Recursion is bounded: types nest at most <see cref="MaxTypeDepth"/>
    /// deep and packages at most <see cref="MaxPackageDepth"/>.
    /// </summary>
    internal sealed partial class Parser
    {
        internal const int MaxTypeDepth = 100;
        internal const int MaxPackageDepth = 100;

        private readonly SourceText _source;
        private readonly TokenTable _tokens;
        private readonly int _lexedCount;
        private readonly List<Diagnostic> _diagnostics = new List<Diagnostic>();
        private readonly HashSet<int> _errorPositions = new HashSet<int>();
        private readonly ScratchLists _scratch = new ScratchLists();
        private int _pos;
        private int _typeDepth;
        private int _packageDepth;

        private Parser(SourceText source, TokenTable tokens)
        {
            _source = source;
            _tokens = tokens;
            _lexedCount = tokens.Count;
        }

        public static (WitFileSyntax Root, IReadOnlyList<Diagnostic> Diagnostics) ParseFile(SourceText source)
        {
            var lexed = WitLexer.Lex(source);
            var parser = new Parser(source, lexed.TokenList);
            var root = parser.ParseWitFile();
            return (root, DiagnosticOrder.Merge(lexed.Diagnostics, parser._diagnostics));
        }

        private SyntaxToken Current => new SyntaxToken(_tokens, _pos);

        private SyntaxKind CurrentKind => _tokens.Kind(_pos);

        // The lexed tokens end at end of file; the missing tokens the parser adds come after it.
        private SyntaxKind PeekKind(int offset)
        {
            int i = _pos + offset;
            return i < _lexedCount ? _tokens.Kind(i) : SyntaxKind.EndOfFileToken;
        }

        private bool AtEnd => CurrentKind == SyntaxKind.EndOfFileToken;

        private SyntaxToken Advance()
        {
            var token = new SyntaxToken(_tokens, _pos);
            if (_tokens.Kind(_pos) != SyntaxKind.EndOfFileToken) _pos++;
            return token;
        }

        private SyntaxToken? TryEat(SyntaxKind kind) => CurrentKind == kind ? Advance() : null;

        /// <summary>The reference's <c>expect</c>: a point error at the found token, "expected 'x', found y".</summary>
        private SyntaxToken Expect(SyntaxKind kind)
        {
            if (CurrentKind == kind) return Advance();
            throw Wanted(SyntaxFacts.Describe(kind));
        }

        private ParseException Wanted(string expected) => new ParseException(WantedDiagnostic(expected));

        private Diagnostic? WantedDiagnostic(string expected)
        {
            var found = Current;
            if (found.Kind == SyntaxKind.BadToken) return null;
            string message = $"expected {expected}, found {SyntaxFacts.Describe(found.Kind)}";
            return Diagnostic.Error(DiagnosticCodes.UnexpectedToken, message, _source, new TextSpan(found.Span.Start, 0));
        }

        /// <summary>The reference's <c>err_expected</c>: an error spanning the found token.</summary>
        private ParseException Expected(string expected)
        {
            var found = Current;
            if (found.Kind == SyntaxKind.BadToken) return new ParseException(null);
            string message = $"expected {expected}, found {SyntaxFacts.Describe(found.Kind)}";
            return Error(DiagnosticCodes.UnexpectedToken, message, found.Span);
        }

        private ParseException Error(string code, string message, TextSpan span) =>
            new ParseException(Diagnostic.Error(code, message, _source, span));

        /// <summary>Reports a diagnostic unless one was already reported at the same position (recovery echoes).</summary>
        private void Report(Diagnostic? diagnostic)
        {
            if (diagnostic == null) return;
            int position = diagnostic.Location?.Span.Start ?? -1;
            if (!_errorPositions.Add(position)) return;
            _diagnostics.Add(diagnostic);
        }

        /// <summary>An identifier (plain or <c>%</c>-escaped) that must be kebab-case.</summary>
        private SyntaxToken ParseId()
        {
            var token = Current;
            if (!token.IsIdentifier) throw Expected("an identifier or string");
            Advance();
            ValidateId(token);
            return token;
        }

        private void ValidateId(SyntaxToken token)
        {
            var (text, start) = token.RawText;
            int length = token.Span.Length;
            if (token.Kind == SyntaxKind.ExplicitIdentifierToken)
            {
                start++;
                length--;
            }
            string? problem = IdentifierRules.Validate(text, start, length);
            if (problem != null)
                Report(Diagnostic.Error(DiagnosticCodes.InvalidIdentifier, problem, _source, new TextSpan(token.Span.Start, 0)));
        }

        private bool IsIdentifier(SyntaxKind kind) => kind == SyntaxKind.IdentifierToken || kind == SyntaxKind.ExplicitIdentifierToken;

        /// <summary>Wraps the tokens from <paramref name="start"/> to the current position.</summary>
        private SkippedTokensSyntax Skipped(int start)
        {
            var tokens = new SyntaxToken[_pos - start];
            for (int i = 0; i < tokens.Length; i++) tokens[i] = new SyntaxToken(_tokens, start + i);
            return new SkippedTokensSyntax(tokens);
        }

        /// <summary>
        /// A closing token the container needs. Missing, it is reported (not thrown: the container's items are
        /// already parsed) and a zero-width token stands in.
        /// </summary>
        private SyntaxToken ExpectClosing(SyntaxKind kind)
        {
            if (CurrentKind == kind) return Advance();
            Report(WantedDiagnostic(SyntaxFacts.Describe(kind)));
            return _tokens.AddMissing(kind, Current.Span.Start);
        }
    }
}
