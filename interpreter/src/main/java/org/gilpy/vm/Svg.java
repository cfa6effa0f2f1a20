package org.gilpy.vm;

import java.util.Locale;

/** A minimal SVG document builder: the few shapes the GIL timeline draws, coordinates to 0.01 px. */
final class Svg {
    private static final String FONT = "DejaVu Sans, Helvetica, Arial, sans-serif";
    private final StringBuilder body = new StringBuilder();

    void rect(double x, double y, double w, double h, String fill, String stroke) {
        body.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
                .append(num(w)).append("\" height=\"").append(num(h)).append("\" fill=\"").append(fill).append('"');
        if (stroke != null) {
            body.append(" stroke=\"").append(stroke).append('"');
        }
        body.append("/>\n");
    }

    void line(double x1, double y1, double x2, double y2, String stroke, double width) {
        body.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"")
                .append(num(x2)).append("\" y2=\"").append(num(y2)).append("\" stroke=\"").append(stroke)
                .append("\" stroke-width=\"").append(num(width)).append("\"/>\n");
    }

    /** A small downward triangle whose tip is at (x, y + 4). */
    void triangle(double x, double y, String fill) {
        body.append("<path d=\"M").append(num(x - 3)).append(' ').append(num(y)).append("h6l-3 4z\" fill=\"")
                .append(fill).append("\"/>\n");
    }

    void text(double x, double y, String anchor, String weight, int size, String fill, String text) {
        body.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" text-anchor=\"")
                .append(anchor).append("\" font-weight=\"").append(weight).append("\" font-size=\"").append(size)
                .append("\" fill=\"").append(fill).append("\">").append(escape(text)).append("</text>\n");
    }

    /** The whole document, on a white background. */
    String finish(int width, int height) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\"" + height
                + "\" viewBox=\"0 0 " + width + " " + height + "\" font-family=\"" + FONT + "\">\n"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n" + body + "</svg>\n";
    }

    private static String num(double v) {
        long hundredths = Math.round(v * 100);
        if (hundredths % 100 == 0) {
            return Long.toString(hundredths / 100);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
