package io.mc2.serve;

import static io.mc2.write.html.HtmlContractWriter.escape;

import java.util.List;

/**
 * The frame of every page: a skip link, the site header with the main navigation, one {@code main}
 * landmark and a footer naming the library in use. Plain CSS, readable on a laptop, and printable
 * (navigation and forms are left off paper). Page text is escaped with the project's one HTML
 * escaper ({@link io.mc2.write.html.HtmlContractWriter#escape}).
 */
final class Page {

    /** A top-level section of the site, as the navigation lists it. */
    enum Section {
        HOME("/", "Home"), DRAFT("/draft", "New draft"), REVIEW("/review", "Review a return"),
        PORTFOLIO("/portfolio", "Portfolio"), NEGOTIATIONS("/negotiations", "Negotiations"),
        PROFILES("/profiles", "Profiles");

        final String path;
        final String label;

        Section(String path, String label) {
            this.path = path;
            this.label = label;
        }
    }

    private static final String CSS = """
            body{font-family:system-ui,"Segoe UI","Liberation Sans",Arial,sans-serif;max-width:64rem;margin:0 auto;
                 padding:0 1.2rem 2rem;color:#1b1b1b;line-height:1.5;background:#fff}
            a{color:#0b4f8a}a:focus,button:focus,input:focus,select:focus{outline:3px solid #f0a500;outline-offset:1px}
            .skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:.5rem;background:#fff;padding:.3rem}
            header.site{display:flex;flex-wrap:wrap;align-items:baseline;gap:.4rem 1.5rem;border-bottom:2px solid #0b4f8a;
                 padding:.8rem 0 .4rem;margin-bottom:1rem}
            header.site .brand{margin:0;font-weight:bold;font-size:1.15rem}header.site .brand a{text-decoration:none;color:#1b1b1b}
            header.site .brand span{font-weight:normal;color:#555;font-size:.9rem}
            nav ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.2rem 1.1rem}
            nav a[aria-current=page]{font-weight:bold;text-decoration:none;border-bottom:3px solid #0b4f8a}
            main h1{font-size:1.55rem;margin:.6rem 0 .8rem}main h2{font-size:1.2rem;margin-top:1.6rem}
            footer{margin-top:2.5rem;border-top:1px solid #ccc;color:#555;font-size:.85rem}
            .lead{font-size:1.05rem;color:#333}.meta{color:#555;font-size:.9rem}
            table.plain{border-collapse:collapse;width:100%;margin:.5rem 0;font-size:.93rem}
            table.plain th,table.plain td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}
            table.plain th{background:#f1f1f1}table.catalogue td:first-child{min-width:13rem}
            table.settings{table-layout:fixed}table.settings th:nth-child(1){width:30%}table.settings th:nth-child(2){width:38%}
            form.inline .field{display:inline-block;margin-right:1.2rem;vertical-align:bottom}form.inline .field select{width:auto;max-width:22rem}
            fieldset{border:1px solid #ccc;margin:0 0 1rem;padding:.5rem 1rem 1rem}legend{font-weight:bold;padding:0 .3rem}
            .field{margin:.55rem 0}.field label{display:block;font-weight:600}
            .field input[type=text],.field input[type=date],.field select{width:100%;max-width:32rem;padding:.35rem;font:inherit;
                 border:1px solid #767676;border-radius:3px;box-sizing:border-box}
            .field input[aria-invalid=true]{border:2px solid #b00020}
            .hint{color:#555;font-size:.88rem;margin:.1rem 0}.error{color:#b00020;font-weight:600;margin:.15rem 0}
            .checks label{display:inline-block;font-weight:normal;margin:.15rem 1.2rem .15rem 0}
            button,.button{font:inherit;padding:.4rem 1rem;border:1px solid #0b4f8a;background:#0b4f8a;color:#fff;
                 border-radius:3px;cursor:pointer;text-decoration:none;display:inline-block;margin:.2rem .4rem .2rem 0}
            button.secondary,.button.secondary{background:#fff;color:#0b4f8a}
            .actions{margin:1rem 0}.notice{border-left:4px solid #0b4f8a;background:#eef4fa;padding:.5rem .8rem}
            .alert{border-left:4px solid #b00020;background:#fdecee;padding:.5rem .8rem}
            .cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(14rem,1fr));gap:1rem;padding:0;list-style:none}
            .cards li{border:1px solid #ccc;border-radius:4px;padding:.6rem 1rem}.cards h2{margin:.2rem 0 .3rem;font-size:1.1rem}
            .contract{border:1px solid #ccc;padding:0 1.5rem;margin:1rem 0;background:#fffdf8}
            progress{width:100%;max-width:32rem;height:1.2rem}
            @media print{.skip,header.site nav,footer,form,.actions,.no-print{display:none}body{max-width:none}
                 .contract{border:none;padding:0}}
            """;

    private final String footer;

    /** @param footer the footer line, plain text (the version of mc2 and the library in use) */
    Page(String footer) {
        this.footer = footer;
    }

    /**
     * A whole page.
     *
     * @param title    the document title, plain text
     * @param section  where the page belongs in the navigation
     * @param extraCss more CSS (a report writer's own, {@link #scoped}), or empty
     * @param body     the content of {@code main}, already HTML
     */
    String render(String title, Section section, String extraCss, String body) {
        return render(title, section, extraCss, "", body);
    }

    /** A whole page with more in its head (a refresh while work goes on). */
    String render(String title, Section section, String extraCss, String head, String body) {
        StringBuilder sb = new StringBuilder(body.length() + 8192);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append(head).append("<title>").append(escape(title)).append(" \u2014 mc2</title><style>").append(CSS).append(extraCss)
                .append("</style></head>\n<body>\n<a class=\"skip\" href=\"#main\">Skip to content</a>\n")
                .append("<header class=\"site\"><p class=\"brand\"><a href=\"/\">mc2</a> <span>medical-device cybersecurity contracts</span></p>\n")
                .append("<nav aria-label=\"Main\"><ul>");
        for (Section s : List.of(Section.DRAFT, Section.REVIEW, Section.PORTFOLIO, Section.NEGOTIATIONS, Section.PROFILES)) {
            sb.append("<li><a href=\"").append(s.path).append('"').append(s == section ? " aria-current=\"page\"" : "").append('>')
                    .append(escape(s.label)).append("</a></li>");
        }
        sb.append("</ul></nav></header>\n<main id=\"main\">\n").append(body).append("\n</main>\n<footer><p>")
                .append(escape(footer)).append("</p></footer>\n</body></html>\n");
        return sb.toString();
    }

    /** A page saying, in one line, why a request was refused. */
    String error(int status, String message) {
        String body = "<h1>" + escape(heading(status)) + "</h1>\n<p class=\"alert\" role=\"alert\">" + escape(message)
                + "</p>\n<p class=\"no-print\"><a href=\"/\">Start again</a></p>";
        return render(heading(status), Section.HOME, "", body);
    }

    private static String heading(int status) {
        return switch (status) {
            case 400 -> "The request was not understood";
            case 404 -> "Not found";
            case 409 -> "Already recorded";
            case 413 -> "Upload too large";
            case 415 -> "Not a Word document";
            case 422 -> "The document cannot be used";
            default -> "Something went wrong";
        };
    }

    /**
     * A writer's CSS made to apply only inside elements of class {@code cls} (CSS nesting), so a
     * report's or contract's own rules for body, headings and tables leave the page's alone.
     */
    static String scoped(String cls, String css) {
        return css.isBlank() ? "" : "." + cls + "{" + css + "}";
    }

    /** The parts of a self-contained HTML page a writer made: its CSS and what its body holds. */
    record Embedded(String css, String body) {
        private static final java.util.regex.Pattern HEADING = java.util.regex.Pattern.compile("<(/?)h([1-5])\\b");

        static Embedded of(String html) {
            return new Embedded(between(html, "<style>", "</style>"), between(html, "<body>", "</body>"));
        }

        /** Each heading one level down, so that the page's own h1 stays the only one. */
        Embedded demoted() {
            return new Embedded(css, HEADING.matcher(body).replaceAll(m -> "<" + m.group(1) + "h" + (Integer.parseInt(m.group(2)) + 1)));
        }

        private static String between(String html, String open, String close) {
            int from = html.indexOf(open);
            int to = html.lastIndexOf(close);
            return from < 0 || to < from ? "" : html.substring(from + open.length(), to);
        }
    }
}
