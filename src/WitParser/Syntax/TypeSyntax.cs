
namespace WitSharp.WitParser.Syntax
{
    /// <summary>A type expression.</summary>
    public abstract class TypeSyntax : SyntaxNode
    {
    }
}
