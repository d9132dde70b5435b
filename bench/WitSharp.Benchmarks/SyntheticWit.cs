using System;
using System.Text;

namespace WitSharp.Benchmarks;

/// <summary>
/// Generates a large, valid, single-file WIT package that looks like real API surface: interfaces with docs,
/// records, variants, enums, flags, resources with constructors/methods/statics, functions over lists, options,
/// results and tuples, cross-interface <c>use</c>s, and worlds importing and exporting the interfaces.
/// </summary>
public static class SyntheticWit
{
    /// <summary>A package of at least <paramref name="targetBytes"/> UTF-8 bytes, the same for the same seed.</summary>
    public static string Generate(int targetBytes, int seed = 1)
    {
        var random = new Random(seed);
        var sb = new StringBuilder(targetBytes + 4096);
        sb.Append("package bench:synthetic@1.0.0;\n\n");
        int count = 0;
        while (sb.Length < targetBytes)
        {
            AppendInterface(sb, random, count);
            count++;
        }
        AppendWorlds(sb, count);
        return sb.ToString();
    }

    private static readonly string[] s_nouns =
    {
        "account", "order", "invoice", "session", "device", "sensor", "message", "channel", "document", "image",
        "upload", "ticket", "payment", "shipment", "profile", "token", "query", "report", "metric", "job",
    };

    private static readonly string[] s_scalars = { "u8", "u16", "u32", "u64", "s32", "s64", "f32", "f64", "bool", "string", "char" };

    private static string Noun(Random r) => s_nouns[r.Next(s_nouns.Length)];

    private static void AppendInterface(StringBuilder sb, Random r, int index)
    {
        string name = InterfaceName(index);
        sb.Append("/// Operations on ").Append(name).Append(", generated for benchmarks.\n");
        sb.Append("interface ").Append(name).Append(" {\n");
        // Every interface after the first reuses the previous one's error type: real packages share types.
        if (index > 0) sb.Append("  use ").Append(PreviousName(index)).Append(".{error-code as shared-error};\n\n");
        sb.Append("  /// Why an operation failed.\n  variant error-code {\n    not-found,\n    invalid(string),\n    limit-exceeded(u64),\n    other(option<string>),\n  }\n\n");
        sb.Append("  /// The state of an item.\n  enum status {\n    pending,\n    active,\n    suspended,\n    closed,\n  }\n\n");
        sb.Append("  /// Permissions of a caller.\n  flags permissions {\n    read,\n    write,\n    admin,\n  }\n\n");
        int records = 2 + r.Next(3);
        for (int i = 0; i < records; i++)
        {
            sb.Append("  /// A ").Append(Noun(r)).Append(" record.\n  record item").Append(i).Append(" {\n");
            int fields = 3 + r.Next(6);
            for (int f = 0; f < fields; f++) sb.Append("    field").Append(f).Append(": ").Append(RandomType(r, i)).Append(",\n");
            sb.Append("  }\n\n");
        }
        sb.Append("  /// A handle to a live ").Append(Noun(r)).Append(".\n  resource handle {\n");
        sb.Append("    constructor(name: string, permissions: permissions);\n");
        sb.Append("    open: static func(id: u64) -> result<handle, error-code>;\n");
        sb.Append("    status: func() -> status;\n");
        sb.Append("    read: func(offset: u64, len: u32) -> result<list<u8>, error-code>;\n");
        sb.Append("    write: func(data: list<u8>) -> result<u32, error-code>;\n");
        sb.Append("  }\n\n");
        int funcs = 3 + r.Next(5);
        for (int i = 0; i < funcs; i++)
        {
            sb.Append("  /// Performs step ").Append(i).Append(".\n");
            sb.Append("  do-").Append(Noun(r)).Append('-').Append(i).Append(": func(h: borrow<handle>, item: item").Append(r.Next(records))
              .Append(", limit: option<u32>) -> result<list<item").Append(r.Next(records)).Append(">, error-code>;\n\n");
        }
        if (index > 0) sb.Append("  /// Converts the shared error.\n  convert: func(e: shared-error) -> error-code;\n");
        sb.Append("}\n\n");
    }

    private static string PreviousName(int index) => InterfaceName(index - 1);

    private static string InterfaceName(int index) => $"{s_nouns[index % s_nouns.Length]}-service-{index}";

    private static string RandomType(Random r, int recordIndex)
    {
        switch (r.Next(8))
        {
            case 0: return $"list<{Scalar(r)}>";
            case 1: return $"option<{Scalar(r)}>";
            case 2: return $"tuple<{Scalar(r)}, {Scalar(r)}>";
            case 3: return $"result<{Scalar(r)}, error-code>";
            case 4: return "status";
            case 5: return "permissions";
            case 6: return recordIndex > 0 ? $"list<item{r.Next(recordIndex)}>" : "list<string>";
            default: return Scalar(r);
        }
    }

    private static string Scalar(Random r) => s_scalars[r.Next(s_scalars.Length)];

    private static void AppendWorlds(StringBuilder sb, int count)
    {
        sb.Append("/// Imports every service.\nworld client {\n");
        for (int i = 0; i < count; i++) sb.Append("  import ").Append(InterfaceName(i)).Append(";\n");
        sb.Append("}\n\n/// Exports every service.\nworld server {\n");
        for (int i = 0; i < count; i++) sb.Append("  export ").Append(InterfaceName(i)).Append(";\n");
        sb.Append("}\n");
    }
}
