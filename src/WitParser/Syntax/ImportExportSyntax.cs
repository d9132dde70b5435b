using System;
using System.Collections.Generic;

namespace WitSharp.WitParser.Syntax
{
    /// <summary>A world's <c>import</c> or <c>export</c>: of a path (<c>import a:b/c;</c>), a function (<c>import f: func();</c>) or an inline interface (<c>export i: interface { ... }</c>).</summary>
    public sealed class ImportExportSyntax : ItemSyntax
    {
        /// <summary>Creates the node from its parts.</summary>
        public ImportExportSyntax(IReadOnlyList<AttributeSyntax> attributes, SyntaxToken keyword, SyntaxToken? name, SyntaxToken? colon, UsePathSyntax? path, FuncTypeSyntax? function, InlineInterfaceSyntax? @interface, SyntaxToken? semicolon)
            : base(attributes)
        {
            Keyword = keyword;
            _name = name ?? default;
            _colon = colon ?? default;
            Path = path;
            Function = function;
            Interface = @interface;
            _semicolon = semicolon ?? default;
        }

        /// <summary><c>import</c> or <c>export</c>.</summary>
        public SyntaxToken Keyword { get; }

        // Stored as a plain token (default when absent): a nullable one takes 8 bytes more in every node.
        private readonly SyntaxToken _name;

        /// <summary>The kebab name of a function or inline interface.</summary>
        public SyntaxToken? Name => _name.IsDefault ? null : _name;

        private readonly SyntaxToken _colon;

        /// <summary><c>:</c> after the name.</summary>
        public SyntaxToken? Colon => _colon.IsDefault ? null : _colon;

        /// <summary>The interface path, for path imports and exports.</summary>
        public UsePathSyntax? Path { get; }

        /// <summary>The function type, for function imports and exports.</summary>
        public FuncTypeSyntax? Function { get; }

        /// <summary>The inline interface body.</summary>
        public InlineInterfaceSyntax? Interface { get; }

        private readonly SyntaxToken _semicolon;

        /// <summary><c>;</c> (absent after an inline interface).</summary>
        public SyntaxToken? Semicolon => _semicolon.IsDefault ? null : _semicolon;

        /// <summary>True for <c>import</c>, false for <c>export</c>.</summary>
        public bool IsImport => Keyword.Kind == SyntaxKind.ImportKeyword;

        /// <inheritdoc />
        private protected override IEnumerable<SyntaxElement?> EnumerateChildren()
        {
            foreach (var a in Attributes) yield return a;
            yield return Keyword;
            yield return Name;
            yield return Colon;
            yield return Path;
            yield return Function;
            yield return Interface;
            yield return Semicolon;
        }
    }
}
