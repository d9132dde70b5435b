using WitSharp.WitParser.Lexing;

namespace WitSharp.WitParser.Tests.Lexing;

public class IdentifierRulesTests
{
    [Theory]
    [InlineData("a")]
    [InlineData("wasi-http")]
    [InlineData("ENOENT")]
    [InlineData("is-XML")]
    [InlineData("x-42")]
    [InlineData("v2-beta")]
    public void Accepts_kebab_case(string id) => Assert.Null(IdentifierRules.Validate(id));

    [Theory]
    [InlineData("", "identifiers must have characters between '-'s")]
    [InlineData("a--b", "identifiers must have characters between '-'s")]
    [InlineData("a-", "identifiers must have characters between '-'s")]
    [InlineData("-a", "identifiers must have characters between '-'s")]
    [InlineData("1a", "invalid character in identifier '1'")]
    [InlineData("Apple", "invalid character in identifier 'p'")]
    [InlineData("snake_case", "invalid character in identifier '_'")]
    [InlineData("caf\u00e9", "invalid character in identifier '\u00e9'")]
    public void Rejects_with_the_reference_message(string id, string message) => Assert.Equal(message, IdentifierRules.Validate(id));
}
