package io.mc2.app;

import io.mc2.align.AlignedSegment;
import io.mc2.align.SentParagraph;
import io.mc2.align.Text;
import io.mc2.assemble.Assembler;
import io.mc2.gap.GapReport;
import io.mc2.gap.Verdict;
import io.mc2.library.Clause;
import io.mc2.library.Parameter;
import io.mc2.model.Block;
import io.mc2.model.ClauseInstance;
import io.mc2.profile.Position;
import io.mc2.profile.ProfileClause;
import io.mc2.template.ClauseRenderer;
import io.mc2.template.CrossReferences;
import io.mc2.template.ParameterValue;
import io.mc2.template.TemplateInputs;
import io.mc2.template.TemplateProblem;
import io.mc2.template.ValueText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The text we counter with where a change needs escalation: the clause in the wording the supplier
 * chose, each value theirs where it is acceptable to us and our fallback where it is not.
 */
final class FallbackText {

    /**
     * @param paragraphs the clause as we now propose it, heading first
     * @param proposed   every parameter's value as now proposed
     */
    record Counter(List<String> paragraphs, Map<String, Object> proposed) {
    }

    private final GapWorkflow.Result gap;
    private final ClauseRenderer renderer;

    FallbackText(GapWorkflow.Result gap, ClauseRenderer renderer) {
        this.gap = gap;
        this.renderer = renderer;
    }

    /** Our counter for the clause, or null when it cannot be written (no wording recognised, a template problem). */
    Counter of(GapReport.ClauseReport c, AlignedSegment seg) {
        Clause clause = gap.library().clauses().get(c.id());
        ProfileClause pc = gap.profile().clauses().get(c.id());
        if (clause == null || pc == null || c.variant() == null || c.variant().found() == null) return null;
        Map<String, ParameterValue> values = new LinkedHashMap<>();
        Map<String, Object> proposed = new LinkedHashMap<>();
        for (Parameter p : clause.parameters().values()) {
            Position pos = pc.parameters().get(p.name());
            Object v = pos.sent().value();
            for (GapReport.ParameterReport pr : c.parameters()) {
                if (!pr.name().equals(p.name()) || pr.found() == null) continue;
                boolean acceptable = pr.verdict() == Verdict.MEETS_PREFERRED || pr.verdict() == Verdict.WITHIN_FALLBACK;
                if (acceptable) v = ValueText.fromPlain(p, pr.found());
                else if (pos.fallback() != null) v = pos.fallback().value();
            }
            Object value = v instanceof BigDecimal b ? b.stripTrailingZeros() : v;
            values.put(p.name(), new ParameterValue(p, value));
            proposed.put(p.name(), value);
        }
        Map<String, String> numbers = new LinkedHashMap<>();
        for (ClauseInstance ci : gap.sent().clauses()) numbers.put(ci.id(), ci.number());
        List<Block> blocks;
        try {
            blocks = renderer.render(c.id() + "/" + c.variant().found(), clause.variants().get(c.variant().found()).template(),
                    new TemplateInputs(gap.profile().mdmName().value(), gap.profile().hdoName().value(), values,
                            new CrossReferences(numbers::containsKey), Assembler.dealView(gap.deal())),
                    id -> numbers.getOrDefault(id, id));
        } catch (TemplateProblem e) {
            return null;
        }
        List<String> wanted = new ArrayList<>();
        seg.sent().stream().filter(SentParagraph::heading).findFirst().ifPresent(h -> wanted.add(h.text()));
        for (Block b : blocks) wanted.add(Text.normalise(b.plainText()));
        return new Counter(wanted, proposed);
    }
}
