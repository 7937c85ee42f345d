package org.cadrage.extract.camp;

import org.cadrage.extract.DataFile;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.cadrage.model.Camp;

/**
 * Title patterns and cue words ({@code titles.tsv}, documented in its header): countries and nationality adjectives
 * with their camps, title nouns, anonymous, expert and media nouns, and function words. Immutable after parsing,
 * hence thread-safe.
 */
final class TitleCues {
    static final Set<String> KINDS = Set.of("country", "nationality", "official", "anonymous", "expert", "media",
            "document",
            "state", "former", "indefinite", "lead", "pronoun");

    /**
     * One cue word or phrase.
     *
     * @param code country or bloc code for {@code country} and {@code nationality}, otherwise {@code null}
     * @param camp the camp of a country or nationality, otherwise {@code null}
     */
    record Cue(String kind, String code, Camp camp, String form) {
    }

    final PhraseIndex<Cue> index;
    final Map<String, Camp> campByCode;

    private TitleCues(PhraseIndex<Cue> index, Map<String, Camp> campByCode) {
        this.index = index;
        this.campByCode = Map.copyOf(campByCode);
    }

    /**
     * Parses {@code titles.tsv} content.
     *
     * @throws IllegalArgumentException naming {@code source} and the line of a malformed entry
     */
    static TitleCues parse(String content, String source) {
        PhraseIndex<Cue> index = new PhraseIndex<>();
        Map<String, Camp> campByCode = new HashMap<>();
        Map<String, Integer> nationalityLines = new HashMap<>();
        for (DataFile.Line entry : DataFile.lines(content, source)) {
            String line = entry.text();
            String where = entry.where();
            try {
                String[] c = columns(line, 4);
                String kind = c[0];
                if (!KINDS.contains(kind)) {
                    throw new IllegalArgumentException("unknown kind '" + kind + "', expected one of "
                            + KINDS.stream().sorted().toList());
                }
                boolean side = kind.equals("country") || kind.equals("nationality");
                if (side == c[1].equals("-")) {
                    throw new IllegalArgumentException(side ? kind + " needs a code" : kind + " takes no code, use '-'");
                }
                if (kind.equals("country") == c[2].equals("-")) {
                    throw new IllegalArgumentException(kind.equals("country") ? "country needs a camp"
                            : kind + " takes no camp, use '-'");
                }
                Camp camp = null;
                if (kind.equals("country")) {
                    camp = namedCamp(c[2]);
                    Camp previous = campByCode.put(c[1], camp);
                    if (previous != null && previous != camp) {
                        throw new IllegalArgumentException("country " + c[1] + " already has camp " + previous.id());
                    }
                } else if (kind.equals("nationality")) {
                    nationalityLines.putIfAbsent(c[1], entry.number());
                }
                for (String form : c[3].split("\\|")) {
                    if (form.isBlank()) {
                        throw new IllegalArgumentException("empty form");
                    }
                    Cue cue = new Cue(kind, side ? c[1] : null, camp, form.strip());
                    Cue previous = index.add(cue.form(), cue);
                    if (previous != null) {
                        throw new IllegalArgumentException("form '" + cue.form() + "' is already a " + previous.kind()
                                + " (" + previous.form() + ")");
                    }
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
        }
        for (Map.Entry<String, Integer> e : nationalityLines.entrySet()) {
            if (!campByCode.containsKey(e.getKey())) {
                throw new IllegalArgumentException(source + " line " + e.getValue() + ": nationality code "
                        + e.getKey() + " has no country line");
            }
        }
        return new TitleCues(index, campByCode);
    }

    /** The camp of a side (country or nationality cue). */
    Camp camp(Cue side) {
        return side.camp() != null ? side.camp() : campByCode.get(side.code());
    }

    static String[] columns(String line, int count) {
        String[] c = line.split("\t", -1);
        if (c.length != count) {
            throw new IllegalArgumentException("expected " + count + " tab-separated columns, found " + c.length);
        }
        Set<Integer> empty = new HashSet<>();
        for (int i = 0; i < c.length; i++) {
            c[i] = c[i].strip();
            if (c[i].isEmpty()) {
                empty.add(i + 1);
            }
        }
        if (!empty.isEmpty()) {
            throw new IllegalArgumentException("column " + empty.iterator().next() + " is empty (use '-' for none)");
        }
        return c;
    }

    /** A camp that names a side: every camp but anonymous and unknown. */
    static Camp namedCamp(String id) {
        Camp camp = Camp.fromId(id);
        if (camp == Camp.ANONYMOUS || camp == Camp.UNKNOWN) {
            throw new IllegalArgumentException("camp '" + id + "' cannot be given by a data file");
        }
        return camp;
    }

}
