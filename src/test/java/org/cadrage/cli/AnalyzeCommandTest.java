package org.cadrage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Usage errors are caught before any model is loaded, with exit code 2 and a one-line message. */
class AnalyzeCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void missingPathIsAUsageError() {
        assertEquals(2, run("analyze", "no/such/folder"));
        assertTrue(err.toString().contains("input not found: no/such/folder"), err.toString());
        assertTrue(!err.toString().contains("Loading"), "fails before loading models");
    }

    @Test
    void explicitFileOfUnknownFormatIsAUsageError() {
        assertEquals(2, run("analyze", "pom.xml"));
        assertTrue(err.toString().contains("unknown format of pom.xml"), err.toString());
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(2, run("analyze", "--frobnicate", "x"));
        assertTrue(err.toString().contains("--frobnicate"), err.toString());
    }

    @Test
    void badDelimiterAndUnknownColumnFieldAreUsageErrors() {
        assertEquals(2, run("analyze", "--delimiter", ";;", "."));
        assertTrue(err.toString().contains("--delimiter takes one character"), err.toString());
        assertEquals(2, run("analyze", "--columns", "author=Auteur", "."));
        assertTrue(err.toString().contains("unknown field 'author'"), err.toString());
    }

    @Test
    void anAssumedDateMustBeAnIsoDate() {
        assertEquals(2, run("analyze", "--assume-date", "2022-13-01", "."));
        assertTrue(err.toString().contains("--assume-date") && err.toString().contains("2022-13-01"), err.toString());
    }

    @Test
    void helpListsTheCommands() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("analyze") && out.toString().contains("bench"), out.toString());
    }
}
