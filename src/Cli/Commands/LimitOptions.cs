using System;
using System.CommandLine;
using System.Globalization;
using WitSharp.Wasi;

namespace WitSharp.Cli.Commands;

/// <summary>
/// <c>--max-memory SIZE</c> and <c>--timeout DURATION</c> on <c>witsharp run</c> and <c>witsharp serve</c>: the per-instance limits of
/// <see cref="WasiLimits"/>. Sizes are bytes or a number with KiB, MiB or GiB (<c>64MiB</c>); durations are seconds or
/// a number with ms, s, m or h (<c>10s</c>, <c>500ms</c>). A malformed value is a usage error (exit code 2).
/// </summary>
public static class LimitOptions
{
    /// <summary>The option for <see cref="WasiLimits.MaxMemoryBytes"/>, with <c>witsharp run</c>'s description unless <paramref name="description"/> is given.</summary>
    public static Option<string?> CreateMaxMemory(string? description = null) => Create("--max-memory", "SIZE",
        description ?? "The most memory each of the component's linear memories may grow to (64MiB, 1GiB, 65536); growth beyond fails, so malloc returns NULL. No limit by default beyond the engine's.",
        text => ParseSize(text) is not null, "a size such as 64MiB, 512KiB, 1GiB or a number of bytes");

    /// <summary>The option for <see cref="WasiLimits.Timeout"/>, with <c>witsharp run</c>'s description unless <paramref name="description"/> is given.</summary>
    public static Option<string?> CreateTimeout(string? description = null) => Create("--timeout", "DURATION",
        description ?? "How long the component may run (10s, 500ms, 2m, or seconds); then it is interrupted as by a trap (exit code 134). No limit by default.",
        text => ParseDuration(text) is not null, "a duration such as 10s, 500ms, 2m or a number of seconds");

    // An option whose value is checked at parse time, so a malformed one is a usage error naming what was expected.
    private static Option<string?> Create(string name, string helpName, string description, Func<string, bool> valid, string expected)
    {
        var option = new Option<string?>(name) { Description = description, HelpName = helpName };
        option.Validators.Add(result =>
        {
            string? text = result.GetValueOrDefault<string?>();
            if (text is not null && !valid(text)) result.AddError($"{name} '{text}' is not {expected}.");
        });
        return option;
    }

    /// <summary>The limits the two options give (validated at parse time), on top of <paramref name="limits"/>.</summary>
    public static WasiLimits Apply(WasiLimits limits, string? maxMemory, string? timeout) => limits with
    {
        MaxMemoryBytes = maxMemory is null ? limits.MaxMemoryBytes : ParseSize(maxMemory),
        Timeout = timeout is null ? limits.Timeout : ParseDuration(timeout),
    };

    /// <summary>Bytes for <c>64MiB</c>, <c>512KiB</c>, <c>1GiB</c>, <c>64M</c> or <c>65536</c>; null when malformed, negative or over 16 GiB.</summary>
    public static long? ParseSize(string text)
    {
        (string number, long unit) = Split(text.Trim(), [("GiB", 1L << 30), ("MiB", 1L << 20), ("KiB", 1L << 10), ("G", 1L << 30), ("M", 1L << 20), ("K", 1L << 10), ("B", 1)]);
        if (!double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double value)) return null;
        double bytes = value * unit;
        // 16 GiB is past any 32-bit or 64-bit memory an engine here grows to; the bound keeps the cast exact.
        return bytes is >= 0 and <= 16.0 * (1L << 30) ? (long)bytes : null;
    }

    /// <summary>The span for <c>10s</c>, <c>500ms</c>, <c>2m</c>, <c>1h</c> or <c>1.5</c> (seconds); null when malformed, not positive or over a day.</summary>
    public static TimeSpan? ParseDuration(string text)
    {
        (string number, long unit) = Split(text.Trim(), [("ms", 1), ("s", 1000), ("m", 60_000), ("h", 3_600_000)], defaultUnit: 1000);
        if (!double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double value)) return null;
        double milliseconds = value * unit;
        return milliseconds is > 0 and <= 86_400_000 ? TimeSpan.FromMilliseconds(milliseconds) : null;
    }

    // The number before the first suffix that ends the text (suffixes are tried in order, so "ms" before "s").
    private static (string Number, long Unit) Split(string text, (string Suffix, long Unit)[] suffixes, long defaultUnit = 1)
    {
        foreach ((string suffix, long unit) in suffixes)
        {
            if (text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) return (text.Substring(0, text.Length - suffix.Length).TrimEnd(), unit);
        }
        return (text, defaultUnit);
    }
}
