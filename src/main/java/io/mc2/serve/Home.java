package io.mc2.serve;

/** The start page: what each part of the web app is for. */
final class Home {
    private Home() {
    }

    static String render(Page page) {
        String b = """
                <h1>mc2: medical-device cybersecurity contracts</h1>
                <p class="lead">Draft the cybersecurity terms of a medical-device purchase from the clause library, and read
                what the manufacturer sends back, clause by clause, against your negotiation profile.</p>
                <ul class="cards">
                <li><h2><a href="/draft">New draft</a></h2><p>Choose a profile, fill in the deal, download the Word contract.</p></li>
                <li><h2><a href="/review">Review a return</a></h2><p>Upload the supplier's redline: what changed, whether it is
                acceptable, and our counter-redline.</p></li>
                <li><h2><a href="/portfolio">Portfolio</a></h2><p>Many suppliers' redlines at once, as a heat map of documents
                and clauses.</p></li>
                <li><h2><a href="/profiles">Profiles</a></h2><p>What each profile asks for and where every value comes from;
                compare two; download the published bundle.</p></li>
                </ul>
                """;
        return page.render("Home", Page.Section.HOME, "", b);
    }
}
