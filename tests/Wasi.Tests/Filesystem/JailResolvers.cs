using System.Collections.Generic;
using WitSharp.Wasi.Filesystem;

namespace WitSharp.Wasi.Tests.Filesystem;

/// <summary>Both jail strategies, so each test checks the kernel's openat2 and the user-space walk alike.</summary>
public static class JailResolvers
{
    public static IEnumerable<object[]> Both() =>
    [
        ["openat2"],
        ["walk"],
    ];

    internal static JailResolver Named(string name)
    {
        Skip.IfNot(WasiFilesystem.IsSupported, "preopened directories need Linux");
        if (name == "openat2")
            Skip.IfNot(JailResolver.Default.UsesOpenat2, "this kernel has no openat2 (Linux < 5.6 or filtered); the walk covers it");
        return name == "openat2" ? JailResolver.Default : JailResolver.Walking;
    }
}
