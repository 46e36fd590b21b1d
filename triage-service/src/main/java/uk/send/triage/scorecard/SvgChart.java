package uk.send.triage.scorecard;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Charts drawn on the server as SVG, so the page needs no script. Each chart has a title for screen readers (the
 * table beside it carries the same numbers) and every mark says what it shows in data attributes.
 */
final class SvgChart {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 240;
    private static final int LEFT = 40;
    private static final int BOTTOM = 40;
    private static final int TOP = 16;
    private static final List<String> COLOURS = List.of("#1d70b8", "#00703c", "#d4351c", "#6f72af", "#f47738");

    private SvgChart() {
    }

    /** One bar per label. */
    static String bars(String id, String title, List<String> labels, List<? extends Number> values) {
        double max = Math.max(1, values.stream().mapToDouble(Number::doubleValue).max().orElse(0));
        double slot = (WIDTH - LEFT - 8) / (double) Math.max(1, labels.size());
        StringBuilder svg = open(id, title, max);
        for (int i = 0; i < labels.size(); i++) {
            double value = values.get(i).doubleValue();
            double height = (HEIGHT - TOP - BOTTOM) * value / max;
            double x = LEFT + i * slot + slot * 0.15;
            svg.append(String.format(Locale.ROOT, "<rect class=\"mark\" data-label=\"%s\" data-value=\"%s\" "
                    + "x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s: %s</title></rect>",
                    escape(labels.get(i)), number(value), x, HEIGHT - BOTTOM - height, slot * 0.7, height,
                    COLOURS.get(0), escape(labels.get(i)), number(value)));
            svg.append(label(x + slot * 0.35, labels.get(i)));
        }
        return svg.append("</svg>").toString();
    }

    /** One line per series over the same labels (weeks), with a legend. */
    static String lines(String id, String title, List<String> labels, Map<String, List<Integer>> series) {
        double max = Math.max(1, series.values().stream().flatMap(List::stream).mapToInt(Integer::intValue).max()
                .orElse(0));
        double step = (WIDTH - LEFT - 8) / (double) Math.max(1, labels.size() - 1);
        StringBuilder svg = open(id, title, max);
        int colour = 0;
        for (Map.Entry<String, List<Integer>> line : series.entrySet()) {
            StringBuilder points = new StringBuilder();
            List<Integer> values = line.getValue();
            for (int i = 0; i < values.size(); i++) {
                double x = LEFT + i * step;
                double y = HEIGHT - BOTTOM - (HEIGHT - TOP - BOTTOM) * values.get(i) / max;
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
                svg.append(String.format(Locale.ROOT, "<circle class=\"mark\" data-series=\"%s\" data-label=\"%s\" "
                        + "data-value=\"%d\" cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"%s\"/>", escape(line.getKey()),
                        escape(labels.get(i)), values.get(i), x, y, COLOURS.get(colour % COLOURS.size())));
            }
            svg.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" "
                    + "points=\"%s\"/>", COLOURS.get(colour % COLOURS.size()), points.toString().trim()));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\" fill=\"%s\">%s</text>",
                    LEFT + 8 + colour * 130, HEIGHT - 6, COLOURS.get(colour % COLOURS.size()),
                    escape(line.getKey())));
            colour++;
        }
        if (!labels.isEmpty()) {
            svg.append(label(LEFT, labels.get(0)));
            svg.append(label(LEFT + (labels.size() - 1) * step, labels.get(labels.size() - 1)));
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String id, String title, double max) {
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg id=\"%s\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" "
                + "aria-labelledby=\"%s-title\" viewBox=\"0 0 %d %d\" width=\"100%%\" class=\"scorecard-chart\">",
                id, id, WIDTH, HEIGHT));
        svg.append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>");
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#505a5f\"/>",
                LEFT, HEIGHT - BOTTOM, WIDTH - 8, HEIGHT - BOTTOM));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"end\">%s</text>",
                LEFT - 4, TOP + 4, number(max)));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"end\">0</text>",
                LEFT - 4, HEIGHT - BOTTOM));
        return svg;
    }

    private static String label(double x, String text) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">%s</text>",
                x, HEIGHT - BOTTOM + 14, escape(text));
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
