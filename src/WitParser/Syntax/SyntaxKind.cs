namespace WitSharp.WitParser.Syntax
{
    /// <summary>The kind of a <see cref="SyntaxToken"/>: punctuation, keyword, identifier, literal or end of file.</summary>
    public enum SyntaxKind
    {
        /// <summary>A character the lexer could not make into a token; always comes with a diagnostic.</summary>
        BadToken = 0,
        /// <summary>The end of the input; its leading trivia holds the comments after the last item.</summary>
        EndOfFileToken,
        /// <summary>A kebab-case identifier such as <c>wasi-http</c>.</summary>
        IdentifierToken,
        /// <summary>A <c>%</c>-escaped identifier such as <c>%record</c>; its value has no <c>%</c>.</summary>
        ExplicitIdentifierToken,
        /// <summary>A sequence of decimal digits.</summary>
        IntegerToken,
        /// <summary>A double-quoted string literal (used by <c>@external-id("...")</c>).</summary>
        StringLiteralToken,

        /// <summary><c>=</c></summary>
        EqualsToken,
        /// <summary><c>,</c></summary>
        CommaToken,
        /// <summary><c>:</c></summary>
        ColonToken,
        /// <summary><c>;</c></summary>
        SemicolonToken,
        /// <summary><c>(</c></summary>
        OpenParenToken,
        /// <summary><c>)</c></summary>
        CloseParenToken,
        /// <summary><c>{</c></summary>
        OpenBraceToken,
        /// <summary><c>}</c></summary>
        CloseBraceToken,
        /// <summary><c>&lt;</c></summary>
        LessThanToken,
        /// <summary><c>&gt;</c></summary>
        GreaterThanToken,
        /// <summary><c>*</c></summary>
        StarToken,
        /// <summary><c>-&gt;</c></summary>
        ArrowToken,
        /// <summary><c>/</c></summary>
        SlashToken,
        /// <summary><c>.</c></summary>
        DotToken,
        /// <summary><c>@</c></summary>
        AtToken,
        /// <summary><c>+</c> (only inside semver build metadata)</summary>
        PlusToken,
        /// <summary><c>-</c> (only inside semver pre-release parts)</summary>
        MinusToken,
        /// <summary><c>_</c> (the empty ok type of <c>result&lt;_, E&gt;</c>)</summary>
        UnderscoreToken,

        /// <summary><c>as</c></summary>
        AsKeyword,
        /// <summary><c>async</c></summary>
        AsyncKeyword,
        /// <summary><c>bool</c></summary>
        BoolKeyword,
        /// <summary><c>borrow</c></summary>
        BorrowKeyword,
        /// <summary><c>char</c></summary>
        CharKeyword,
        /// <summary><c>constructor</c></summary>
        ConstructorKeyword,
        /// <summary><c>enum</c></summary>
        EnumKeyword,
        /// <summary><c>error-context</c></summary>
        ErrorContextKeyword,
        /// <summary><c>export</c></summary>
        ExportKeyword,
        /// <summary><c>f32</c></summary>
        F32Keyword,
        /// <summary><c>f64</c></summary>
        F64Keyword,
        /// <summary><c>flags</c></summary>
        FlagsKeyword,
        /// <summary><c>from</c></summary>
        FromKeyword,
        /// <summary><c>func</c></summary>
        FuncKeyword,
        /// <summary><c>future</c></summary>
        FutureKeyword,
        /// <summary><c>import</c></summary>
        ImportKeyword,
        /// <summary><c>include</c></summary>
        IncludeKeyword,
        /// <summary><c>interface</c></summary>
        InterfaceKeyword,
        /// <summary><c>list</c></summary>
        ListKeyword,
        /// <summary><c>map</c></summary>
        MapKeyword,
        /// <summary><c>option</c></summary>
        OptionKeyword,
        /// <summary><c>own</c></summary>
        OwnKeyword,
        /// <summary><c>package</c></summary>
        PackageKeyword,
        /// <summary><c>record</c></summary>
        RecordKeyword,
        /// <summary><c>resource</c></summary>
        ResourceKeyword,
        /// <summary><c>result</c></summary>
        ResultKeyword,
        /// <summary><c>s16</c></summary>
        S16Keyword,
        /// <summary><c>s32</c></summary>
        S32Keyword,
        /// <summary><c>s64</c></summary>
        S64Keyword,
        /// <summary><c>s8</c></summary>
        S8Keyword,
        /// <summary><c>static</c></summary>
        StaticKeyword,
        /// <summary><c>stream</c></summary>
        StreamKeyword,
        /// <summary><c>string</c></summary>
        StringKeyword,
        /// <summary><c>tuple</c></summary>
        TupleKeyword,
        /// <summary><c>type</c></summary>
        TypeKeyword,
        /// <summary><c>u16</c></summary>
        U16Keyword,
        /// <summary><c>u32</c></summary>
        U32Keyword,
        /// <summary><c>u64</c></summary>
        U64Keyword,
        /// <summary><c>u8</c></summary>
        U8Keyword,
        /// <summary><c>use</c></summary>
        UseKeyword,
        /// <summary><c>variant</c></summary>
        VariantKeyword,
        /// <summary><c>with</c></summary>
        WithKeyword,
        /// <summary><c>world</c></summary>
        WorldKeyword,
    }
}
