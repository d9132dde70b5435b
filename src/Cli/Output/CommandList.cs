using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;

namespace WitSharp.Cli.Output;

/// <summary>
/// What bare <c>witsharp</c>, <c>witsharp help</c> and <c>witsharp --help</c> print: every command with its real
/// signature (arguments with their arity, required options) and the first sentence of its description, then where
/// to read more. The signatures and summaries come from the commands themselves, so they cannot drift.
/// </summary>
public static class CommandList
{
    /// <summary>Writes the command list of <paramref name="root"/>.</summary>
    public static void Write(RootCommand root, TextWriter output)
    {
        var rows = root.Subcommands.Where(c => !c.Hidden).Select(c => (Signature: Signature(c), Summary: Summary(c.Description))).ToList();
        int width = rows.Max(r => r.Signature.Length) + 2;
        var sb = new StringBuilder();
        sb.Append(FirstParagraph(root.Description)).Append("\n\n");
        sb.Append("Usage: witsharp <command> [options]\n\nCommands:\n");
        foreach (var (signature, summary) in rows) sb.Append("  ").Append(signature.PadRight(width)).Append(summary).Append('\n');
        sb.Append("\nRun 'witsharp help <command>' (or 'witsharp <command> --help') for its options and an example.\n");
        sb.Append("Exit codes: 0 clean, 1 findings (errors, unformatted files), 2 usage or I/O error, 3 internal error.\n");
        sb.Append("Options: --help, --version\n");
        string examples = (root.Description ?? "").Substring(FirstParagraph(root.Description).Length).Trim('\n');
        if (examples.Length > 0) sb.Append('\n').Append(examples).Append('\n');
        output.Write(sb.ToString());
    }

    /// <summary>
    /// <c>name &lt;arg&gt;... [&lt;optional&gt;] --required &lt;value&gt;</c>: a command's arguments as their arity allows
    /// them and its required options.
    /// </summary>
    public static string Signature(Command command)
    {
        var sb = new StringBuilder(command.Name);
        foreach (var argument in command.Arguments.Where(a => !a.Hidden))
        {
            string name = $"<{argument.Name}>" + (argument.Arity.MaximumNumberOfValues > 1 ? "..." : "");
            sb.Append(' ').Append(argument.Arity.MinimumNumberOfValues == 0 ? $"[{name}]" : name);
        }
        foreach (var option in command.Options.Where(o => o.Required))
        {
            sb.Append(' ').Append(option.Name).Append(" <").Append(option.HelpName ?? option.Name.TrimStart('-')).Append('>');
            if (option.ValueType.IsArray) sb.Append("..."); // repeatable
        }
        return sb.ToString();
    }

    // The first sentence (or clause before a colon): the descriptions open with what the command does.
    private static string Summary(string? description)
    {
        string text = description ?? "";
        int end = text.Length;
        foreach (string stop in new[] { ". ", ".\n", ": ", "\n" })
        {
            int at = text.IndexOf(stop, StringComparison.Ordinal);
            if (at >= 0 && at < end) end = at;
        }
        return text.Substring(0, end).TrimEnd('.') + ".";
    }

    private static string FirstParagraph(string? description)
    {
        string text = description ?? "";
        int end = text.IndexOf("\n\n", StringComparison.Ordinal);
        return end < 0 ? text : text.Substring(0, end);
    }
}
