package org.cadrage.report.export;

import java.math.BigDecimal;

/** Cell-level rules shared by the XLSX and CSV sinks. Stateless and thread-safe. */
final class Cells {
    /** Characters that make a spreadsheet read a text cell as a formula when they come first. */
    static final String FORMULA_STARTS = "=+-@\t\r";

    private Cells() {
    }

    /** Whether {@code text} starts like a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab or CR). */
    static boolean formulaLike(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
    }

    /** A number as plain decimal text: integers without a fraction, doubles without exponent or trailing zeros. */
    static String number(Number n) {
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("cannot export non-finite number " + d);
            }
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return n.toString();
    }
}
