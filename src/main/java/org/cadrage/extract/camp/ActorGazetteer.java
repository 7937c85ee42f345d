package org.cadrage.extract.camp;

import org.cadrage.extract.DataFile;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cadrage.model.Camp;

/**
 * The actor gazetteer ({@code actors.tsv}, documented in its header): people with their periods in office,
 * institutions and places standing for a government. Immutable after parsing, hence thread-safe.
 */
final class ActorGazetteer {
    static final Set<String> KINDS = Set.of("person", "institution", "place");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /** For articles without a date: offices that ended before this day are considered over. */
    static final LocalDate UNDATED_CUTOFF = LocalDate.of(2020, 1, 1);

    /** One period of an actor: {@code [from, to)}, either end {@code null} when open. */
    record Period(Camp camp, String country, LocalDate from, LocalDate to, String role) {
        boolean contains(LocalDate date) {
            return (from == null || !date.isBefore(from)) && (to == null || date.isBefore(to));
        }
    }

    /** An actor and its periods, in file order. */
    record Actor(String name, String kind, List<Period> periods) {
        /**
         * The period in force on {@code date}, or {@code null}. An undated article is taken as recent: the latest
         * period applies unless it ended before {@link #UNDATED_CUTOFF} (a statesman out of office for years, such
         * as a former secretary of state quoted as a commentator).
         */
        Period at(LocalDate date) {
            if (date == null) {
                Period last = periods.stream().max(java.util.Comparator.comparing(
                        p -> p.from() == null ? LocalDate.MIN : p.from())).orElseThrow();
                return last.to() == null || !last.to().isBefore(UNDATED_CUTOFF) ? last : null;
            }
            return periods.stream().filter(p -> p.contains(date)).findFirst().orElse(null);
        }
    }

    final PhraseIndex<Actor> index;

    private ActorGazetteer(PhraseIndex<Actor> index) {
        this.index = index;
    }

    /**
     * Parses {@code actors.tsv} content.
     *
     * @throws IllegalArgumentException naming {@code source} and the line of a malformed entry
     */
    static ActorGazetteer parse(String content, String source) {
        Map<String, Actor> actors = new LinkedHashMap<>();
        PhraseIndex<Actor> index = new PhraseIndex<>();
        for (DataFile.Line entry : DataFile.lines(content, source)) {
            String line = entry.text();
            String where = entry.where();
            try {
                String[] c = TitleCues.columns(line, 8);
                String name = c[0];
                if (!KINDS.contains(c[1])) {
                    throw new IllegalArgumentException("unknown kind '" + c[1] + "', expected one of "
                            + KINDS.stream().sorted().toList());
                }
                Camp camp = TitleCues.namedCamp(c[2]);
                if (!c[3].equals("-") && !COUNTRIES.contains(c[3])) {
                    throw new IllegalArgumentException("unknown ISO 3166-1 alpha-2 country code '" + c[3] + "'");
                }
                Period period = new Period(camp, c[3].equals("-") ? null : c[3], date(c[4]), date(c[5]), c[7]);
                if (period.from() != null && period.to() != null && !period.from().isBefore(period.to())) {
                    throw new IllegalArgumentException("period " + c[4] + " to " + c[5] + " is empty");
                }
                Actor actor = actors.get(name);
                if (actor == null) {
                    actor = new Actor(name, c[1], new ArrayList<>());
                    actors.put(name, actor);
                } else if (!actor.kind().equals(c[1])) {
                    throw new IllegalArgumentException(name + " is a " + actor.kind() + " on an earlier line, not a "
                            + c[1]);
                }
                for (Period p : actor.periods()) {
                    if (overlap(p, period)) {
                        throw new IllegalArgumentException("period " + c[4] + " to " + c[5] + " of " + name
                                + " overlaps an earlier one");
                    }
                }
                actor.periods().add(period);
                List<String> variants = new ArrayList<>(List.of(name));
                if (!c[6].equals("-")) {
                    variants.addAll(List.of(c[6].split("\\|")));
                }
                for (String v : variants) {
                    if (v.isBlank()) {
                        throw new IllegalArgumentException("empty variant of " + name);
                    }
                    Actor previous = index.add(v.strip(), actor);
                    if (previous != null && previous != actor) {
                        throw new IllegalArgumentException("variant '" + v.strip() + "' of " + name
                                + " already belongs to " + previous.name());
                    }
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
        }
        return new ActorGazetteer(index);
    }

    private static boolean overlap(Period a, Period b) {
        boolean aEndsBeforeB = a.to() != null && b.from() != null && !a.to().isAfter(b.from());
        boolean bEndsBeforeA = b.to() != null && a.from() != null && !b.to().isAfter(a.from());
        return !aEndsBeforeB && !bEndsBeforeA;
    }

    private static LocalDate date(String s) {
        if (s.equals("-")) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("invalid date '" + s + "', expected yyyy-mm-dd or '-'", e);
        }
    }
}
