using System.Collections.Generic;

namespace WitSharp.Tooling.Tests.Lint;

/// <summary>
/// For each rule: WIT where it must fire (with the line and the number of findings expected) and WIT where it must
/// stay silent. Inputs are documented so only the rule under test matters.
/// </summary>
public static class RuleCases
{
    public sealed record Case(string RuleId, string Wit, int Count, int FirstLine)
    {
        public override string ToString() => RuleId;
    }

    private const string Header = "package t:p@1.0.0;\n";

    public static IEnumerable<Case> Firing()
    {
        yield return new("WITL001", Header + "interface i {\n  f: func();\n}\n", 2, 2);
        yield return new("WITL002", Header + "/// d\ninterface a {\n  /// d\n  record r { x: u8 }\n}\n/// d\ninterface b {\n  use a.{r};\n}\n", 1, 9);
        yield return new("WITL003", Header + "/// d\ninterface a {\n  /// d\n  record r { x: u8 }\n}\n", 1, 5);
        yield return new("WITL004", Header + "/// d\n@since(version = 1.0.0)\ninterface a {\n  /// d\n  f: func();\n}\n", 1, 6);
        yield return new("WITL005", Header + "/// d\n@since(version = 1.0.0)\n@deprecated(version = 1.0.0)\ninterface old {\n  /// d\n  @since(version = 1.0.0)\n  record r { x: u8 }\n}\n/// d\n@since(version = 1.0.0)\nworld w {\n  @since(version = 1.0.0)\n  import old;\n}\n", 1, 14);
        yield return new("WITL006", Header + "/// d\ninterface a {\n  /// d\n  parse-config: func(s: list<u8>);\n  /// d\n  try-open: func() -> u32;\n}\n", 2, 5);
        yield return new("WITL007", Header + "/// d\ninterface a {\n  /// d\n  set: func(mode: string, file-format: string);\n}\n", 2, 5);
        yield return new("WITL008", Header + "/// d\ninterface a {\n  /// d\n  f: func();\n  /// d\n  g: func();\n  /// d\n  h: func();\n}\n", 1, 3);
        yield return new("WITL009", Header + "/// d\ninterface a {\n  /// d\n  record r { x: u8 }\n  /// d\n  record s { y: u8 }\n}\n/// d\ninterface b {\n  use a.{r as s};\n  /// d\n  f: func(x: s);\n}\n", 1, 11);
        yield return new("WITL010", Header + "/// d\ninterface a {\n  /// d\n  user-id: func() -> u32;\n  /// d\n  group-id: func() -> u32;\n  /// d\n  file-identifier: func() -> u32;\n}\n", 1, 9);
        yield return new("WITL011", Header + "/// d\ninterface a {\n  /// d\n  f: func();\n}\n/// d\nworld w {\n  import a;\n  export a;\n}\n", 1, 10);
        yield return new("WITL012", Header + "/// d\ninterface a {\n}\n", 1, 3);
        yield return new("WITL013", Header + "/// d\ninterface a {\n  /// d\n  resource r {\n    /// d\n    m: func();\n  }\n  /// d\n  f: func(x: borrow<r>);\n}\n", 1, 5);
        yield return new("WITL014", Header + "/// d\ninterface a {\n  /// d\n  f: func() -> result<u32, string>;\n}\n", 1, 5);
        yield return new("WITL015", Header + "/// d\ninterface a {\n  /// d\n  f: func() -> list<option<tuple<u8, list<u8>>>>;\n}\n", 1, 5);
        yield return new("WITL016", Header + "/// d\ninterface a {\n  /// d\n  resource r {\n    /// d\n    constructor();\n  }\n  /// d\n  record holder { item: borrow<r> }\n  /// d\n  f: func(h: holder);\n}\n", 1, 10);
    }

    public static IEnumerable<Case> Silent()
    {
        yield return new("WITL001", Header + "/// docs\ninterface i {\n  // plain comments count, as in the reference\n  f: func();\n}\n", 0, 0);
        yield return new("WITL002", Header + "/// d\ninterface a {\n  /// d\n  record r { x: u8 }\n}\n/// d\ninterface b {\n  use a.{r as renamed};\n  /// d\n  f: func(x: renamed);\n}\n", 0, 0);
        yield return new("WITL003", Header + "/// d\ninterface a {\n  /// d\n  record r { x: u8 }\n  /// d\n  resource unused-resource;\n}\n/// d\ninterface b {\n  use a.{r};\n  /// d\n  f: func(x: r);\n}\n", 0, 0);
        yield return new("WITL004", Header + "/// d\ninterface a {\n  /// d\n  f: func();\n}\n/// d\n@unstable(feature = x)\ninterface b {\n  /// d\n  g: func();\n}\n", 0, 0);
        yield return new("WITL005", Header + "/// d\ninterface fresh {\n  /// d\n  record r { x: u8 }\n}\n/// d\nworld w {\n  import fresh;\n}\n", 0, 0);
        yield return new("WITL006", Header + "/// d\ninterface a {\n  /// d\n  parse-config: func(s: list<u8>) -> result<u32, u8>;\n  /// d\n  try-next: func() -> option<u32>;\n  /// d\n  open-stream: func() -> tuple<u32, future<result<_, u8>>>;\n  /// d\n  reparse: func();\n}\n", 0, 0);
        yield return new("WITL007", Header + "/// d\ninterface a {\n  /// d\n  enum mode { read, write }\n  /// d\n  set: func(mode: mode, name: string, model: string);\n}\n", 0, 0);
        yield return new("WITL008", Header + "/// d\ninterface a {\n  /// d\n  f: func();\n}\n", 0, 0);
        yield return new("WITL009", Header + "/// d\ninterface a {\n  /// d\n  record r { x: u8 }\n}\n/// d\ninterface b {\n  use a.{r as other};\n  /// d\n  f: func(x: other);\n}\n", 0, 0);
        yield return new("WITL010", Header + "/// d\ninterface a {\n  /// d\n  user-id: func() -> u32;\n  /// d\n  size: func() -> u32;\n  /// d\n  set-size: func(s: u32);\n}\n", 0, 0);
        yield return new("WITL011", Header + "/// d\ninterface a {\n  /// d\n  f: func();\n}\n/// d\ninterface b {\n  /// d\n  g: func();\n}\n/// d\nworld w {\n  import a;\n  export b;\n}\n", 0, 0);
        yield return new("WITL012", Header + "/// d\ninterface a {\n  /// d\n  f: func();\n}\n", 0, 0);
        yield return new("WITL013", Header + "/// d\ninterface a {\n  /// d\n  resource r {\n    /// d\n    m: func();\n  }\n  /// d\n  make: func() -> r;\n  /// d\n  resource s {\n    /// d\n    constructor();\n  }\n}\n", 0, 0);
        yield return new("WITL014", Header + "/// d\ninterface a {\n  /// d\n  enum error { gone }\n  /// d\n  f: func() -> result<string, error>;\n}\n", 0, 0);
        yield return new("WITL015", Header + "/// d\ninterface a {\n  /// d\n  f: func() -> list<option<list<u8>>>;\n}\n", 0, 0);
        yield return new("WITL016", Header + "/// d\ninterface a {\n  /// d\n  resource r {\n    /// d\n    constructor();\n  }\n  /// d\n  f: func(x: borrow<r>) -> r;\n}\n", 0, 0);
    }
}
