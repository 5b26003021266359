package io.mc2.serve;

import static io.mc2.write.html.HtmlContractWriter.escape;

/** A labelled choice of one profile of the folder (or none), and reading it back from a form. */
final class ProfileChoice {
    private ProfileChoice() {
    }

    /**
     * @param none     the label of the empty choice, or null for none
     * @param selected the id chosen, or null
     */
    static String select(String name, String label, String none, Catalogue catalogue, String selected, String hint) {
        StringBuilder sb = new StringBuilder("<div class=\"field\"><label for=\"").append(name).append("\">").append(escape(label))
                .append("</label>");
        if (hint != null) sb.append("<p class=\"hint\" id=\"").append(name).append("-hint\">").append(escape(hint)).append("</p>");
        sb.append("<select id=\"").append(name).append("\" name=\"").append(name).append('"')
                .append(hint == null ? "" : " aria-describedby=\"" + name + "-hint\"").append('>');
        if (none != null) sb.append("<option value=\"\">").append(escape(none)).append("</option>");
        for (Catalogue.Entry e : catalogue.profiles()) {
            if (e.profile() == null) continue;
            sb.append("<option value=\"").append(escape(e.id())).append('"').append(e.id().equals(selected) ? " selected" : "").append('>')
                    .append(escape(e.profile().name())).append(" (").append(escape(e.id())).append(" v").append(escape(e.profile().version()))
                    .append(")</option>");
        }
        return sb.append("</select></div>\n").toString();
    }

    /** The profile a form chose: null for none, a profile of the folder, else 400. */
    static String chosen(String value, Catalogue catalogue) {
        if (value == null || value.isEmpty()) return null;
        if (!catalogue.has(value)) throw HttpProblem.badRequest("choose one of the profiles listed");
        return value;
    }
}
