package org.cadrage.extract.camp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MentionedDatesTest {
    @Test
    void theLatestWrittenDateWins() {
        assertEquals(LocalDate.of(2022, 9, 8), MentionedDates.latest("Le 24 février 2022, l’armée est entrée en "
                + "Ukraine. Depuis le 8\u00A0septembre 2022, Londres a changé de Première ministre; en mars 2022 déjà…"));
        assertEquals(LocalDate.of(2022, 3, 1), MentionedDates.latest("Le 1er mars 2022 puis le 28/02/2022."));
        assertEquals(LocalDate.of(2022, 10, 1), MentionedDates.latest("Publié en Octobre 2022 (mis à jour le 3/4/2021)."));
        assertEquals(LocalDate.of(2022, 8, 15), MentionedDates.latest("le 15 aout 2022 et le 2 Août 2021"));
    }

    @Test
    void bareYearsAndImpossibleDatesAreNoDates() {
        assertNull(MentionedDates.latest("Depuis 2014, et d’ici 2030, rien en mai."));
        assertNull(MentionedDates.latest("le 31 février 2022 ou le 45/13/2022"));
        assertNull(MentionedDates.latest("Les 120022 mars 20221 sont des nombres."));
        assertEquals(LocalDate.of(2021, 5, 1), MentionedDates.latest("mai 2021"));
    }

    @Test
    void aTextNamingTheWarIsFromItsFirstDayOnAtLeast() {
        assertEquals(MentionedDates.INVASION, MentionedDates.lowerBound("Depuis l’invasion russe, Merkel se tait."));
        assertEquals(MentionedDates.INVASION, MentionedDates.lowerBound("Avant l'« opération militaire spéciale »… "
                + "non : l'Opération militaire spéciale, le 3 mai 2021."));
        assertEquals(LocalDate.of(2022, 9, 8), MentionedDates.lowerBound("La guerre en Ukraine, le 8 septembre 2022."));
        assertEquals(LocalDate.of(2021, 5, 3), MentionedDates.lowerBound("Le 3 mai 2021, à Kiev."));
        assertNull(MentionedDates.lowerBound("Une invasion de criquets en 2021 ; la guerre froide."));
    }
}
