namespace WitSharp.Engine;

public sealed partial class WasmInstance
{
    /// <summary>A typed view of the exported function <paramref name="name"/> (signature checked now).</summary>
    /// <exception cref="System.Collections.Generic.KeyNotFoundException">No such function.</exception>
    /// <exception cref="System.ArgumentException">The signature differs.</exception>
    public WasmFunc<TResult> GetFunction<TResult>(string name) => new(RequireFunction(name));

    /// <summary>A typed view of the exported function <paramref name="name"/> (signature checked now).</summary>
    /// <exception cref="System.Collections.Generic.KeyNotFoundException">No such function.</exception>
    /// <exception cref="System.ArgumentException">The signature differs.</exception>
    public WasmFunc<T1, TResult> GetFunction<T1, TResult>(string name) => new(RequireFunction(name));

    /// <summary>A typed view of the exported function <paramref name="name"/> (signature checked now).</summary>
    /// <exception cref="System.Collections.Generic.KeyNotFoundException">No such function.</exception>
    /// <exception cref="System.ArgumentException">The signature differs.</exception>
    public WasmFunc<T1, T2, TResult> GetFunction<T1, T2, TResult>(string name) => new(RequireFunction(name));

    /// <summary>A typed view of the exported function <paramref name="name"/> (signature checked now).</summary>
    /// <exception cref="System.Collections.Generic.KeyNotFoundException">No such function.</exception>
    /// <exception cref="System.ArgumentException">The signature differs.</exception>
    public WasmFunc<T1, T2, T3, TResult> GetFunction<T1, T2, T3, TResult>(string name) => new(RequireFunction(name));

    /// <summary>A typed view of the exported function <paramref name="name"/> (signature checked now).</summary>
    /// <exception cref="System.Collections.Generic.KeyNotFoundException">No such function.</exception>
    /// <exception cref="System.ArgumentException">The signature differs.</exception>
    public WasmFunc<T1, T2, T3, T4, TResult> GetFunction<T1, T2, T3, T4, TResult>(string name) => new(RequireFunction(name));

    /// <summary>A typed view of the exported function <paramref name="name"/> taking no parameters and returning nothing.</summary>
    /// <exception cref="System.Collections.Generic.KeyNotFoundException">No such function.</exception>
    /// <exception cref="System.ArgumentException">The signature differs.</exception>
    public WasmAction GetAction(string name) => new(RequireFunction(name));

    /// <summary>A typed view of the exported function <paramref name="name"/> (signature checked now).</summary>
    /// <exception cref="System.Collections.Generic.KeyNotFoundException">No such function.</exception>
    /// <exception cref="System.ArgumentException">The signature differs.</exception>
    public WasmAction<T1> GetAction<T1>(string name) => new(RequireFunction(name));

    /// <summary>A typed view of the exported function <paramref name="name"/> (signature checked now).</summary>
    /// <exception cref="System.Collections.Generic.KeyNotFoundException">No such function.</exception>
    /// <exception cref="System.ArgumentException">The signature differs.</exception>
    public WasmAction<T1, T2> GetAction<T1, T2>(string name) => new(RequireFunction(name));

    /// <summary>A typed view of the exported function <paramref name="name"/> (signature checked now).</summary>
    /// <exception cref="System.Collections.Generic.KeyNotFoundException">No such function.</exception>
    /// <exception cref="System.ArgumentException">The signature differs.</exception>
    public WasmAction<T1, T2, T3> GetAction<T1, T2, T3>(string name) => new(RequireFunction(name));

    /// <summary>A typed view of the exported function <paramref name="name"/> (signature checked now).</summary>
    /// <exception cref="System.Collections.Generic.KeyNotFoundException">No such function.</exception>
    /// <exception cref="System.ArgumentException">The signature differs.</exception>
    public WasmAction<T1, T2, T3, T4> GetAction<T1, T2, T3, T4>(string name) => new(RequireFunction(name));
}
