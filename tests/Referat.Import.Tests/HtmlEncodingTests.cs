using System.Text;
using Referat.Publishing;

namespace Referat.Import.Tests;

public class HtmlEncodingTests
{
    [Fact]
    public void Script_in_an_item_title_is_encoded_as_text()
    {
        var minutes = SampleMinutes.Build(firstTitle: "Godkendelse <script>alert(1)</script> & \"andet\"");
        var html = MinutesHtmlRenderer.Render(minutes);
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("Godkendelse &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;andet&quot;", html);

        var parsed = new DocumentReader().Read("render.html", Encoding.UTF8.GetBytes(html)).Minutes;
        Assert.Equal("Godkendelse <script>alert(1)</script> & \"andet\"", parsed.Items[0].Title);
    }
}
