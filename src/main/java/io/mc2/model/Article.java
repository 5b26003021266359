package io.mc2.model;

import java.util.List;

/** A numbered article (level-1 heading) grouping the clauses of one topic. */
public record Article(int number, String topic, String title, List<ClauseInstance> clauses) {
    public Article {
        clauses = List.copyOf(clauses);
    }
}
