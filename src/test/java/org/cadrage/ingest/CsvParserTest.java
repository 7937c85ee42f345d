package org.cadrage.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvParserTest {
    private static List<CsvParser.Record> parse(String csv, char delimiter, int fields) throws Exception {
        CsvParser p = new CsvParser(new StringReader(csv), delimiter);
        List<CsvParser.Record> out = new ArrayList<>();
        out.add(p.next());
        p.expectFields(fields);
        for (CsvParser.Record r = p.next(); r != null; r = p.next()) {
            out.add(r);
        }
        return out;
    }

    @Test
    void rfc4180QuotingWithMultiLineFieldKeepsTextExactly() throws Exception {
        List<CsvParser.Record> rs = parse("date;titre\r\n01/03/2022;\"Un « titre »; avec \"\"guillemets\"\"\r\nsur deux lignes\"\r\n"
                + "02/03/2022;Simple\r\n", ';', 2);
        assertEquals(3, rs.size());
        assertEquals(List.of("01/03/2022", "Un « titre »; avec \"guillemets\"\r\nsur deux lignes"), rs.get(1).fields());
        assertEquals(2, rs.get(1).line());
        assertEquals(4, rs.get(2).line());
        assertEquals(List.of("02/03/2022", "Simple"), rs.get(2).fields());
        assertTrue(rs.get(1).warnings().isEmpty());
    }

    @Test
    void unclosedQuoteRecoversAtLineEndWhenNextLineIsARecord() throws Exception {
        List<CsvParser.Record> rs = parse("date;media;titre\n01/03/2022;Le Quotidien;\"Titre sans fin\n"
                + "02/03/2022;Le Soir;Autre titre\n", ';', 3);
        assertEquals(3, rs.size());
        assertEquals("Titre sans fin", rs.get(1).fields().get(2));
        assertEquals(1, rs.get(1).warnings().size());
        assertTrue(rs.get(1).warnings().get(0).contains("never closes"), rs.get(1).warnings().toString());
        assertEquals(List.of("02/03/2022", "Le Soir", "Autre titre"), rs.get(2).fields());
        assertEquals(3, rs.get(2).line());
    }

    @Test
    void quoteOpenUntilEndOfFileIsRewoundToItsFirstLine() throws Exception {
        List<CsvParser.Record> rs = parse("id,titre\n1,\"début\nsuite libre\nencore\n", ',', 2);
        assertEquals("début", rs.get(1).fields().get(1));
        assertEquals(List.of("suite libre"), rs.get(2).fields());
        assertEquals(3, rs.get(2).line());
        assertEquals(List.of("encore"), rs.get(3).fields());
        assertEquals(4, rs.size());
    }

    @Test
    void strayQuoteIsKeptAndReported() throws Exception {
        List<CsvParser.Record> rs = parse("a,b\n\"dit \"non\" ici\",x\n", ',', 2);
        assertEquals("dit \"non\" ici\"", rs.get(1).fields().get(0));
        assertEquals("x", rs.get(1).fields().get(1));
        assertTrue(rs.get(1).warnings().get(0).startsWith("stray quote"));
    }

    @Test
    void blankLinesAreNotRecords() throws Exception {
        CsvParser p = new CsvParser(new StringReader("a\n\n  \nb"), ',');
        assertEquals(List.of("a"), p.next().fields());
        CsvParser.Record b = p.next();
        assertEquals(List.of("b"), b.fields());
        assertEquals(4, b.line());
        assertNull(p.next());
    }

    @Test
    void delimiterDetectionCountsOutsideQuotes() {
        assertEquals(';', CsvSource.detectDelimiter(List.of("date;media;titre", "01/03/2022;X;\"a, b, c\"")));
        assertEquals(',', CsvSource.detectDelimiter(List.of("date,media,titre", "01/03/2022,X,\"a; b; c\"")));
        assertEquals('\t', CsvSource.detectDelimiter(List.of("date\ttitre", "2022-03-01\tUn titre, enfin")));
        assertEquals('|', CsvSource.detectDelimiter(List.of("id|text", "1|Bonjour; salut")));
        assertEquals(',', CsvSource.detectDelimiter(List.of("titre")));
    }
}
