using System;
using System.Collections;
using System.Collections.Generic;
using WitSharp.WitParser.Collections;
using WitSharp.WitParser.Text;

namespace WitSharp.WitParser.Syntax
{
    /// <summary>
    /// Every token of one file as plain numbers (start, length, kind) in reference-free chunks; a
    /// <see cref="SyntaxToken"/> is a view of one row. Texts are cut from the source only when asked for, and a
    /// token's leading trivia are found again in the source between the previous token and this one. A file's
    /// tokens therefore cost the garbage collector a handful of objects it never has to look into, instead of one
    /// object per token. The parser appends the zero-width tokens it inserts for missing ones after end of file.
    /// </summary>
    internal sealed class TokenTable : IReadOnlyList<SyntaxToken>
    {
        private const byte FixedTextFlag = 1;
        private const byte MissingFlag = 2;

        // 8 bytes a token. Lengths from 65,535 on (a huge identifier or literal) live in a side table.
        private struct TokenRow
        {
            public int Start;
            public ushort Length;
            public byte Kind;
            public byte Flags;
        }

        private const ushort LongLength = ushort.MaxValue;
        private readonly ChunkedList<TokenRow> _tokens = new ChunkedList<TokenRow>();
        private Dictionary<int, int>? _longLengths;
        private readonly DetachedToken? _detached;

        public TokenTable(string source) => Source = source;

        // A table of one token whose text and trivia are given rather than taken from a source.
        private TokenTable(DetachedToken detached, SyntaxKind kind, TextSpan span, bool isMissing)
        {
            Source = detached.Text;
            _detached = detached;
            Add(kind, span.Start, span.Length, isMissing ? MissingFlag : (byte)0);
        }

        /// <summary>The text the rows point into.</summary>
        public string Source { get; }

        /// <inheritdoc />
        public int Count => _tokens.Count;

        /// <inheritdoc />
        public SyntaxToken this[int index] => new SyntaxToken(this, index);

        public static SyntaxToken Detached(SyntaxKind kind, TextSpan span, string text, SyntaxTriviaList leading, SyntaxTriviaList trailing, bool isMissing) =>
            new SyntaxToken(new TokenTable(new DetachedToken(text, leading, trailing), kind, span, isMissing), 0);

        /// <summary>Adds a lexed token; the source since the previous one is its leading trivia.</summary>
        public void AddToken(SyntaxKind kind, int start, int length, bool fixedText) =>
            Add(kind, start, length, fixedText ? FixedTextFlag : (byte)0);

        /// <summary>Adds a zero-width token the parser inserted because the source lacks it.</summary>
        public SyntaxToken AddMissing(SyntaxKind kind, int position)
        {
            Add(kind, position, 0, MissingFlag);
            return new SyntaxToken(this, _tokens.Count - 1);
        }

        private void Add(SyntaxKind kind, int start, int length, byte flags)
        {
            if ((uint)kind > byte.MaxValue) throw new ArgumentOutOfRangeException(nameof(kind), "not a token kind");
            if (length >= LongLength) (_longLengths ??= new Dictionary<int, int>())[_tokens.Count] = length;
            _tokens.Add(new TokenRow { Start = start, Length = (ushort)Math.Min(length, LongLength), Kind = (byte)kind, Flags = flags });
        }

        private int LengthOf(int index, in TokenRow row) => row.Length == LongLength ? _longLengths![index] : row.Length;

        public SyntaxKind Kind(int index) => (SyntaxKind)_tokens[index].Kind;

        public TextSpan Span(int index)
        {
            ref var row = ref _tokens[index];
            return new TextSpan(row.Start, LengthOf(index, row));
        }

        public bool IsMissing(int index) => (_tokens[index].Flags & MissingFlag) != 0;

        public string Text(int index)
        {
            ref var row = ref _tokens[index];
            if ((row.Flags & MissingFlag) != 0) return string.Empty;
            if (_detached != null) return _detached.Text;
            if ((row.Flags & FixedTextFlag) != 0) return SyntaxFacts.GetText((SyntaxKind)row.Kind)!;
            return Source.Substring(row.Start, LengthOf(index, row));
        }

        /// <summary>The string holding the token's text and where the text starts in it (no allocation).</summary>
        public (string Text, int Start) RawText(int index)
        {
            ref var row = ref _tokens[index];
            if ((row.Flags & MissingFlag) != 0) return (string.Empty, 0);
            if (_detached != null) return (_detached.Text, 0);
            if ((row.Flags & FixedTextFlag) != 0) return (SyntaxFacts.GetText((SyntaxKind)row.Kind)!, 0);
            return (Source, row.Start);
        }

        /// <summary>
        /// An identifier's name without its <c>%</c>: the string holding it, where it starts and how long it is
        /// (no allocation, one row read; the resolver asks this for every name it binds).
        /// </summary>
        public (string Text, int Start, int Length) NameText(int index)
        {
            ref var row = ref _tokens[index];
            string text;
            int start, length;
            if ((row.Flags & MissingFlag) != 0) return (string.Empty, 0, 0);
            if (_detached != null || (row.Flags & FixedTextFlag) != 0)
            {
                text = _detached?.Text ?? SyntaxFacts.GetText((SyntaxKind)row.Kind)!;
                start = 0;
                length = text.Length;
            }
            else
            {
                text = Source;
                start = row.Start;
                length = LengthOf(index, row);
            }
            if ((SyntaxKind)row.Kind == SyntaxKind.ExplicitIdentifierToken && length > 0)
            {
                start++;
                length--;
            }
            return (text, start, length);
        }

        public SyntaxTriviaList LeadingTrivia(int index)
        {
            if (_detached != null) return _detached.Leading;
            ref var row = ref _tokens[index];
            if ((row.Flags & MissingFlag) != 0) return SyntaxTriviaList.Empty;
            return SyntaxTriviaList.InSource(Source, GapStart(index), row.Start);
        }

        /// <summary>
        /// False when the token's leading trivia hold no comment for sure (no <c>/</c> before it): documentation is
        /// asked for every field, case and function, and most have none, so this spares rescanning their trivia.
        /// </summary>
        public bool MayHaveLeadingComment(int index)
        {
            if (_detached != null) return _detached.Leading.Count > 0;
            ref var row = ref _tokens[index];
            if ((row.Flags & MissingFlag) != 0) return false;
            int gapStart = GapStart(index);
            return row.Start > gapStart && Source.IndexOf('/', gapStart, row.Start - gapStart) >= 0;
        }

        // Lexed tokens are rows 0 to end of file, in source order, with nothing but trivia between them.
        private int GapStart(int index)
        {
            if (index == 0) return 0;
            ref var previous = ref _tokens[index - 1];
            return previous.Start + LengthOf(index - 1, previous);
        }

        public SyntaxTriviaList TrailingTrivia(int index) => _detached?.Trailing ?? SyntaxTriviaList.Empty;

        /// <inheritdoc />
        public IEnumerator<SyntaxToken> GetEnumerator()
        {
            for (int i = 0; i < Count; i++) yield return this[i];
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        private sealed class DetachedToken
        {
            public DetachedToken(string text, SyntaxTriviaList leading, SyntaxTriviaList trailing)
            {
                Text = text;
                Leading = leading;
                Trailing = trailing;
            }

            public string Text { get; }

            public SyntaxTriviaList Leading { get; }

            public SyntaxTriviaList Trailing { get; }
        }
    }
}
