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
            Name = name;
            Colon = colon;
            Path = path;
            Function = function;
            Interface = @interface;
            Semicolon = semicolon;
        }

        /// <summary><c>import</c> or <c>export</c>.</summary>
        public SyntaxToken Keyword { get; }

        /// <summary>The kebab name of a function or inline interface.</summary>
        public SyntaxToken? Name { get; }

        /// <summary><c>:</c> after the name.</summary>
        public SyntaxToken? Colon { get; }

        /// <summary>The interface path, for path imports and exports.</summary>
        public UsePathSyntax? Path { get; }

        /// <summary>The function type, for function imports and exports.</summary>
        public FuncTypeSyntax? Function { get; }

        /// <summary>The inline interface body.</summary>
        public InlineInterfaceSyntax? Interface { get; }

        /// <summary><c>;</c> (absent after an inline interface).</summary>
        public SyntaxToken? Semicolon { get; }

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
