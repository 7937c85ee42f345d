package org.cadrage.aggregate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Objects;

/**
 * The period a time series groups articles by. A bucket is named by its first day: the day itself, the ISO week's
 * Monday (ISO 8601 weeks start on Monday; week 1 holds the year's first Thursday) or the month's first day.
 *
 * <p>Immutable and thread-safe; methods reject {@code null}.
 */
public enum Bucket {
    DAY, WEEK, MONTH;

    /** The first day of the bucket holding {@code date}. */
    public LocalDate start(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return switch (this) {
            case DAY -> date;
            case WEEK -> date.with(DayOfWeek.MONDAY);
            case MONTH -> date.withDayOfMonth(1);
        };
    }

    /** A readable name of the bucket starting at {@code start}: {@code 2022-02-24}, {@code 2022-W08}, {@code 2022-02}. */
    public String label(LocalDate start) {
        Objects.requireNonNull(start, "start");
        return switch (this) {
            case DAY -> start.toString();
            case WEEK -> String.format(Locale.ROOT, "%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                    start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> String.format(Locale.ROOT, "%d-%02d", start.getYear(), start.getMonthValue());
        };
    }

    /** The lower-case identifier ({@code week}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The bucket with this identifier, any case.
     *
     * @throws IllegalArgumentException naming the value when it is none of day, week, month
     */
    public static Bucket fromId(String id) {
        for (Bucket b : values()) {
            if (b.id().equalsIgnoreCase(String.valueOf(id).trim())) {
                return b;
            }
        }
        throw new IllegalArgumentException("unknown bucket '" + id + "', expected day, week or month");
    }
}
