using System.Globalization;
using System.Text;
using Referat.Publishing.Html;

namespace Referat.Publishing.Charts;

/// <summary>A category of a bar chart: its label and one value per series.</summary>
public sealed record BarGroup(string Label, IReadOnlyList<decimal> Values);

/// <summary>
/// A horizontal grouped bar chart as SVG, drawn on the server so that it needs no script and prints: a label over
/// each group and a bar per series in it, a zero line where values are negative, each bar labelled with its value. It is an image
/// (role="img") with a title and a description that points to the table beside it, which carries the same figures
/// for screen readers and copying.
/// </summary>
public static class BarChart
{
    private const int Width = 560, Left = 4, ValueWidth = 120, LabelHeight = 20, BarHeight = 16, BarGap = 4, GroupGap = 12, Top = 4, LegendHeight = 26;

    public static string Svg(string id, string title, IReadOnlyList<string> series, IReadOnlyList<BarGroup> groups, Func<decimal, string> format)
    {
        var max = groups.SelectMany(g => g.Values).DefaultIfEmpty(0).Max(v => Math.Max(v, 0));
        var min = groups.SelectMany(g => g.Values).DefaultIfEmpty(0).Min(v => Math.Min(v, 0));
        var span = max - min == 0 ? 1 : max - min;
        var plot = Width - Left - ValueWidth;
        double X(decimal v) => Left + (double)((v - min) / span) * plot;
        var groupHeight = series.Count * (BarHeight + BarGap) - BarGap;
        var height = Top + groups.Count * (LabelHeight + groupHeight + GroupGap) + LegendHeight;

        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-labelledby=\"{id}-titel {id}-beskrivelse\">"));
        svg.Append(Invariant($"<title id=\"{id}-titel\">{HtmlEncoder.Encode(title)}</title>"));
        svg.Append(Invariant($"<desc id=\"{id}-beskrivelse\">Søjlediagram. Tallene står også i tabellen ved diagrammet.</desc>"));
        var y = Top;
        foreach (var group in groups)
        {
            svg.Append(Invariant($"<text class=\"chart-label\" x=\"{Left}\" y=\"{y + 14}\">{HtmlEncoder.Encode(Shorten(group.Label))}</text>"));
            y += LabelHeight;
            for (var s = 0; s < series.Count; s++)
            {
                var value = s < group.Values.Count ? group.Values[s] : 0;
                var (from, to) = (X(Math.Min(value, 0)), X(Math.Max(value, 0)));
                svg.Append(Invariant($"<rect class=\"chart-bar chart-bar-{s}\" x=\"{from:0.#}\" y=\"{y}\" width=\"{Math.Max(to - from, 1):0.#}\" height=\"{BarHeight}\"><title>{HtmlEncoder.Encode($"{group.Label}, {series[s]}: {format(value)}")}</title></rect>"));
                svg.Append(Invariant($"<text class=\"chart-value\" x=\"{Math.Max(to, X(0)) + 6:0.#}\" y=\"{y + BarHeight - 3}\">{HtmlEncoder.Encode(format(value))}</text>"));
                y += BarHeight + BarGap;
            }
            y += GroupGap - BarGap;
        }
        if (min < 0)
            svg.Append(Invariant($"<line class=\"chart-zero\" x1=\"{X(0):0.#}\" x2=\"{X(0):0.#}\" y1=\"{Top + LabelHeight - 2}\" y2=\"{y}\" />"));
        var legendX = Left;
        for (var s = 0; s < series.Count; s++)
        {
            svg.Append(Invariant($"<rect class=\"chart-bar chart-bar-{s}\" x=\"{legendX}\" y=\"{y + 6}\" width=\"12\" height=\"12\" />"));
            svg.Append(Invariant($"<text class=\"chart-legend\" x=\"{legendX + 18}\" y=\"{y + 16}\">{HtmlEncoder.Encode(series[s])}</text>"));
            legendX += 30 + series[s].Length * 8;
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Shorten(string label) => label.Length <= 70 ? label : label[..69] + "…";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
