package org.cadrage.aggregate;

import java.time.LocalDate;
import java.util.Objects;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * The linear trend of one index for one outlet: the ordinary-least-squares slope of the article values on the
 * publication date (days since the outlet's first article in the selection), reported per 30 days, with a
 * {@code 1 - alpha} t-interval (Commons Math {@link SimpleRegression}, n - 2 degrees of freedom).
 *
 * <p>Immutable and thread-safe.
 *
 * @param outlet         the outlet
 * @param index          the index id ({@link ArticleIndex#id()})
 * @param n              dated articles where the index is defined
 * @param first          the earliest of those articles' dates, or {@code null} when n is 0
 * @param last           the latest, or {@code null}
 * @param slopePer30Days the slope times 30, or {@code null} when n < 3 or all the articles share one date
 * @param ciLow          lower bound of the slope's interval (per 30 days), or {@code null} with the slope
 * @param ciHigh         upper bound, or {@code null} with the slope
 */
public record TrendSlope(String outlet, String index, int n, LocalDate first, LocalDate last, Double slopePer30Days,
                         Double ciLow, Double ciHigh) {
    public TrendSlope {
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(index, "index");
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, got " + n);
        }
    }

    /**
     * Fits the trend.
     *
     * @param epochDays each article's date as {@link LocalDate#toEpochDay()}
     * @param values    each article's value, aligned with {@code epochDays}, all finite
     */
    public static TrendSlope fit(String outlet, String index, int[] epochDays, double[] values, double alpha) {
        if (epochDays.length != values.length) {
            throw new IllegalArgumentException(epochDays.length + " dates for " + values.length + " values");
        }
        int n = values.length;
        if (n == 0) {
            return new TrendSlope(outlet, index, 0, null, null, null, null, null);
        }
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int d : epochDays) {
            min = Math.min(min, d);
            max = Math.max(max, d);
        }
        LocalDate first = LocalDate.ofEpochDay(min);
        LocalDate last = LocalDate.ofEpochDay(max);
        if (n < 3 || min == max) {
            return new TrendSlope(outlet, index, n, first, last, null, null, null);
        }
        SimpleRegression regression = new SimpleRegression();
        for (int i = 0; i < n; i++) {
            regression.addData(epochDays[i] - min, values[i]);
        }
        double slope = regression.getSlope() * 30;
        double half = regression.getSlopeConfidenceInterval(alpha) * 30;
        return new TrendSlope(outlet, index, n, first, last, slope, slope - half, slope + half);
    }
}
