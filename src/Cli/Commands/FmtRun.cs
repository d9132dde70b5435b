using System;
using System.Collections.Generic;
using System.IO;
using WitSharp.Cli.Input;
using WitSharp.Cli.Output;
using WitSharp.WitParser.Diagnostics;
using WitSharp.WitParser.Text;

namespace WitSharp.Cli.Commands;

/// <summary>
/// One run of <c>fmt</c> over a list of files. Each file is handled on its own: one that cannot be read, parsed or
/// written is reported (a diagnostic, so it is in the JSON array too) and the run goes on with the next.
/// </summary>
internal sealed class FmtRun
{
    private readonly bool _checkOnly;
    private readonly AtomicFileWriter _files;
    private readonly DiagnosticWriter _diagnostics;
    private readonly TextWriter _diffs;
    private readonly TextWriter _stderr;
    private readonly Dictionary<Outcome, int> _counts = new();

    public FmtRun(bool checkOnly, AtomicFileWriter files, DiagnosticWriter diagnostics, TextWriter diffs, TextWriter stderr)
    {
        _checkOnly = checkOnly;
        _files = files;
        _diagnostics = diagnostics;
        _diffs = diffs;
        _stderr = stderr;
    }

    private enum Outcome { AlreadyFormatted, Changed, Unparsable, ReadFailed, WriteFailed }

    /// <summary>Formats (or checks) every file, then returns the exit code: 2 when a file could not be read or written, else 1 for findings, else 0.</summary>
    public int Run(IReadOnlyList<string> files)
    {
        foreach (string file in files) Count(FormatOne(file));
        _stderr.WriteLine(Summary());
        if (Counted(Outcome.ReadFailed) + Counted(Outcome.WriteFailed) > 0) return ExitCodes.UsageOrIoError;
        bool findings = Counted(Outcome.Unparsable) > 0 || (_checkOnly && Counted(Outcome.Changed) > 0);
        return findings ? ExitCodes.Findings : ExitCodes.Success;
    }

    private Outcome FormatOne(string file)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            _diagnostics.Write(new[] { Diagnostic.Error(DiagnosticCodes.FileNotFound, $"failed to read file {file}: {e.Message}") });
            return Outcome.ReadFailed;
        }
        if (!SourceDecoder.TryDecode(file, bytes, out var source, out var decodeError))
        {
            _diagnostics.Write(new[] { decodeError! });
            return Outcome.Unparsable;
        }
        var (formatted, parseErrors) = FrontEnd.Format(source!);
        if (formatted is null)
        {
            _diagnostics.Write(parseErrors);
            _stderr.WriteLine($"witsharp: {file}: not formatted, it does not parse");
            return Outcome.Unparsable;
        }
        var conventions = TextConventions.Detect(bytes);
        byte[] output = conventions.Encode(formatted);
        if (output.AsSpan().SequenceEqual(bytes)) return Outcome.AlreadyFormatted;
        return _checkOnly ? ShowDiff(file, source!.Text, conventions, formatted) : Replace(file, output);
    }

    private Outcome ShowDiff(string file, string text, TextConventions conventions, string formatted)
    {
        string diff = UnifiedDiff.Create(file.Replace('\\', '/'), text, conventions.Apply(formatted));
        // The diff compares lines without their endings: a file whose only change is mixed endings says so instead.
        if (diff.Length == 0) _stderr.WriteLine($"witsharp: {file}: line endings would become {(conventions.CrLf ? "CRLF" : "LF")} throughout");
        _diffs.Write(diff);
        return Outcome.Changed;
    }

    private Outcome Replace(string file, byte[] output)
    {
        try
        {
            _files.Replace(file, output);
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            _diagnostics.Write(new[] { Diagnostic.Error(DiagnosticCodes.FileNotWritten, $"failed to write file {file}: {e.Message}; the file is unchanged") });
            return Outcome.WriteFailed;
        }
        _stderr.WriteLine($"formatted {file}");
        return Outcome.Changed;
    }

    private void Count(Outcome outcome) => _counts[outcome] = Counted(outcome) + 1;

    private int Counted(Outcome outcome) => _counts.TryGetValue(outcome, out int n) ? n : 0;

    /// <summary>One line, e.g. "3 file(s) already formatted" or "1 file(s) reformatted, 2 file(s) already formatted".</summary>
    private string Summary()
    {
        var parts = new List<string>();
        void Add(Outcome outcome, string what)
        {
            if (Counted(outcome) > 0) parts.Add($"{Counted(outcome)} file(s) {what}");
        }
        Add(Outcome.Changed, _checkOnly ? "would be reformatted" : "reformatted");
        Add(Outcome.AlreadyFormatted, "already formatted");
        Add(Outcome.Unparsable, "not parsable");
        Add(Outcome.ReadFailed, "could not be read");
        Add(Outcome.WriteFailed, "could not be written");
        return parts.Count == 0 ? "no .wit files found" : string.Join(", ", parts);
    }
}
