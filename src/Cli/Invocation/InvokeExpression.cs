using System;
using System.Collections.Generic;

namespace WitSharp.Cli.Invocation;

/// <summary>
/// <c>--invoke</c>'s text, <c>name(arg, …)</c>: the export's name (<c>add</c>, or <c>ns:pkg/iface@1.0.0#add</c> for a
/// function of an exported interface) and its argument texts.
/// </summary>
public sealed record InvokeExpression(string? InterfaceName, string FunctionName, IReadOnlyList<string> Arguments)
{
    /// <summary>Splits <paramref name="text"/>; a bare name is a call without arguments.</summary>
    /// <exception cref="FormatException">The parentheses do not close.</exception>
    public static InvokeExpression Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.Trim();
        int open = text.IndexOf('(');
        string name = open < 0 ? text : text.Substring(0, open).Trim();
        IReadOnlyList<string> arguments = Array.Empty<string>();
        if (open >= 0)
        {
            if (!text.EndsWith(')')) throw new FormatException($"--invoke '{text}': the argument list must end with ')'");
            arguments = WaveText.SplitTopLevel(text.Substring(open + 1, text.Length - open - 2));
        }
        if (name.Length == 0) throw new FormatException($"--invoke '{text}': no function name");
        int hash = name.LastIndexOf('#');
        return hash < 0
            ? new InvokeExpression(null, name, arguments)
            : new InvokeExpression(name.Substring(0, hash), name.Substring(hash + 1), arguments);
    }
}
