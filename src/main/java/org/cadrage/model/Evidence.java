package org.cadrage.model;

import java.util.Comparator;
import java.util.List;

/** All evidence found in one article, each list sorted by offset. */
public record Evidence(List<Hedge> hedges, List<Credit> credits, List<Attribution> attributions,
                       List<Boilerplate> boilerplate) {
    public Evidence {
        hedges = hedges.stream().sorted(Comparator.comparing(Hedge::span)).toList();
        credits = credits.stream().sorted(Comparator.comparing(Credit::span)).toList();
        attributions = List.copyOf(attributions);
        boilerplate = boilerplate.stream().sorted(Comparator.comparing(Boilerplate::span)).toList();
    }
}
