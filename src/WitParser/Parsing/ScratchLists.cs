using System;
using System.Collections.Generic;
using WitSharp.WitParser.Syntax;

namespace WitSharp.WitParser.Parsing
{
    /// <summary>
    /// Reusable lists in which the parser collects a node's children. Each finished list becomes an exactly sized
    /// array, so the tree keeps no spare capacity and a parse allocates no growing list per node. Lists are
    /// rented and returned in nested order; one abandoned by a parse error is simply not reused.
    /// </summary>
    internal sealed class ScratchLists
    {
        private readonly Stack<List<SyntaxNode>> _nodes = new Stack<List<SyntaxNode>>();
        private readonly Stack<List<SyntaxToken>> _tokens = new Stack<List<SyntaxToken>>();

        public List<SyntaxNode> RentNodes() => _nodes.Count > 0 ? _nodes.Pop() : new List<SyntaxNode>();

        public List<SyntaxToken> RentTokens() => _tokens.Count > 0 ? _tokens.Pop() : new List<SyntaxToken>();

        /// <summary>The list's nodes as an array of <typeparamref name="T"/>; the list goes back to the pool.</summary>
        public T[] Finish<T>(List<SyntaxNode> list) where T : SyntaxNode
        {
            var array = list.Count == 0 ? Array.Empty<T>() : new T[list.Count];
            for (int i = 0; i < array.Length; i++) array[i] = (T)list[i];
            list.Clear();
            _nodes.Push(list);
            return array;
        }

        /// <summary>The list's tokens as an array; the list goes back to the pool.</summary>
        public SyntaxToken[] Finish(List<SyntaxToken> list)
        {
            var array = list.Count == 0 ? Array.Empty<SyntaxToken>() : list.ToArray();
            list.Clear();
            _tokens.Push(list);
            return array;
        }
    }
}
