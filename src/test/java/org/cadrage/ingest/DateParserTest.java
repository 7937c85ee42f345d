package org.cadrage.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateParserTest {
    @Test
    void isoAndFrenchDates() {
        assertEquals(LocalDate.of(2022, 2, 24), DateParser.parse("2022-02-24"));
        assertEquals(LocalDate.of(2022, 2, 24), DateParser.parse("24/02/2022"));
        assertEquals(LocalDate.of(2022, 3, 5), DateParser.parse(" 5/3/2022 "));
        assertEquals(LocalDate.of(2022, 2, 24), DateParser.parse("2022-02-24T23:30:00+01:00"));
        assertEquals(LocalDate.of(2022, 2, 24), DateParser.parse("2022-02-24 08:15:00"));
        assertEquals(LocalDate.of(2022, 2, 24), DateParser.parse("2022-02-24T08:15Z"));
        assertNull(DateParser.parse("  "));
        assertNull(DateParser.parse(null));
    }

    @Test
    void badDatesNameTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DateParser.parse("hier"));
        assertTrue(e.getMessage().contains("'hier'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DateParser.parse("31/02/2022"));
        assertThrows(IllegalArgumentException.class, () -> DateParser.parse("2022-02-24Tmidi"));
    }
}
