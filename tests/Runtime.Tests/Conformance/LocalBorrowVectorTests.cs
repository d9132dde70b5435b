using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WitSharp.Runtime.Tests.Conformance;

/// <summary>
/// FORMAT.md rule 12 through the conformance harness, with vectors shaped like ../shared/cabi's resource group
/// (the corpus holds no local borrow): the borrow lowers to its rep with no handle, and every lift of it is skipped.
/// </summary>
public sealed class LocalBorrowVectorTests
{
    private static JsonObject Run(string vector)
    {
        using var document = JsonDocument.Parse(vector);
        return VectorRunner.Run(document.RootElement);
    }

    [Fact]
    public void A_local_borrow_lowers_to_its_rep_and_its_lifts_are_skipped()
    {
        var output = Run("""{"id":"local-borrow","type":{"borrow":"R"},"value":43,"local_resources":["R"],"ptr":4,"heap_base":9,"fill":170}""");

        Assert.True((bool)output["ok"]!);
        Assert.Equal("2b000000", (string?)output["store"]!["bytes"]);
        Assert.Equal(new[] { "i32:43" }, output["lower_flat"]!["flat"]!.AsArray().Select(v => (string?)v));
        Assert.Null(output["store"]!["handles"]);
        Assert.Null(output["lower_flat"]!["handles"]);
        Assert.Equal(new[] { "skipped" }, output["load"]!.AsObject().Select(p => p.Key));
        Assert.Equal(new[] { "skipped" }, output["lift_flat"]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public void A_foreign_borrow_beside_it_still_gets_a_handle_and_round_trips()
    {
        var output = Run("""{"id":"foreign-borrow","type":{"borrow":"R"},"value":43,"ptr":4,"heap_base":9,"fill":170}""");

        Assert.Equal("[[1,43,false]]", output["store"]!["handles"]!.ToJsonString());
        Assert.True((bool)output["load"]!["roundtrip"]!);
        Assert.True((bool)output["lift_flat"]!["roundtrip"]!);
    }

    [Fact]
    public void A_local_borrow_inside_a_record_or_a_parameter_list_skips_the_whole_lift()
    {
        var record = Run("""{"id":"record","type":{"record":[["a",{"own":"R"}],["b",{"borrow":"S"}]]},"value":{"a":100,"b":200},"local_resources":["S"],"ptr":24,"heap_base":32}""");
        Assert.Equal("[[1,100,true]]", record["store"]!["handles"]!.ToJsonString());
        Assert.NotNull(record["load"]!["skipped"]);
        Assert.NotNull(record["lift_flat"]!["skipped"]);

        var func = Run("""{"id":"func","kind":"func","params":[["x",{"option":{"borrow":"R"}}]],"results":[],"args":[{"some":7}],"local_resources":["R"]}""");
        Assert.Equal(new[] { "i32:1", "i32:7" }, func["args_lower"]!["flat"]!.AsArray().Select(v => (string?)v));
        Assert.NotNull(func["args_lift"]!["skipped"]);
        Assert.NotNull(func["args_async_lift"]!["skipped"]);
    }
}
