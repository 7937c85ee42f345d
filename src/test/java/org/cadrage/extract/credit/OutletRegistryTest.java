package org.cadrage.extract.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutletRegistryTest {
    private static final OutletRegistry REGISTRY = OutletRegistry.load();
    private static final String HEADER = "# test registry\n\n";
    private static final String GOOD = "Agence X\tAX|Agence Ixe\tax.example.com\tFR\tnews_agency\tfalse\tNobody\tprivate\n";

    private static String name(Optional<Outlet> o) {
        return o.map(Outlet::name).orElse(null);
    }

    @Test
    void loadsTheBundledFileOnce() {
        assertTrue(REGISTRY.all().size() >= 50, "outlets: " + REGISTRY.all().size());
        assertTrue(REGISTRY == OutletRegistry.load());
        Outlet tass = REGISTRY.byName("TASS").orElseThrow();
        assertEquals("RU", tass.country());
        assertEquals("news_agency", tass.type());
        assertTrue(tass.stateAffiliated());
        assertFalse(tass.note().isBlank());
    }

    @Test
    void namesMatchIgnoringCaseAccentsApostrophesAndHyphens() {
        assertEquals("RIA Novosti", name(REGISTRY.byName("ria-novosti")));
        assertEquals("Sputnik", name(REGISTRY.byName("Spoutnik")));
        assertEquals("Russian Ministry of Defence", name(REGISTRY.byName("ministere russe de la defense")));
        assertEquals("Russian Ministry of Defence",
                name(REGISTRY.byName("Ministère de la Défense de la Fédération de Russie")));
        assertEquals("Russian Ministry of Foreign Affairs",
                name(REGISTRY.byName("Ministère russe des Affaires étrangères")));
        assertEquals("Ukrainian Ministry of Defence",
                name(REGISTRY.byName("ministère de la Défense de l\u2019Ukraine")));
        assertEquals("Avia.pro", name(REGISTRY.byName("Avia-pro")));
        assertEquals("Rostec", name(REGISTRY.byName("@rostecru")));
        assertEquals("Kremlin", name(REGISTRY.byName("le Kremlin")));
        assertEquals("AFP", name(REGISTRY.byName("l\u2019AFP")));
        assertEquals("Pervy Kanal", name(REGISTRY.byName("Channel One")));
        assertEquals(Optional.empty(), REGISTRY.byName("Ministère de la Défense"));
        assertEquals(Optional.empty(), REGISTRY.byName(null));
    }

    @Test
    void shortCapitalAbbreviationsAreCaseSensitive() {
        assertEquals("RT", name(REGISTRY.byName("RT")));
        assertEquals("AP", name(REGISTRY.byName("AP")));
        assertEquals("Financial Times", name(REGISTRY.byName("FT")));
        assertEquals("Deutsche Welle", name(REGISTRY.byName("DW")));
        assertEquals(Optional.empty(), REGISTRY.byName("rt"));
        assertEquals(Optional.empty(), REGISTRY.byName("Ap"));
        assertEquals(Optional.empty(), REGISTRY.byName("ft"));
    }

    @Test
    void domainsMatchBySuffixLongestFirst() {
        assertEquals("RT", name(REGISTRY.byDomain("www.rt.com")));
        assertEquals("RT", name(REGISTRY.byDomain("francais.rt.com")));
        assertEquals("Sputnik", name(REGISTRY.byDomain("fr.sputniknews.africa")));
        assertEquals("Sputnik", name(REGISTRY.byDomain("https://sputnikglobe.com/20220210/x.html")));
        assertEquals("Russian Ministry of Defence", name(REGISTRY.byDomain("function.mil.ru")));
        assertEquals("Ukrainian Ministry of Defence", name(REGISTRY.byDomain("www.mil.gov.ua")));
        assertEquals("VK", name(REGISTRY.byDomain("VK.com")));
        assertEquals(Optional.empty(), REGISTRY.byDomain("notrt.com"));
        assertEquals(Optional.empty(), REGISTRY.byDomain("example.org"));
        assertEquals(Optional.empty(), REGISTRY.byDomain(null));
    }

    @Test
    void scanFindsNamesWithCapitalsOnly() {
        List<OutletRegistry.NameHit> hits = REGISTRY.scan("Le Monde et RT, pas le monde ni rt, puis Rossiya\u00A024.");
        assertEquals(List.of("Le Monde", "RT", "Rossiya 24"), hits.stream().map(h -> h.outlet().name()).toList());
        assertEquals(0, hits.get(0).start());
        assertEquals(8, hits.get(0).end());
    }

    @Test
    void foldKeepsLength() {
        String s = "Défense œuvre à l\u2019Élysée";
        assertEquals(s.length(), OutletRegistry.fold(s).length());
        assertEquals("Defense œuvre a l'Elysee", OutletRegistry.fold(s));
    }

    @Test
    void parsesAValidFile() {
        OutletRegistry r = OutletRegistry.parse(HEADER + GOOD, "test.tsv");
        assertEquals(1, r.all().size());
        assertEquals("Agence X", name(r.byName("agence ixe")));
        assertEquals("Agence X", name(r.byDomain("www.ax.example.com")));
    }

    @Test
    void rejectsWrongColumnCountNamingTheLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OutletRegistry.parse(HEADER + GOOD + "Y\tY\ty.com\tFR\tnews_agency\tfalse\towner\n", "t.tsv"));
        assertEquals("t.tsv line 4: expected 8 tab-separated columns, found 7", e.getMessage());
    }

    @Test
    void rejectsUnknownTypeNamingTheLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OutletRegistry.parse(GOOD.replace("news_agency", "blog"), "t.tsv"));
        assertTrue(e.getMessage().startsWith("t.tsv line 1: outlet Agence X: unknown type 'blog'"), e.getMessage());
    }

    @Test
    void rejectsBadCountryNamingTheLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OutletRegistry.parse(HEADER + GOOD.replace("\tFR\t", "\tFRA\t"), "t.tsv"));
        assertTrue(e.getMessage().startsWith("t.tsv line 3: outlet Agence X: unknown ISO 3166-1 alpha-2 country "
                + "code 'FRA'"), e.getMessage());
    }

    @Test
    void rejectsBadBooleanAndDuplicateVariants() {
        IllegalArgumentException bool = assertThrows(IllegalArgumentException.class,
                () -> OutletRegistry.parse(GOOD.replace("\tfalse\t", "\tyes\t"), "t.tsv"));
        assertEquals("t.tsv line 1: stateAffiliated must be true or false, got 'yes'", bool.getMessage());
        IllegalArgumentException dup = assertThrows(IllegalArgumentException.class, () -> OutletRegistry.parse(
                GOOD + "Agence Z\tAgence-Ixe\t-\tFR\tnews_agency\tfalse\tNobody\tprivate\n", "t.tsv"));
        assertEquals("t.tsv line 2: variant 'Agence-Ixe' of Agence Z already belongs to Agence X", dup.getMessage());
    }
}
