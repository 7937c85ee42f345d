package org.cadrage.extract.camp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cadrage.extract.attribution.AttributionExtractor;
import org.cadrage.model.Article;
import org.cadrage.model.Attribution;
import org.cadrage.nlp.AnnotatedDocument;
import org.cadrage.nlp.corenlp.SharedCoreNlp;
import org.junit.jupiter.api.Test;

/** Camps decided from the article itself, on the real parse and NER: invented sentences. */
class CampRulesIT {
    private static final AttributionExtractor EXTRACTOR = new AttributionExtractor();
    private static final CampAssigner CAMPS = CampAssigner.load();

    /** speaker text → camp of each attribution, in order. */
    private static List<String> camps(String text) {
        AnnotatedDocument d = SharedCoreNlp.get().annotate(Article.of("camps", text));
        return CAMPS.assign(EXTRACTOR.extract(d), d).stream()
                .map(a -> a.speaker().text() + "=" + a.camp()).toList();
    }

    @Test
    void aNamedPersonWithNoOfficeAnywhereIsExpertOrOther() {
        assertEquals(List.of("Pierre Lemaire=expert_or_other"),
                camps("Pierre Lemaire estime que l'Europe doit négocier avec Moscou."));
    }

    @Test
    void anAppositionBeforeTheNameElsewhereGivesTheOffice() {
        assertEquals(List.of("la ministre espagnole de l'Énergie, Teresa Ribera=western_official",
                        "Ribera=western_official"),
                camps("Selon la ministre espagnole de l'Énergie, Teresa Ribera, l'accord est injuste. "
                        + "Ribera a ajouté que Madrid ne céderait pas."));
        assertEquals(List.of("Elle=western_official"),
                camps("La ministre espagnole de l'Énergie, Teresa Ribera, était à Bruxelles. Elle a estimé que "
                        + "l'accord était injuste."));
    }

    @Test
    void aDefiniteTitleWithoutSideTakesTheSourceIntroducedBefore() {
        assertEquals(List.of("Le ministère russe de la Défense=russia_official", "le ministère=russia_official"),
                camps("Le ministère russe de la Défense a annoncé que les troupes avançaient. Selon le ministère, "
                        + "dix villages ont été pris."));
        assertEquals(List.of("le ministère=unknown"),
                camps("Selon le ministère, dix villages ont été pris."));
    }

    @Test
    void aSecondMentionByTitleIsThePersonNamedJustBefore() {
        assertEquals(List.of("le porte-parole de l'armée russe, Igor Konachenkov=russia_official",
                        "le général=russia_official"),
                camps("Les tirs ont cessé à l'aube, a déclaré le porte-parole de l'armée russe, Igor Konachenkov. "
                        + "« Nos unités tiennent leurs positions », a ajouté le général."));
        // a person two paragraphs back is not the one the title names again
        assertEquals(List.of("le maire de la ville, Vitali Klitschko=ukraine_official", "La ministre=unknown"),
                camps("« C'est un crime », s'est indigné le maire de la ville, Vitali Klitschko.\n\nLes pluies ont "
                        + "gâché les récoltes.\n\nLa ministre a reconnu que les sanctions prendraient du temps."));
        // nobody named within three sentences: the title says nothing of its side
        assertEquals(List.of("Antony Blinken=western_official", "le général=unknown"),
                camps("Antony Blinken a dit que l'aide continuerait. Les pluies ont gâché les récoltes. Les routes "
                        + "sont coupées. Le froid revient. « Nous tenons », a affirmé le général."));
        // « ministère » met before with its side: that mention decides, even over a closer person
        assertEquals(List.of("Le chancelier allemand Olaf Scholz=western_official",
                        "Le ministère de la Défense=russia_official"),
                camps("Une délégation du ministère russe de la Défense est arrivée. Le chancelier allemand Olaf "
                        + "Scholz a dit que rien n'était réglé. Le ministère de la Défense a indiqué que les "
                        + "exercices étaient finis."));
    }

    @Test
    void theSideOfAnOfficeInTheComplementADescribedOutletAndAFirstNameThatIsATitleWord() {
        assertEquals(List.of("Le porte-parole de la marine de guerre ukrainienne, Dmytro Pletentchouk=ukraine_official"),
                camps("Le porte-parole de la marine de guerre ukrainienne, Dmytro Pletentchouk, a indiqué que deux "
                        + "navires avaient été touchés."));
        assertEquals(List.of("Le site indépendant russe Meduza=independent_media"),
                camps("Le site indépendant russe Meduza rapporte que des centaines de soldats ont été tués."));
        // an office without side is no « person without office »; « Marine » opening a name is no navy
        assertEquals(List.of("Le porte-parole, Anton Sorokine=unknown"),
                camps("Le porte-parole, Anton Sorokine, a indiqué que deux navires avaient été touchés."));
        assertEquals(List.of("les pays occidentaux=western_official"),
                camps("Selon les pays occidentaux, la Russie prépare une offensive."));
        assertEquals(List.of("Marine Dufour=expert_or_other"),
                camps("Marine Dufour a accusé le gouvernement de mentir sur les chiffres."));
    }

    @Test
    void aDocumentMentionedAgainIsItsAuthors() {
        assertEquals(List.of("Le Conseil de l'Union européenne=western_official", "Le communiqué=western_official"),
                camps("Le Conseil de l'Union européenne a indiqué dans un communiqué que deux noms s'ajoutaient à "
                        + "la liste. Le communiqué accuse les deux hommes de préparer un coup d'État."));
        assertEquals(List.of("Le communiqué=unknown"),
                camps("Le communiqué accuse les deux hommes de préparer un coup d'État."));
    }

    @Test
    void aLongInstitutionNameWrittenInLowerCaseIsStillThatInstitution() {
        assertEquals(List.of("la cour européenne des droits de l'homme=other_official"),
                camps("Selon la cour européenne des droits de l'homme, la détention était illégale."));
    }

    @Test
    void aTitleTakesItsCampFromAnAntecedentWithThatWordNotFromAFormerHolder() {
        assertEquals(List.of("Le président roumain=western_official", "L'ex-président=expert_or_other",
                        "Le président=western_official"),
                camps("Le président roumain a salué « un jour historique ». L'ex-président a estimé que la paix "
                        + "était possible. Le président a dit que Bucarest resterait ferme."));
    }

    @Test
    void aPossessiveSpeakerAndATitleWhoseLastWordIsCapitalised() {
        assertEquals(List.of("ses=western_official"),
                camps("Le chancelier allemand Olaf Scholz défend un plan qui coûterait, selon ses calculs, dix "
                        + "milliards d'euros.\n\nPublié le 3 mars 2022."));
        assertEquals(List.of("le ministre des Armées=western_official"),
                camps("Interrogé sur France Inter, le ministre des Armées a exclu l'envoi de soldats."));
        assertEquals(List.of("le ministre des Armées=western_official"),
                camps("Interrogé sur Radio Nord, le ministre des Armées a exclu l'envoi de soldats."));
    }

    @Test
    void pollsPartiesRegionalAuthoritiesAndAPersonOnAMedium() {
        assertEquals(List.of("un sondage Ipsos=expert_or_other"),
                camps("Selon un sondage Ipsos, la moitié des électeurs hésitent."));
        assertEquals(List.of("Le porte-parole de LFI=expert_or_other"),
                camps("Le porte-parole de LFI a dénoncé un « passage en force »."));
        assertEquals(List.of("Le gouverneur de la région de Koursk=russia_official"),
                camps("Le gouverneur de la région de Koursk a fait état de tirs."));
        assertEquals(List.of("le maire de Kharkiv=ukraine_official"),
                camps("« Nous tiendrons », a assuré le maire de Kharkiv."));
        assertEquals(List.of("les garde-côtes taïwanais=other_official"),
                camps("Selon les garde-côtes taïwanais, deux navires ont été repérés."));
        assertEquals(List.of("Pierre Lemaire=expert_or_other"),
                camps("Invité sur RTL, Pierre Lemaire a estimé que la crise durerait."));
        assertEquals(List.of("Côté ukrainien=ukraine_official"),
                camps("Côté ukrainien, on affirme que le pont tient."));
    }

    @Test
    void separatistAuthoritiesAndOppositionLeaders() {
        assertEquals(List.of("Les autorités séparatistes de Louhansk=russia_official"),
                camps("Les autorités séparatistes de Louhansk affirment que l'armée a tiré sur un village."));
        assertEquals(List.of("le chef de l'opposition=expert_or_other"),
                camps("« Le pays va payer très cher ces sanctions », prévient le chef de l'opposition."));
    }
}
