using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace WitSharp.Generator.Tests.Roslyn;

/// <summary>An additional file whose text cannot be read: returns null, or throws when <c>throws</c> is set.</summary>
public sealed class UnreadableAdditionalText : AdditionalText
{
    private readonly bool _throws;

    public UnreadableAdditionalText(string path, bool throws)
    {
        Path = path;
        _throws = throws;
    }

    public override string Path { get; }

    public override SourceText? GetText(CancellationToken cancellationToken = default) =>
        _throws ? throw new InvalidOperationException("disk on fire") : null;
}
