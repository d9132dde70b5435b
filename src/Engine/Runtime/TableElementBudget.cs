namespace WitSharp.Engine;

/// <summary>
/// The elements the tables of one instance may still take (<see cref="WasmEngineOptions.MaxTableElementsPerInstance"/>,
/// <see cref="WasmInstanceLimits.MaxTableElements"/>). Shared by the instance's tables; imported tables count
/// against the instance that defined them.
/// </summary>
internal sealed class TableElementBudget
{
    private readonly long _limit;
    private long _used;

    public TableElementBudget(long limit) => _limit = limit;

    public bool TryTake(long elements)
    {
        if (_used + elements > _limit) return false;
        _used += elements;
        return true;
    }

    public void Give(long elements) => _used -= elements;
}
