package org.cadrage.extract.camp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.cadrage.extract.credit.OutletRegistry;
import org.junit.jupiter.api.Test;

class CampDataFilesTest {
    private static final String PESKOV = "Dmitri Peskov\tperson\trussia_official\tRU\t-\t-\tPeskov\tspokesman\n";

    @Test
    void badActorLinesFailNamingTheLine() {
        assertActors("a line 2: expected 8 tab-separated columns, found 3", PESKOV + "X\tperson\tunknown\n");
        assertActors("a line 1: unknown kind 'people'", "X\tpeople\trussia_official\tRU\t-\t-\t-\tr\n");
        assertActors("a line 1: unknown camp 'russia'", "X\tperson\trussia\tRU\t-\t-\t-\tr\n");
        assertActors("a line 1: camp 'anonymous' cannot be given by a data file",
                "X\tperson\tanonymous\tRU\t-\t-\t-\tr\n");
        assertActors("a line 1: unknown ISO 3166-1 alpha-2 country code 'XX'", "X\tperson\trussia_official\tXX\t-\t-\t-\tr\n");
        assertActors("a line 1: invalid date '2022-13-01'", "X\tperson\trussia_official\tRU\t2022-13-01\t-\t-\tr\n");
        assertActors("a line 1: period 2022-05-01 to 2022-01-01 is empty",
                "X\tperson\trussia_official\tRU\t2022-05-01\t2022-01-01\t-\tr\n");
        assertActors("a line 2: period 2021-01-01 to - of X overlaps an earlier one",
                "X\tperson\trussia_official\tRU\t2020-01-01\t2022-01-01\t-\tr\n"
                        + "X\tperson\trussia_official\tRU\t2021-01-01\t-\t-\tr\n");
        assertActors("a line 2: variant 'Peskov' of Y already belongs to Dmitri Peskov",
                PESKOV + "Y\tperson\trussia_official\tRU\t-\t-\tPeskov\tr\n");
        assertActors("a line 1: column 8 is empty", "X\tperson\trussia_official\tRU\t-\t-\t-\t \n");
    }

    @Test
    void badTitleLinesFailNamingTheLine() {
        assertTitles("t line 1: unknown kind 'titre'", "titre\t-\t-\tministre\n");
        assertTitles("t line 1: country needs a camp", "country\tRU\t-\tRussie\n");
        assertTitles("t line 1: official takes no code, use '-'", "official\tRU\t-\tministre\n");
        assertTitles("t line 2: form 'ministre' is already a official (ministre)",
                "official\t-\t-\tministre\nexpert\t-\t-\tMinistre|ministre\n");
        assertTitles("t line 1: nationality code RU has no country line", "nationality\tRU\t-\trusse\n");
        assertTitles("t line 1: empty form", "official\t-\t-\tministre||chef\n");
    }

    @Test
    void bundledFilesLoadAndDoNotRepeatTheOutletRegistry() throws IOException {
        ActorGazetteer.parse(read("actors.tsv"), "actors.tsv");
        TitleCues.parse(read("titles.tsv"), "titles.tsv");
        OutletRegistry registry = OutletRegistry.load();
        List<String> repeated = new ArrayList<>();
        for (String line : read("actors.tsv").split("\n")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] c = line.split("\t");
            List<String> names = new ArrayList<>(List.of(c[0]));
            if (!c[6].equals("-")) {
                names.addAll(List.of(c[6].split("\\|")));
            }
            names.stream().filter(n -> registry.byName(n).isPresent()).forEach(repeated::add);
        }
        assertEquals(List.of(), repeated);
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = CampResolver.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void assertActors(String expectedStart, String content) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ActorGazetteer.parse(content, "a"));
        assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
    }

    private static void assertTitles(String expectedStart, String content) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TitleCues.parse(content, "t"));
        assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
    }
}
