package org.cadrage.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ratings from a small invented ratings folder with the shared files' column layout. */
class ExternalRatingsTest {
    @TempDir
    Path dir;
    ExternalRatings ratings;

    @BeforeEach
    void writeRatings() throws IOException {
        Files.createDirectories(dir.resolve("decodex"));
        Files.writeString(dir.resolve(ExternalRatings.DECODEX), """
                id,url,fiability,description,label,slug
                10,lequotidien.fr,4,"Un quotidien généraliste, dit « sérieux », qui cite ""ses sources"".",Le Quotidien,le-quotidien
                11,www.radio-horizon.com,2,Une radio qui relaie des rumeurs.,Radio Horizon,radio-horizon
                12,facebook.com/page.horizon,2,Une page.,Page Horizon,page-horizon
                13,echo-est.fr,4,Un journal régional.,L'Écho,l-echo
                14,echo-ouest.fr,2,Un autre journal.,L'Echo,l-echo-2
                """);
        Files.writeString(dir.resolve(ExternalRatings.DECODEX_ENRICHED), """
                Id,Label,description,attr_home,Decodex,Fiabilité,Catégorie,Orientation contenu,Synthèse,Fiabilité et orientation
                a,Le Quotidien,x,http://www.lequotidien.fr,4,Plutôt fiable,Presse,Centre,y,z
                b,Radio Horizon,x,http://radio-horizon.com/fr,2,Peu fiable,Radio,Autre,y,z
                """);
        Files.createDirectories(dir.resolve(ExternalRatings.MBFC).getParent());
        Files.writeString(dir.resolve(ExternalRatings.MBFC), """
                source,country,bias,factual_reporting,press_freedom,media_type,popularity,mbfc_credibility_rating,nela_gt_label
                lequotidien.fr,france,left-center,high,mostly free,newspaper,high traffic,high credibility,reliable
                radio-horizon.com,russia,right,very low,limited freedom,radio,medium traffic,low credibility,unreliable
                """);
        ratings = ExternalRatings.load(dir);
    }

    @Test
    void matchesByNameIgnoringCaseArticleAndAccents() {
        ExternalRatings.OutletRating r = ratings.find("LE QUOTIDIEN", null);
        assertEquals(4, r.decodex().level());
        assertEquals("Plutôt fiable", r.decodex().levelName());
        assertEquals("Centre", r.decodex().orientation());
        assertEquals("Un quotidien généraliste, dit « sérieux », qui cite \"ses sources\".", r.decodex().description());
        assertEquals("high", r.mbfc().factualReporting());
        assertEquals("left-center", r.mbfc().bias());
        assertEquals("lequotidien.fr", ratings.find("Quotidien", null).decodex().site());
        assertEquals(2, ratings.find("radio horizon", null).decodex().level());
    }

    @Test
    void matchesByDomain() {
        ExternalRatings.OutletRating r = ratings.find("Horizon FM", "https://www.radio-horizon.com/article/1");
        assertEquals("radio-horizon.com", r.decodex().site());
        assertEquals("very low", r.mbfc().factualReporting());
        assertEquals("Peu fiable", r.decodex().levelName());
        assertEquals("lequotidien.fr", ratings.find("lequotidien.fr", null).decodex().site());
        assertEquals("lequotidien.fr", ratings.find("Le Quotidien", "lequotidien.fr").mbfc().domain());
    }

    @Test
    void unknownOrAmbiguousOutletsGetNothing() {
        assertNull(ratings.find("Le Quotidien du Soir", null));
        assertNull(ratings.find(null, null));
        assertNull(ratings.find("L'Écho", null), "two sites called L'Echo disagree: no guess");
        assertEquals(4, ratings.find("L'Écho", "echo-est.fr").decodex().level(), "the domain decides");
        assertNull(ratings.find("Page Horizon", null), "pages of a platform are not sites");
        assertNull(ExternalRatings.none().find("Le Quotidien", "lequotidien.fr"));
    }

    @Test
    void keysAndHosts() {
        assertEquals(Set.of("lemonde", "monde"), ExternalRatings.keys("Le Monde"));
        assertEquals(Set.of("lemonde"), ExternalRatings.keys("https://www.lemonde.fr/international/"));
        assertEquals(Set.of("lexpress", "express"), ExternalRatings.keys("L\u2019Express"));
        assertEquals("fr.example.com", ExternalRatings.host("HTTPS://www.fr.example.com:443/a?b"));
    }

    @Test
    void missingFolderFailsClearly() {
        IOException e = assertThrows(IOException.class, () -> ExternalRatings.load(dir.resolve("nope")));
        assertEquals("ratings folder " + dir.resolve("nope") + " does not exist", e.getMessage());
    }
}
