package org.cadrage.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Reads the real ratings under ../shared/data/outlets. */
class ExternalRatingsIT {
    private static ExternalRatings load() throws IOException {
        return ExternalRatings.load(Path.of(System.getProperty("cadrage.shared", "../shared"), "data", "outlets"));
    }

    @Test
    void wellKnownOutletsAreFound() throws IOException {
        ExternalRatings ratings = load();
        ExternalRatings.OutletRating monde = ratings.find("Le Monde", "lemonde.fr");
        assertNotNull(monde);
        assertEquals("lemonde.fr", monde.decodex().site());
        assertEquals(4, monde.decodex().level());
        assertEquals("high", monde.mbfc().factualReporting());
        ExternalRatings.OutletRating rt = ratings.find("RT", "rt.com");
        assertEquals(3, rt.decodex().level());
        assertEquals("very low", rt.mbfc().factualReporting());
        assertEquals(4, ratings.find("Le Monde", null).decodex().level(), "by name alone");
        assertNull(ratings.find("Gazette imaginaire de Trifouillis", null));
    }
}
