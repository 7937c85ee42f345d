package org.cadrage.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses publication dates as found in inputs: ISO {@code yyyy-MM-dd}, ISO date-times (with or without offset or
 * zone; a space may replace the {@code T}; the date is taken as written, not converted to UTC), and French
 * day-first dates {@code dd/MM/yyyy} or {@code d/M/yyyy}. Stateless and thread-safe.
 */
public final class DateParser {
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    private DateParser() {
    }

    /**
     * The date, or {@code null} when {@code value} is {@code null} or blank.
     *
     * @throws IllegalArgumentException when the value is not a date in a supported form (message names it)
     */
    public static LocalDate parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            Matcher m = ISO_DATE.matcher(v);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
            m = DAY_FIRST.matcher(v);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1)));
            }
            if (v.length() > 10 && ISO_DATE.matcher(v.substring(0, 10)).matches()) {
                String iso = v.charAt(10) == ' ' ? v.substring(0, 10) + 'T' + v.substring(11) : v;
                TemporalAccessor t = DateTimeFormatter.ISO_DATE_TIME.parse(iso);
                return LocalDate.from(t);
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("unparseable date '" + v + "': " + e.getMessage(), e);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("invalid date '" + v + "': " + e.getMessage(), e);
        }
        throw new IllegalArgumentException("unparseable date '" + v
                + "': expected yyyy-MM-dd, an ISO date-time or dd/MM/yyyy");
    }
}
