package io.mc2.playbook;

import io.mc2.problem.Problem;
import io.mc2.profile.Sourced;

/** Where a profile value was set, as users read it: "profiles/gpo-standard.yaml:42" or "(default)". */
final class Provenance {
    static final String DEFAULT = "(default)";

    private Provenance() {
    }

    static String of(Sourced<?> s) {
        if (s == null || s.file() == null) return DEFAULT;
        return Problem.display(s.file()) + (s.line() > 0 ? ":" + s.line() : "");
    }

    static String file(Sourced<?> s) {
        return s == null || s.file() == null ? null : Problem.display(s.file());
    }
}
