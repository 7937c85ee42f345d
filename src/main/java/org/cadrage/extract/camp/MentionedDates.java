package org.cadrage.extract.camp;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lower bound for the date of an undated article: the latest calendar date its text writes in full (« le 24
 * février 2022 », « 1er mars 2022 », « 24/02/2022 ») or as a month (« en septembre 2022 », read as the month's
 * first day). An article is written on or after most dates it reports, so office holders are looked up on that day
 * rather than « today ». Bare years (« depuis 2014 », « d'ici 2030 ») are not dates. A text that names the
 * full-scale war as under way (« l'invasion russe », « l'opération militaire spéciale ») is at least from 24 February
 * 2022 ({@link #lowerBound}). Stateless; thread-safe.
 */
final class MentionedDates {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("janvier", 1), Map.entry("février", 2),
            Map.entry("fevrier", 2), Map.entry("mars", 3), Map.entry("avril", 4), Map.entry("mai", 5),
            Map.entry("juin", 6), Map.entry("juillet", 7), Map.entry("août", 8), Map.entry("aout", 8),
            Map.entry("septembre", 9), Map.entry("octobre", 10), Map.entry("novembre", 11),
            Map.entry("décembre", 12), Map.entry("decembre", 12));
    private static final Pattern WRITTEN = Pattern.compile("(?iu)(?<![\\p{L}\\d])(?:(\\d{1,2}|1er)[\\s\\u00A0\\u202F]+)?"
            + "(janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)"
            + "[\\s\\u00A0\\u202F]+((?:19|20)\\d\\d)(?!\\d)");
    private static final Pattern NUMERIC = Pattern.compile("(?<!\\d)(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d\\d)(?!\\d)");

    /** The day Russia's full-scale invasion of Ukraine began. */
    static final LocalDate INVASION = LocalDate.of(2022, 2, 24);
    /**
     * Words that name the full-scale war as under way: a text that writes them was written on or after
     * {@link #INVASION} (« l'invasion russe de l'Ukraine », « l'opération militaire spéciale », « la guerre en
     * Ukraine »).
     */
    private static final Pattern WAR = Pattern.compile("(?iu)\\b(?:invasion\\s+(?:russe\\s+)?(?:de\\s+l['’]\\s*|en\\s+)Ukraine"
            + "|op[ée]ration\\s+militaire\\s+sp[ée]ciale|guerre\\s+(?:russe\\s+)?en\\s+Ukraine"
            + "|offensive\\s+russe\\s+en\\s+Ukraine|invasion\\s+russe)\\b");

    private MentionedDates() {
    }

    /**
     * The lower bound used to date an undated article: the latest date {@code text} writes, or the first day of the
     * full-scale war when it names that war as under way and writes no later date; {@code null} when neither.
     */
    static LocalDate lowerBound(String text) {
        LocalDate written = latest(text);
        return WAR.matcher(text).find() ? later(written, INVASION) : written;
    }

    /** The latest date written in {@code text}, or {@code null} when it writes none. */
    static LocalDate latest(String text) {
        LocalDate latest = null;
        Matcher m = WRITTEN.matcher(text);
        while (m.find()) {
            int day = m.group(1) == null ? 1 : m.group(1).equalsIgnoreCase("1er") ? 1 : Integer.parseInt(m.group(1));
            latest = later(latest, date(Integer.parseInt(m.group(3)),
                    MONTHS.get(m.group(2).toLowerCase(Locale.ROOT)), day));
        }
        m = NUMERIC.matcher(text);
        while (m.find()) {
            latest = later(latest, date(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(1))));
        }
        return latest;
    }

    private static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null; // « 31 février 2022 », « 45/13/2022 »: not a date
        }
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        if (b == null) {
            return a;
        }
        return a == null || b.isAfter(a) ? b : a;
    }
}
