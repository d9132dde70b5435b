using System.Collections.Generic;
using WitSharp.WitParser.Diagnostics;
using WitSharp.WitParser.Syntax;

namespace WitSharp.WitParser.Lexing
{
    /// <summary>The tokens of a source (ending with an end-of-file token) and the lexing diagnostics.</summary>
    public sealed class LexResult
    {
        internal LexResult(TokenTable tokens, IReadOnlyList<Diagnostic> diagnostics)
        {
            TokenList = tokens;
            Diagnostics = diagnostics;
        }

        // The parser indexes the list directly (no interface dispatch per token).
        internal TokenTable TokenList { get; }

        /// <summary>The tokens in source order; the last is always <see cref="SyntaxKind.EndOfFileToken"/>.</summary>
        public IReadOnlyList<SyntaxToken> Tokens => TokenList;

        /// <summary>Problems found while lexing (the tokens are still complete: bad characters become bad tokens).</summary>
        public IReadOnlyList<Diagnostic> Diagnostics { get; }
    }
}
