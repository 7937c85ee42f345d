package org.cadrage.extract.hedge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cadrage.model.HedgeKind;

/**
 * One entry of {@code hedge-markers.tsv}: an epistemic or distancing marker, its compiled pattern and the token
 * condition it must meet.
 *
 * @param kind      {@link HedgeKind#EPISTEMIC} or {@link HedgeKind#DISTANCING}
 * @param cue       the canonical entry, reported as the hedge's cue
 * @param pattern   the compiled pattern, to run on {@code NormalizedText.lower()}
 * @param condition the token condition
 * @param prefix    the literal text every match starts with (the pattern up to its first space or group), used
 *                  to find candidate positions quickly; never empty
 */
record Marker(HedgeKind kind, String cue, Pattern pattern, Condition condition, String prefix) {
    /** Token conditions, as documented in {@code hedge-markers.tsv}. */
    enum Condition { NONE, BEFORE_NOUN, BEFORE_INFINITIVE, NOT_VERB }

    private static final String LEFT = "(?<![\\p{L}\\p{N}])";
    private static final String RIGHT = "(?![\\p{L}\\p{N}])";

    Marker {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(condition, "condition");
        if (prefix == null || prefix.isEmpty()) {
            throw new IllegalArgumentException("marker '" + cue + "': the pattern must start with a literal letter");
        }
        if (kind != HedgeKind.EPISTEMIC && kind != HedgeKind.DISTANCING) {
            throw new IllegalArgumentException("marker '" + cue + "': kind must be EPISTEMIC or DISTANCING, got "
                    + kind);
        }
    }

    /** All markers of {@code hedge-markers.tsv}, in file order. */
    static List<Marker> load() {
        List<Marker> markers = new ArrayList<>();
        for (String[] row : Lexicons.rows("hedge-markers.tsv", 4, 4)) {
            try {
                markers.add(new Marker(HedgeKind.valueOf(row[0]), row[1], compile(row[2]),
                        Condition.valueOf(row[3].toUpperCase(Locale.ROOT).replace('-', '_')), literalPrefix(row[2])));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("hedge-markers.tsv: bad entry " + String.join(" | ", row) + ": "
                        + e.getMessage(), e);
            }
        }
        return List.copyOf(markers);
    }

    /** Finds every match in {@code lower}, trying only the positions where {@link #prefix} occurs. */
    List<MatchResult> matches(String lower) {
        List<MatchResult> found = new ArrayList<>();
        Matcher m = pattern.matcher(lower).useTransparentBounds(true).useAnchoringBounds(false);
        for (int at = lower.indexOf(prefix); at >= 0; at = lower.indexOf(prefix, at + 1)) {
            if (m.region(at, lower.length()).lookingAt()) {
                found.add(m.toMatchResult());
            }
        }
        return found;
    }

    private static String literalPrefix(String spec) {
        int end = 0;
        while (end < spec.length() && "( |)?".indexOf(spec.charAt(end)) < 0) {
            end++;
        }
        return end < spec.length() && "|?".indexOf(spec.charAt(end)) >= 0 ? "" : spec.substring(0, end);
    }

    /**
     * Compiles the data file's pattern syntax: lower-case letters, {@code '} and {@code -} literal, a space for
     * one or more white-space characters, {@code (a|b)} groups, {@code ?} after a group; word boundaries around.
     */
    static Pattern compile(String spec) {
        StringBuilder re = new StringBuilder(LEFT);
        int depth = 0;
        for (int i = 0; i < spec.length(); i++) {
            char c = spec.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth < 0 || c == '|' && depth == 0) {
                throw new IllegalArgumentException("pattern '" + spec + "': unbalanced ')' or '|' outside a group at "
                        + i);
            }
            if (c == ' ') {
                re.append("\\s+");
            } else if (c == '(') {
                re.append("(?:");
            } else if (c == ')' || c == '|' || c == '\'' || c == '-') {
                re.append(c);
            } else if (c == '?' && i > 0 && spec.charAt(i - 1) == ')') {
                re.append(c);
            } else if (Character.isLetter(c) && Character.isLowerCase(c)) {
                re.append(c);
            } else {
                throw new IllegalArgumentException("pattern '" + spec + "': character '" + c + "' at " + i
                        + " is not allowed (lower-case letters, space, ' - ( | ) and )? only)");
            }
        }
        if (depth != 0) {
            throw new IllegalArgumentException("pattern '" + spec + "': unclosed '('");
        }
        return Pattern.compile(re.append(RIGHT).toString());
    }
}
