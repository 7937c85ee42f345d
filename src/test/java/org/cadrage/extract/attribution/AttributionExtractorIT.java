package org.cadrage.extract.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cadrage.model.Article;
import org.cadrage.model.Attribution;
import org.cadrage.nlp.AnnotatedDocument;
import org.cadrage.nlp.corenlp.SharedCoreNlp;
import org.junit.jupiter.api.Test;

/** The extractor on the real CoreNLP parse: invented sentences with expected attributions, and the shared seeds. */
class AttributionExtractorIT {
    private static final AttributionExtractor EXTRACTOR = new AttributionExtractor();

    private static List<String> summary(String text) {
        AnnotatedDocument d = SharedCoreNlp.get().annotate(Article.of("it", text));
        List<String> out = new ArrayList<>();
        for (Attribution a : EXTRACTOR.extract(d)) {
            AttributionContract.assertExact(text, a);
            out.add(a.type() + "|" + (a.speaker() == null ? null : a.speaker().text()) + "|" + a.speakerResolved()
                    + "|" + a.cue().text() + "|" + a.content().of(text) + "|" + a.via()
                    + (a.anonymous() ? "|A" : "") + (a.nested() ? "|N" : ""));
        }
        return out;
    }

    /** CoreNLP keeps « Puisqu'il » as one token (the surface tests' tokenizer splits it, so this needs the parser). */
    @Test
    void aPronounFusedWithItsConjunctionStillSpeaks() {
        String text = "Le ministre Ivan Petrov a déclaré que Kiev recule. Puisqu'il a déclaré que la guerre durerait, "
                + "il faut se préparer.";
        AnnotatedDocument d = SharedCoreNlp.get().annotate(Article.of("it", text));
        assertTrue(d.sentences().stream().flatMap(s -> s.tokens().stream()).anyMatch(t -> t.word().equals("Puisqu'il")),
                "the premise: one token");
        assertEquals(List.of("indirect|Le ministre Ivan Petrov|Ivan Petrov|a déclaré|Kiev recule|null",
                        "indirect|il|Ivan Petrov|a déclaré|la guerre durerait|null"),
                summary(text));
    }

    @Test
    void anOfficeSubjectOfAnyVerbIsAPronounAntecedent() {
        assertEquals(List.of(
                "indirect|Le ministre ukrainien Dmytro Kouleba|Dmytro Kouleba|a déclaré|la ville tiendrait|null",
                "indirect|Il|Le porte-parole du Kremlin|a assuré|les discussions se poursuivraient à Istanbul|null"),
                summary("Le ministre ukrainien Dmytro Kouleba a déclaré que la ville tiendrait. Le porte-parole du "
                        + "Kremlin a répondu aux journalistes lundi. Il a assuré que les discussions se "
                        + "poursuivraient à Istanbul."));
    }

    @Test
    void anAppositiveRelativeClauseEndsWhereTheSentencesVerbResumes() {
        assertEquals(List.of("indirect|Le ministre de la Défense|Le ministre de la Défense|a affirmé"
                        + "|les troupes tiendraient|null"),
                summary("Le ministre de la Défense, qui a affirmé que les troupes tiendraient, a quitté la réunion."));
        List<String> s = summary("La situation inquiète l'ONG Human Rights Watch, qui accuse les deux camps de violer "
                + "le droit humanitaire.");
        assertEquals(1, s.size(), s.toString());
        assertTrue(s.get(0).startsWith("indirect|l'ONG Human Rights Watch|"), "no verb in the speaker: " + s);
    }

    /**
     * A text quoted at length can report a third party's statement (nested); a short quotation, or the quoted voice's
     * own « je/nous », reports none.
     */
    @Test
    void aThirdPartyReportedInsideQuotedProseIsNested() {
        String text = "Le magazine écrit : « Le ministre Paul Durand estime qu'il n'est pas riche du tout. Nous pensons "
                + "que ses biens sont modestes, mais Paul Durand nie tout cela : les propriétés ne sont pas à son nom. »";
        assertEquals(List.of("direct|Le magazine|Le magazine|écrit|Le ministre Paul Durand estime qu'il n'est pas "
                        + "riche du tout. Nous pensons que ses biens sont modestes, mais Paul Durand nie tout cela : les "
                        + "propriétés ne sont pas à son nom.|null",
                "indirect|Le ministre Paul Durand|Paul Durand|estime|il n'est pas riche du tout|null|N",
                "indirect|Paul Durand|Paul Durand|nie|tout cela : les propriétés ne sont pas à son nom|null|N"),
                summary(text));
        assertEquals(List.of("direct|Le maire|Le maire|a déclaré|Les habitants disent que l'eau manque.|null"),
                summary("Le maire a déclaré : « Les habitants disent que l'eau manque. »"));
    }

    /** Charges and requests: a date before the object, a quoted infinitive, an object pronoun, a list of addressees. */
    @Test
    void chargesAndRequestsAcrossDatesQuotesCliticsAndAddresseeLists() {
        assertEquals(List.of("indirect|Le président Oleh Marchenko|Oleh Marchenko|a accusé|l'ONG de mentir|null"),
                summary("Le président Oleh Marchenko a accusé jeudi soir 4 août l'ONG de mentir."));
        assertEquals(List.of("indirect|Le président Oleh Marchenko|Oleh Marchenko|a accusé"
                        + "|l'ONG de « tenter d'amnistier » la Russie|null"),
                summary("Le président Oleh Marchenko a accusé l'ONG de « tenter d'amnistier » la Russie."));
        assertEquals(List.of("indirect|Le ministre|Le ministre|accuse|de comploter contre le pouvoir|null"),
                summary("Le ministre l'accuse de comploter contre le pouvoir."));
        assertEquals(List.of(), summary("Le ministre l'accuse de crimes de guerre."), "a charge, no statement");
        assertEquals(List.of("indirect|Le ministère de la Défense|Le ministère de la Défense|demande"
                        + "|prendre des mesures contre l'usage des écoles|null"),
                summary("Le ministère de la Défense demande à l'ONU, à la Croix-Rouge et aux autres organisations de "
                        + "prendre des mesures contre l'usage des écoles."));
        assertEquals(List.of("indirect|Le président ukrainien|Le président ukrainien|a réitéré|toute discussion "
                        + "deviendra impossible si les soldats sont tués|null"),
                summary("Le président ukrainien a réitéré sa position selon laquelle toute discussion deviendra "
                        + "impossible si les soldats sont tués."));
    }

    /** Common news constructions: « faire état de », a subject repeated by a stressed pronoun, incises, platforms. */
    @Test
    void newsConstructionsFromTheProbeSentences() {
        assertEquals(List.of("indirect|l'armée ukrainienne|l'armée ukrainienne|fait état|combats intenses près de "
                        + "Bakhmout|null"),
                summary("Dans un communiqué publié samedi, l'armée ukrainienne fait état de combats intenses près de "
                        + "Bakhmout."));
        assertEquals(List.of("indirect|La Russie|Russie|accuse|l'Ukraine d'avoir bombardé la centrale|null"),
                summary("La Russie, elle, accuse l'Ukraine d'avoir bombardé la centrale."));
        assertEquals(List.of("indirect|Le ministre|Le ministre|affirme|tout va bien|null"),
                summary("Le ministre, lui, affirme que tout va bien."));
        assertEquals(List.of("according_to|un haut responsable américain|un haut responsable américain|Selon"
                        + "|les livraisons reprendront en mai|null|A"),
                summary("Selon un haut responsable américain s'exprimant sous couvert d'anonymat, les livraisons "
                        + "reprendront en mai."));
        assertEquals(List.of("indirect|Kiev|Kiev|affirme|avoir repris trois villages, une information impossible à "
                        + "vérifier de source indépendante|null"),
                summary("Kiev affirme avoir repris trois villages, une information impossible à vérifier de source "
                        + "indépendante."), "« de source indépendante » names no source");
        assertEquals(List.of("direct|la Première ministre|la Première ministre|a écrit|La paix est encore loin|null"),
                summary("« La paix est encore loin », a écrit la Première ministre sur Twitter."));
        assertEquals(List.of("indirect|Le Monde|Le Monde|rapporte|les pourparlers sont rompus|null"),
                summary("Le Monde rapporte, citant des sources diplomatiques, que les pourparlers sont rompus."));
        assertEquals(List.of("indirect|Le chancelier|Le chancelier|a exclu|des sanctions soient prises|null"),
                summary("Le chancelier a exclu que des sanctions soient prises."));
        assertEquals(List.of(), summary("Personne ne conteste que la guerre sera longue."));
        assertEquals(List.of("direct|le ministre|le ministre|s'est félicité|C'est une décision historique|null"),
                summary("« C'est une décision historique », s'est félicité le ministre."));
        assertEquals(List.of("indirect|Le haut représentant de l'UE|Le haut représentant de l'UE|a appelé"
                        + "|une enquête indépendante|null"),
                summary("Le haut représentant de l'UE a appelé à une enquête indépendante."));
        assertEquals(List.of("indirect|La diplomatie chinoise|La diplomatie chinoise|a une nouvelle fois appelé"
                        + "|dialogue|null"),
                summary("La diplomatie chinoise a une nouvelle fois appelé au dialogue."));
        assertEquals(List.of(), summary("Le président a appelé son homologue au téléphone."), "a call, no appeal");
        assertEquals(List.of("indirect|Les Ukrainiens|Ukrainiens|assurent|la ville tient toujours|null"),
                summary("Les Ukrainiens, eux, assurent que la ville tient toujours."));
        assertEquals(List.of("according_to|le dernier bilan de l'ONU|le dernier bilan de l'ONU|Selon"
                        + "|3 000 civils ont été tués|null"),
                summary("Selon le dernier bilan de l'ONU, 3 000 civils ont été tués."));
        assertEquals(List.of("according_to|le Kremlin|Kremlin|À en croire|l'opération se déroule comme prévu|null"),
                summary("À en croire le Kremlin, l'opération se déroule comme prévu."));
        assertEquals(List.of("according_to|ministre|ministre|Aux dires du|la situation est sous contrôle|null"),
                summary("Aux dires du ministre, la situation est sous contrôle."));
        assertEquals(List.of(), summary("Ses promesses ont été démenties par les faits."), "facts are no speaker");
    }

    /** « selon X » inside a relative clause reports the relative clause with its antecedent, not the sentence. */
    @Test
    void aSelonInsideARelativeClauseReportsThatClause() {
        assertEquals(List.of("according_to|lui|null|selon|des équipements qui, selon lui, sont destinés aux soldats|null"),
                summary("Le volontaire finance des équipements qui, selon lui, sont destinés aux soldats."));
        assertEquals(List.of("according_to|elle|null|selon|une pratique qui enfreint selon elle le droit de la guerre|null"),
                summary("Les soldats ont occupé des écoles, une pratique qui enfreint selon elle le droit de la guerre."));
        assertEquals(List.of("according_to|lui|null|selon|ce qui, selon lui, ruinera le pays|null"),
                summary("Les prix ont doublé, ce qui, selon lui, ruinera le pays."));
    }

    /** A verb whose subject stands before it (the parse's root) is no postposed cue with an inverted subject. */
    @Test
    void aRootVerbWithItsSubjectBeforeIsNoPostposedCue() {
        assertEquals(List.of(), summary("Jean Dupont, qui a combattu en Syrie, lance une cagnotte pour financer des "
                + "fournitures."));
        assertEquals(List.of("indirect|le diplomate|le diplomate|estime|La guerre durera longtemps|null"),
                summary("La guerre durera longtemps, estime le diplomate."));
    }

    /** « Pour X, » with coordinated speakers (one voice each), a focusing adverb, or an indefinite pronoun (unnamed people). */
    @Test
    void pourTakesCoordinatedSpeakersFocusAdverbsAndIndefinitePronouns() {
        assertEquals(List.of("according_to|Borrell|Borrell|Pour|la neutralité n'est pas une option|null",
                        "according_to|l'Union européenne|l'Union européenne|Pour|la neutralité n'est pas une option|null"),
                summary("Pour Borrell et l'Union européenne, la neutralité n'est pas une option."));
        assertEquals(List.of("according_to|le président Macron|Macron|Pour|la négociation reste possible|null"),
                summary("Pour le président Macron en particulier, la négociation reste possible."));
        assertEquals(List.of("according_to|d'autres|d'autres|Pour|la guerre finira par un compromis|null|A"),
                summary("Pour d'autres, la guerre finira par un compromis."));
        assertEquals(List.of(), summary("Pour les enfants, la rentrée aura lieu lundi."), "not a source");
    }

    @Test
    void parsedSpeakersAndCues() {
        List<String> s = summary("Le chef de l'OTAN, Jens Stoltenberg, a déclaré mardi que l'Alliance renforcerait "
                + "son flanc est. «\u00A0Nous ne reculerons pas\u00A0», a-t-il ajouté. Les troupes se retirent, a "
                + "assuré Dmitri Peskov. Selon Kiev, dix villages ont été repris. La porte-parole de la diplomatie "
                + "russe, Maria Zakharova, a nié avoir menti. « C'est une provocation », a estimé mercredi le "
                + "ministre des Affaires étrangères Sergueï Lavrov, cité par l'agence TASS. Elle a affirmé : "
                + "« Nous n'avons rien à cacher dans cette affaire. »");
        assertEquals(List.of(
                "indirect|Le chef de l'OTAN, Jens Stoltenberg|Jens Stoltenberg|a déclaré"
                        + "|l'Alliance renforcerait son flanc est|null",
                "direct|-t-il|Jens Stoltenberg|a-t-il ajouté|Nous ne reculerons pas|null",
                "indirect|Dmitri Peskov|Dmitri Peskov|a assuré|Les troupes se retirent|null",
                "according_to|Kiev|Kiev|Selon|dix villages ont été repris|null",
                "indirect|La porte-parole de la diplomatie russe, Maria Zakharova|Maria Zakharova|a nié"
                        + "|avoir menti|null",
                "direct|le ministre des Affaires étrangères Sergueï Lavrov|Sergueï Lavrov|a estimé"
                        + "|C'est une provocation|TASS",
                "direct|Elle|Maria Zakharova|a affirmé|Nous n'avons rien à cacher dans cette affaire.|null"), s);
    }

    @Test
    void headlinesAndFalsePositives() {
        assertEquals(List.of("indirect|chef de l'armée|chef de l'armée|–|Les frappes vont continuer|null"),
                summary("Les frappes vont continuer – chef de l'armée\n\nLe texte suit."));
        assertEquals(List.of(), summary("Poutine a ordonné le retrait des troupes. Des images montrent que le pont "
                + "est détruit. Il a été annoncé que la ville était tombée. On estime que la guerre durera."));
    }

    @Test
    void viaAndGerund() {
        assertEquals(List.of("indirect|Ivan Petrov|Ivan Petrov|a affirmé|la trêve est proche|Deutsche Welle"),
                summary("Selon Deutsche Welle, Ivan Petrov a affirmé que la trêve est proche."));
        List<String> s = summary("Marine Durand a estimé que la crise durerait, ajoutant que les prix allaient "
                + "encore monter.");
        assertEquals(List.of("indirect|Marine Durand|Marine Durand|a estimé|la crise durerait|null",
                "indirect|Marine Durand|Marine Durand|ajoutant|les prix allaient encore monter|null"), s);
    }

    @Test
    void nominalParticiplesAndIndefinitePronounSpeakers() {
        assertEquals(List.of("direct|le haut représentant de l'ONU, Pedro Alvarez|Pedro Alvarez|a affirmé"
                        + "|La trêve doit être respectée|null"),
                summary("« La trêve doit être respectée », a affirmé le haut représentant de l'ONU, Pedro Alvarez, "
                        + "lors d'un point de presse."));
        assertEquals(List.of("direct|l'une d'elles|l'une d'elles|raconte|Nous avons tout perdu en une nuit|null|A"),
                summary("« Nous avons tout perdu en une nuit », raconte l'une d'elles."));
    }

    @Test
    void requestsSelfReportsCommeIncisesDashesAndMixedQuotes() {
        assertEquals(List.of("indirect|Il|null|presse|livrer davantage de chars|null"),
                summary("Il presse ainsi ses alliés de livrer davantage de chars."));
        assertEquals(List.of("indirect|Le sénateur polonais Radoslaw Kowalski|Radoslaw Kowalski|a appelé"
                        + "|« donner » des armes à l'Ukraine|null"),
                summary("Le sénateur polonais Radoslaw Kowalski a appelé à « donner » des armes à l'Ukraine."));
        assertEquals(List.of("indirect|Le ministre|Le ministre|était dit|« choqué » par les propos de son homologue|null"),
                summary("Le ministre s'était dit « choqué » par les propos de son homologue."));
        assertEquals(List.of("indirect|plusieurs diplomates européens|plusieurs diplomates européens|rappellent"
                        + "|la Russie reste un voisin incontournable|null|A"),
                summary("Comme le rappellent plusieurs diplomates européens, la Russie reste un voisin incontournable."));
        assertEquals(List.of("indirect|Paul Martin|Paul Martin|rappelle|Les dirigeants veulent, comme le rappelle "
                        + "justement Paul Martin, nous conduire vers l'impasse|null"),
                summary("Les dirigeants veulent, comme le rappelle justement Paul Martin, nous conduire vers l'impasse."));
        assertEquals(List.of("direct|le chef de l'opposition|le chef de l'opposition|prévient"
                        + "|Nous ne céderons pas sur ce point|null"),
                summary("« Nous ne céderons pas sur ce point », – prévient le chef de l'opposition."));
        assertEquals(List.of("indirect|le général Ivan Petrov, chef des forces|Ivan Petrov|a déclaré"
                        + "|L'armée a « considérablement renforcé ses positions dans le sud »|null"),
                summary("L'armée a « considérablement renforcé ses positions dans le sud », a déclaré jeudi le "
                        + "général Ivan Petrov, chef des forces."));
        assertEquals(List.of("indirect|Le ministre allemand Karl Weber|Karl Weber|considère"
                        + "|la décision était une erreur|null"),
                summary("Le ministre allemand Karl Weber considère ainsi que la décision était une erreur."));
        assertEquals(List.of("indirect|Le ministère de la Défense russe|Le ministère de la Défense russe|:"
                        + "|les troupes ukrainiennes ont quitté la ville|null"),
                summary("Le ministère de la Défense russe : les troupes ukrainiennes ont quitté la ville\n\nLe texte suit."));
    }

    @Test
    void selonRegionsNounObjectsQuestionsAndIncises() {
        assertEquals(List.of("according_to|lui|null|selon|Les sanctions sont, selon lui, les plus dures jamais "
                        + "imposées|null"),
                summary("Les sanctions sont, selon lui, les plus dures jamais imposées."));
        assertEquals(List.of("according_to|la mission d'observation|la mission d'observation|selon"
                        + "|environ quarante par jour|null"),
                summary("Les tirs ont doublé (environ quarante par jour, selon la mission d'observation) depuis lundi."));
        assertEquals(List.of("according_to|lui|null|selon|aucun soldat n'a franchi la frontière|null"),
                summary("Le ministre reste ferme : selon lui, aucun soldat n'a franchi la frontière."));
        assertEquals(List.of("indirect|Le porte-parole du gouvernement|Le porte-parole du gouvernement|avoue"
                        + "|des erreurs de communication|null"),
                summary("Le porte-parole du gouvernement avoue des erreurs de communication."));
        assertEquals(List.of("indirect|Il|null|dénonce|le « chantage énergétique » de Moscou|null"),
                summary("Il dénonce à plusieurs reprises le « chantage énergétique » de Moscou."));
        assertEquals(List.of("indirect|Un journaliste|Un journaliste|a demandé|si l'armée allait se retirer|null|A"),
                summary("Un journaliste lui a demandé si l'armée allait se retirer."));
        assertEquals(List.of("indirect|Le président|Le président|a déclaré|Kiev ne céderait rien|null"),
                summary("Le président a déclaré, comme il l'avait fait la veille, que Kiev ne céderait rien."));
        assertEquals(List.of("direct|La présidente de la Commission|La présidente de la Commission|parle"
                        + "|moment historique pour l'Europe|null"),
                summary("La présidente de la Commission parle de « moment historique pour l'Europe »."));
        assertEquals(List.of("direct|La diplomate Anna Sokolova|Anna Sokolova|a qualifié|campagne de mensonges|null"),
                summary("La diplomate Anna Sokolova a qualifié de « campagne de mensonges » les accusations."));
        assertEquals(List.of(), summary("Le Kremlin a rappelé son ambassadeur à Varsovie."));
    }

    @Test
    void quotationsChainedToANeighboursCue() {
        assertEquals(List.of("direct|Sergueï Lavrov|Sergueï Lavrov|a déclaré|Nous sommes prêts à discuter|null",
                        "direct|Sergueï Lavrov|Sergueï Lavrov|a déclaré|Les négociations reprendront bientôt.|null"),
                summary("« Nous sommes prêts à discuter », a déclaré Sergueï Lavrov mardi. "
                        + "« Les négociations reprendront bientôt. »"));
        assertEquals(List.of("direct|-t-elle|null|a-t-elle répété|Nous ne cèderons rien du tout|null",
                        "direct|-t-elle|null|a-t-elle répété|nous tiendrons aussi longtemps qu'il faudra|null"),
                summary("« Nous ne cèderons rien du tout », « nous tiendrons aussi longtemps qu'il faudra », "
                        + "a-t-elle répété."));
        assertEquals(List.of("direct|le général|le général|a affirmé|Nous gagnerons cette bataille|null"),
                summary("« Nous gagnerons cette bataille », a affirmé le général. Le « succès » reste pourtant "
                        + "incertain."));
    }

    @Test
    void channelsPledgesWarningsEstimatesAndIncisesWithTheSubjectBefore() {
        assertEquals(List.of("indirect|Le ministère des Finances|Le ministère des Finances|a démenti"
                        + "|les informations du quotidien|null"),
                summary("Le ministère des Finances a démenti dans un communiqué publié lundi les informations du "
                        + "quotidien."));
        assertEquals(List.of("indirect|La sénatrice|La sénatrice|a démenti|les rumeurs de démission|null"),
                summary("La sénatrice a démenti dans un entretien au Monde les rumeurs de démission."));
        assertEquals(List.of("indirect|La porte-parole|La porte-parole|a dénoncé|les frappes sur la ville|null"),
                summary("La porte-parole a dénoncé sur son compte Telegram les frappes sur la ville."));
        assertEquals(List.of("direct|Le chef du gouvernement espagnol|Le chef du gouvernement espagnol|a fustigé"
                        + "|le cynisme du Kremlin|null"),
                summary("Le chef du gouvernement espagnol a fustigé « le cynisme du Kremlin »."));
        assertEquals(List.of("indirect|Le chef rebelle|Le chef rebelle|a promis|reprendre la ville avant l'hiver|null"),
                summary("Le chef rebelle a promis de reprendre la ville avant l'hiver."));
        assertEquals(List.of("indirect|Le Kremlin|Kremlin|menace|suspendre les livraisons de céréales|null"),
                summary("Le Kremlin menace de suspendre les livraisons de céréales."));
        assertEquals(List.of("indirect|L'amiral|L'amiral|a mis en garde|toute provocation en mer Noire|null"),
                summary("L'amiral a mis en garde contre toute provocation en mer Noire."));
        assertEquals(List.of("indirect|L'état-major|L'état-major|estime|à quatre cents le nombre de blindés détruits"
                        + "|null"),
                summary("L'état-major estime à quatre cents le nombre de blindés détruits."));
        assertEquals(List.of(), summary("La récolte est estimée à dix millions de tonnes."));
        assertEquals(List.of("indirect|Le Japon|Japon|a appelé|la modération|null"),
                summary("Le Japon a appelé les deux camps à la modération."));
        assertEquals(List.of("indirect|le porte-parole|le porte-parole|a ajouté|Cette ville, a ajouté le porte-parole, "
                        + "restera ukrainienne|null"),
                summary("Cette ville, a ajouté le porte-parole, restera ukrainienne."));
        assertEquals(List.of("indirect|le quotidien|le quotidien|écrit|Les réservistes, écrit le quotidien, manquent "
                        + "d'équipement|null"),
                summary("Les réservistes, écrit le quotidien, manquent d'équipement."));
        assertEquals(List.of("according_to|la diplomatie chinoise|la diplomatie chinoise|À entendre"
                        + "|la crise se réglera par le dialogue|null"),
                summary("À entendre la diplomatie chinoise, la crise se réglera par le dialogue."));
        assertEquals(List.of("according_to|l'agence Bloomberg|Bloomberg|Selon|le contrat a été signé|null"),
                summary("Selon l'agence Bloomberg, qui cite des sources proches du dossier, le contrat a été signé."));
        assertEquals(List.of("indirect|Il|null|a assuré|la région était calme|null"),
                summary("Il a assuré que la région était calme, avant de quitter la salle."));
        assertEquals(List.of("indirect|Varsovie|Varsovie|accuse|Minsk d'avoir orchestré la crise|null"),
                summary("Varsovie accuse Minsk d'avoir orchestré la crise, ce que la Biélorussie conteste."));
        assertEquals(List.of("direct|La ministre|La ministre|a répondu|rien n'est tranché|null"),
                summary("La ministre a répondu que « rien n'est tranché »."));
        assertEquals(List.of("direct|Victor Hugo|Victor Hugo|écrivait|la guerre, c'est la guerre des hommes|null"),
                summary("Comme l'écrivait Victor Hugo, « la guerre, c'est la guerre des hommes »."));
        assertEquals(List.of("indirect|Le sous-préfet|Le sous-préfet|a laissé entendre|l'évacuation serait levée|null"),
                summary("Le sous-préfet a laissé entendre que l'évacuation serait levée."));
        assertEquals(List.of("indirect|Le gouvernement danois|Le gouvernement danois|est dit|prêt à accueillir des "
                        + "réfugiés|null"),
                summary("Le gouvernement danois s'est dit prêt à accueillir des réfugiés."));
    }

    @Test
    void relativesDescriptionsDemandsAndCommaBoundaries() {
        assertEquals(List.of("indirect|La présidente moldave|La présidente moldave|a dénoncé"
                        + "|les coupures, qu'elle juge « inadmissibles »|null"),
                summary("La présidente moldave a dénoncé les coupures, qu'elle juge « inadmissibles »."));
        assertEquals(List.of("according_to|la police locale|la police locale|D'après|Odessa reste calme|null"),
                summary("D'après la police locale, Odessa reste calme."));
        assertEquals(List.of("according_to|les secours|les secours|selon|La tempête a fait trois victimes|null",
                        "indirect|les secours|les secours|font état|plusieurs disparus|null"),
                summary("La tempête a fait trois victimes, selon les secours, qui font état de plusieurs disparus."));
        assertEquals(List.of("indirect|Le syndicat|Le syndicat|a demandé|une hausse des salaires|null"),
                summary("Le syndicat a demandé une hausse des salaires."));
        assertEquals(List.of(), summary("La crise exige des réponses rapides."), "a demand needs someone to make it");
        assertEquals(List.of("indirect|L'avocat|L'avocat|a recommandé|garder le silence|null"),
                summary("L'avocat lui a recommandé de garder le silence."));
        assertEquals(List.of(), summary("Des touristes pressés de rentrer attendaient à la gare."), "an adjective");
        assertEquals(List.of("indirect|Berlin|Berlin|a salué|l'accord|null"),
                summary("Berlin a salué l'accord, tandis que Budapest l'a rejeté."));
        assertEquals(List.of("according_to|le communiqué final|le communiqué final|selon"
                        + "|Les délégués ont évoqué la sécurité alimentaire|null",
                        "indirect|Les délégués|Les délégués|ont évoqué|la sécurité alimentaire|null|N"),
                summary("Les délégués ont évoqué la sécurité alimentaire, selon le communiqué final."));
        assertEquals(List.of("indirect|La ministre|La ministre|a jugé|« probable » un accord|null"),
                summary("La ministre a jugé « probable » un accord."));
        assertEquals(List.of("direct|les marins|les marins|disent|la mer décide toujours|null"),
                summary("Comme disent les marins, « la mer décide toujours »."));
        assertEquals(List.of(), summary("Il faudrait, comme contester la facture, refuser de payer."));
        assertEquals(List.of("indirect|Le gouverneur de la région, Ivan Sidorov|Ivan Sidorov|a fait état"
                        + "|deux blessés|null"),
                summary("Le gouverneur de la région, Ivan Sidorov, a fait état de deux blessés."));
    }

    @Test
    void anImpersonalOnSpeaksForTheSideTheSentenceNames() {
        assertEquals(List.of("indirect|côté polonais|côté polonais|assure|la frontière reste ouverte|null"),
                summary("Du côté polonais, on assure que la frontière reste ouverte."));
        assertEquals(List.of("indirect|Minsk|Minsk|affirme|les manœuvres sont défensives|null"),
                summary("À Minsk, on affirme que les manœuvres sont défensives."));
        assertEquals(List.of("direct|Kremlin|Kremlin|répond|Aucun commentaire|null"),
                summary("« Aucun commentaire », répond-on au Kremlin."));
        assertEquals(List.of(), summary("On estime que la guerre durera."), "no side named: agentless");
    }

    @Test
    void aSelonCueBeforeAColonTakesTheQuotationAfterIt() {
        assertEquals(List.of("indirect|La maire|La maire|a déclaré|la ville tiendrait|null",
                        "direct|elle|La maire|Selon|le quartier sera reconstruit|null"),
                summary("La maire a déclaré que la ville tiendrait. Selon elle : « le quartier sera reconstruit »."));
    }

    @Test
    void impersonalGovernorsFutureStatementsStandsAndCommeIncises() {
        // « il convient de / il faut / il est sans doute utile de » + a reporting verb: the author's own statement
        assertEquals(List.of(), summary("Il convient de rappeler que la centrale a été bombardée deux fois."));
        assertEquals(List.of(), summary("Il faut dire que le gouvernement n'avait rien prévu."));
        assertEquals(List.of(), summary("Il est sans doute utile de souligner que les stocks sont pleins."));
        // a statement not made yet
        assertEquals(List.of(), summary("Les opposants diront peut-être que la réforme est injuste."));
        assertEquals(List.of("indirect|Le syndicat|Le syndicat|déclara|la grève était terminée|null"),
                summary("Le syndicat déclara que la grève était terminée."));
        // a stand reported through a possessive object; not a value affirmed by a decision
        assertEquals(List.of("indirect|Le Kremlin|Kremlin|a réaffirmé|sa volonté de poursuivre l'offensive|null"),
                summary("Le Kremlin a réaffirmé sa volonté de poursuivre l'offensive."));
        assertEquals(List.of(), summary("Le traité a affirmé le primat du droit international."));
        assertEquals(List.of("indirect|L'ONU|ONU|a recensé|une série de violations du cessez-le-feu|null"),
                summary("L'ONU a recensé une série de violations du cessez-le-feu."));
        // a passive judgement: what follows « comme »; without it, what was judged is no statement
        assertEquals(List.of("indirect|Kiev|Kiev|a été dénoncée|une agression injustifiée|null"),
                summary("Cette offensive a été dénoncée par Kiev comme une agression injustifiée."));
        assertEquals(List.of(), summary("La visite a été critiquée par plusieurs élus."));
        // « Comme X l'a noté, … », « comme le soulignent si justement X, … »
        assertEquals(List.of("indirect|Reuters|Reuters|a déjà noté|la production de blé a chuté de moitié|null"),
                summary("Comme Reuters l’a déjà noté, la production de blé a chuté de moitié."));
        assertEquals(List.of("indirect|plusieurs économistes|plusieurs économistes|soulignent"
                        + "|Les sanctions, comme le soulignent si justement plusieurs économistes, frappent d’abord les "
                        + "ménages|null|A"),
                summary("Les sanctions, comme le soulignent si justement plusieurs économistes, frappent d’abord les "
                        + "ménages."));
    }

    @Test
    void coordinatedPredicatesTitlesWithEnReflexiveInfinitivesAndLongHeadlineBodies() {
        // a noun-phrase object ends before a second predicate of the same subject or a new clause after « , et »
        assertEquals(List.of("indirect|Le ministre|Le ministre|dénonce|la « trahison » des alliés|null",
                        "indirect|Le ministre|Le ministre|accuse|la Commission de ne pas avoir agi|null"),
                summary("Le ministre dénonce à plusieurs reprises la « trahison » des alliés et accuse la Commission "
                        + "de ne pas avoir agi."));
        assertEquals(List.of("indirect|Les présentateurs de la chaîne publique|Les présentateurs de la chaîne publique"
                        + "|ont évoqué|la possibilité d’un conflit plus large|null",
                        "indirect|Anna Petrova, rédactrice en chef du journal|Anna Petrova|a déclaré"
                        + "|la guerre était inévitable|null"),
                summary("Les présentateurs de la chaîne publique ont évoqué lundi la possibilité d’un conflit plus "
                        + "large, et Anna Petrova, rédactrice en chef du journal, a déclaré que la guerre était "
                        + "inévitable."));
        // a request whose addressee and infinitive are separated by the occasion
        assertEquals(List.of("indirect|La chancelière|La chancelière|a demandé|garantir un cessez-le-feu|null"),
                summary("La chancelière a demandé au président russe lors de leur entretien téléphonique de garantir "
                        + "un cessez-le-feu."));
        // a reflexive verb with « de » + infinitive
        assertEquals(List.of("indirect|Le militant|Le militant|est ouvertement vanté"
                        + "|avoir franchi la frontière sans visa|null"),
                summary("Le militant s’est ouvertement vanté d’avoir franchi la frontière sans visa."));
        // a headline line: a body named in up to twelve words, or a medium, then a colon
        assertEquals(List.of("indirect|Le ministère de la Défense de la Fédération de Russie"
                        + "|Le ministère de la Défense de la Fédération de Russie|:"
                        + "|les forces ukrainiennes retiennent des civils dans une usine|null",
                        "indirect|Bloomberg|Bloomberg|:|la banque centrale va relever ses taux|null"),
                summary("Des combats ont eu lieu près de la ville.\n\nLe ministère de la Défense de la Fédération "
                        + "de Russie: les forces ukrainiennes retiennent des civils dans une usine\n\nLe texte a été "
                        + "publié lundi.\n\nBloomberg: la banque centrale va relever ses taux\n\nLa banque a "
                        + "démenti."));
        // a time between commas, an edition as the channel, before the object
        assertEquals(List.of("indirect|L'ONU|ONU|a répertorié|une série de violations du cessez-le-feu|null"),
                summary("L'ONU a répertorié, vendredi, une série de violations du cessez-le-feu."));
        assertEquals(List.of("indirect|Le quotidien|Le quotidien|a qualifié|la visite de « fiasco »|null"),
                summary("Le quotidien a qualifié dans son édition du 3 mai la visite de « fiasco »."));
        // « Pour X, » after a suspension mark the tokenizer did not split, with a description of the owners
        assertEquals(List.of("according_to|certains essayistes|certains essayistes|Pour"
                        + "|la crise est une aubaine|null|A",
                        "according_to|d’autres|d’autres|Pour|la crise annonce un déclin durable|null|A"),
                summary("Pour certains essayistes, la crise est une aubaine… Pour d’autres, sans doute plus lucides, "
                        + "la crise annonce un déclin durable."));
    }

    @Test
    void recapitulationsRelativeSelonAndDocumentsWithTheirAuthors() {
        // « C'est ce qu'a déclaré X » / « Voilà ce qu'a expliqué X »: the sentence before, quoted or not
        assertEquals(List.of("direct|le président|le président|a déclaré|Il n’y aura pas de retour en arrière.|null"),
                summary("« Il n’y aura pas de retour en arrière. » C’est ce qu’a déclaré le président lors de son "
                        + "allocution."));
        assertEquals(List.of("indirect|le ministre|le ministre|a affirmé|Le pays ne reculera pas|null"),
                summary("Le pays ne reculera pas. C’est ce que le ministre a affirmé mardi."));
        assertEquals(List.of("indirect|il|null|a affirmé|La guerre sera longue|null"),
                summary("La guerre sera longue. C’est ce qu’il a affirmé mardi devant les députés."));
        assertEquals(List.of(), summary("Nous ne savions rien. C’est ce que nous avons dit."));
        // « selon lequel » after a person or body (agreeing in gender), not after « les informations » nor a law
        assertEquals(List.of("according_to|un diplomate européen|un diplomate européen|selon lequel"
                        + "|l’accord est « presque prêt »|null|A"),
                summary("Le journal cite un diplomate européen selon lequel l’accord est « presque prêt »."));
        assertEquals(List.of("according_to|Le Kremlin|Kremlin|selon lequel|les sanctions sont illégales|null"),
                summary("Le Kremlin, selon lequel les sanctions sont illégales, a convoqué l’ambassadeur."));
        assertEquals(List.of(), summary("Les informations selon lesquelles le président serait malade ont été "
                + "démenties."));
        assertEquals(List.of(), summary("Il a été condamné en vertu d’une loi selon laquelle toute critique est "
                + "interdite."));
        // a document after « d'après » with its author and relay
        assertEquals(List.of("according_to|les chiffres communiqués par l’état-major"
                        + "|les chiffres communiqués par l’état-major|D’après|douze drones ont été abattus|null"),
                summary("D’après les chiffres communiqués par l’état-major, douze drones ont été abattus."));
    }

    @Test
    void opinionPieceCues() {
        // a complex inversion: the subject before the clitic
        assertEquals(List.of("indirect|Le président|Le président|a-t-il pas déclaré|la France était en guerre ?|null"),
                summary("Le président n’a-t-il pas déclaré que la France était en guerre ?"));
        assertEquals(List.of("according_to|le général de Gaulle|général de Gaulle|Pour citer"
                        + "|la France ne peut être la France sans la grandeur|null"),
                summary("Pour citer le général de Gaulle, la France ne peut être la France sans la grandeur."));
        assertEquals(List.of("indirect|Albert Camus|Albert Camus|écrivait"
                        + "|mal nommer les choses ajoute au malheur du monde|null"),
                summary("Comme l’écrivait Albert Camus dans ses carnets, mal nommer les choses ajoute au malheur du "
                        + "monde."));
        // « X, pour qui … , » : the antecedent's opinion
        assertEquals(List.of("according_to|Le philosophe|Le philosophe|pour qui|la guerre est toujours un échec|null",
                        "indirect|Le philosophe|Le philosophe|appelle|la négociation|null"),
                summary("Le philosophe, pour qui la guerre est toujours un échec, appelle à la négociation."));
        assertEquals(List.of("indirect|Le député|Le député|dénonce|une « dérive autoritaire »|null"),
                summary("Le député dénonce depuis des mois une « dérive autoritaire »."));
        // a warning with its addressee before the preposition; a dative clitic after « et » is no subject
        assertEquals(List.of("indirect|Les États-Unis|États-Unis|ont mis en garde|toute aide militaire à la Russie"
                        + "|null"),
                summary("Les États-Unis ont mis en garde la Chine contre toute aide militaire à la Russie."));
        assertEquals(List.of("indirect|Le ministère des Affaires étrangères|Le ministère des Affaires étrangères"
                        + "|a dit|ces propos étaient inacceptables|null"),
                summary("Le ministère des Affaires étrangères a convoqué l’ambassadeur et lui a dit que ces propos "
                        + "étaient inacceptables."));
        // a passive after a comma is no incise, and « , et que » opens no completive
        assertEquals(List.of(), summary("Le gouvernement défend une mesure qui, depuis le début, a été critiquée par "
                + "les libéraux pour des raisons morales, et que plusieurs pays abandonnent."));
    }

    @Test
    void theLatterIsThePersonLastNamed() {
        assertEquals(List.of("indirect|Ce dernier|Sergueï Lavrov|a affirmé|la Russie ne cherchait pas l’escalade|null"),
                summary("Le Premier ministre a reçu Sergueï Lavrov mardi. Ce dernier a affirmé que la Russie ne "
                        + "cherchait pas l’escalade."));
        assertEquals(List.of("indirect|Celle-ci|Marie Dupont|a assuré|l’usine tiendrait ses engagements|null"),
                summary("Le ministre a téléphoné à Marie Dupont. Celle-ci a assuré que l’usine tiendrait ses "
                        + "engagements."));
    }

    @Test
    void aClauseThenAColonAndQuotationsAreEachAStatement() {
        assertEquals(List.of("indirect|Le ministre estonien|Le ministre estonien|a répété|le traité était caduc|null",
                        "direct|Le ministre estonien|Le ministre estonien|a répété|Nous ne signerons rien|null",
                        "direct|Le ministre estonien|Le ministre estonien|a répété|nous ne reculerons pas|null"),
                summary("Le ministre estonien a répété que le traité était caduc : « Nous ne signerons rien », "
                        + "« nous ne reculerons pas »."));
        // without « que » the colon only announces the quotation
        assertEquals(List.of("direct|Le ministre estonien|Le ministre estonien|a déclaré|Nous ne signerons rien|null"),
                summary("Le ministre estonien a déclaré : « Nous ne signerons rien »."));
    }

    @Test
    void relativeQueAndQuotedWordsAfterAnInfinitiveReportNothing() {
        // « selon » + a criterion is no source
        assertEquals(List.of(), summary("Les aides varient selon l’origine des demandeurs et selon leur âge."));
        assertEquals(List.of(), summary("Le gouvernement pourra, selon son bon plaisir, interdire tel accès."));
        // « que » of a relative clause on the object is no completive
        assertEquals(List.of(), summary("Les autorités ont annoncé la tenue d’un scrutin, une décision que "
                + "l’Occident a dénoncée."));
        // after an addressee, « qu' » tagged as a pronoun is still the completive
        assertEquals(List.of("indirect|Le ministre|Le ministre|a répété|il ne démissionnerait pas|null"),
                summary("Le ministre a répété aux journalistes qu’il ne démissionnerait pas."));
        // « de soutenir Kiev « … » »: an infinitive with its object does not introduce the quotation
        assertEquals(List.of("indirect|Le président|Le président|a promis|la Belgique continuerait de soutenir Kiev "
                        + "« aussi longtemps qu’il le faudra »|null"),
                summary("Le président a promis que la Belgique continuerait de soutenir Kiev « aussi longtemps qu’il "
                        + "le faudra »."));
        assertEquals(List.of("direct|Le ministre|Le ministre|dire|nous verrons bien ce qui se passera|null"),
                summary("Le ministre s’est contenté de dire aux journalistes « nous verrons bien ce qui se passera »."),
                "an infinitive with an addressee does");
        assertEquals(List.of("direct|La Belgique|Belgique|soutiendra|aussi longtemps que nécessaire|null"),
                summary("La Belgique soutiendra « aussi longtemps que nécessaire »."), "a finite verb still does");
    }

    @Test
    void anAccordingIncisePlacedInsideOneClauseReportsTheWholeClause() {
        assertEquals(List.of("according_to|lui|null|selon|Il s’agit, selon lui, d’une violation du droit de la mer|null"),
                summary("Il s’agit, selon lui, d’une violation du droit de la mer."));
        // no comma before « selon »: no incise, the clause ends before the cue
        assertEquals(List.of("according_to|Kiev|Kiev|selon|Les frappes ont repris dans la nuit|null"),
                summary("Les frappes ont repris dans la nuit selon Kiev, lundi."));
    }

    @Test
    void coordinatedSourcesAreOneVoiceEach() {
        assertEquals(List.of("indirect|Varsovie|Varsovie|affirment|le dossier avance|null",
                        "indirect|Vilnius|Vilnius|affirment|le dossier avance|null"),
                summary("Varsovie et Vilnius affirment que le dossier avance."));
        assertEquals(List.of("indirect|La Première ministre danoise|La Première ministre danoise|ont assuré"
                        + "|l’aide ne faiblirait pas|null",
                        "indirect|le président finlandais|le président finlandais|ont assuré|l’aide ne faiblirait pas|null"),
                summary("La Première ministre danoise et le président finlandais ont assuré que l’aide ne faiblirait "
                        + "pas."));
        // one body whose name holds « et », one office of two fields, a possessive: one voice
        assertEquals(1, summary("Selon l’Organisation pour la sécurité et la coopération en Europe, les tirs ont "
                + "repris.").size());
        assertEquals("according_to|l’Organisation pour la sécurité et la coopération en Europe"
                + "|l’Organisation pour la sécurité et la coopération en Europe|Selon|les tirs ont repris|null",
                summary("Selon l’Organisation pour la sécurité et la coopération en Europe, les tirs ont repris.")
                        .get(0));
        assertEquals(1, summary("Le ministre de l’Économie et des Finances a assuré que les prix baisseraient.").size());
        assertEquals(1, summary("Le président et son entourage affirment que l’Occident ment.").size());
        // a list « X, Y et Z » is one voice per source; an apposition between commas is not a list
        assertEquals(List.of("indirect|Madrid|Madrid|ont réclamé|une réunion d’urgence du Conseil|null",
                        "indirect|Lisbonne|Lisbonne|ont réclamé|une réunion d’urgence du Conseil|null",
                        "indirect|Athènes|Athènes|ont réclamé|une réunion d’urgence du Conseil|null"),
                summary("Madrid, Lisbonne et Athènes ont réclamé une réunion d’urgence du Conseil."));
        assertEquals(List.of("according_to|Ottawa|Ottawa|Selon|les livraisons reprendront en mai|null",
                        "according_to|Oslo|Oslo|Selon|les livraisons reprendront en mai|null",
                        "according_to|Helsinki|Helsinki|Selon|les livraisons reprendront en mai|null"),
                summary("Selon Ottawa, Oslo et Helsinki, les livraisons reprendront en mai."));
        assertEquals(1, summary("Le chef de la diplomatie, Pekka Haavisto, a assuré que l’aide continuerait.").size());
    }

    @Test
    void aJudgingParticipleWithItsAgentReportsWhatFollowsComme() {
        assertEquals(List.of("indirect|Tbilissi|Tbilissi|dénoncée|une annexion déguisée|null",
                        "indirect|les capitales voisines|les capitales voisines|dénoncée|une annexion déguisée|null"),
                summary("La manœuvre, dénoncée par Tbilissi et les capitales voisines comme une annexion déguisée, se "
                        + "poursuit."));
        // without « comme » the participle only describes the noun
        assertEquals(List.of(), summary("Les propos rapportés par le quotidien ont choqué les élus."));
    }

    @Test
    void causativeReportingVerbsAndATitleOfTheOtherGender() {
        assertEquals(List.of("indirect|La présentatrice|La présentatrice|remarquer"
                        + "|la Hongrie refuse le transit des armes|null"),
                summary("La présentatrice lui fait remarquer que la Hongrie refuse le transit des armes."));
        assertEquals(List.of("direct|le vieux pasteur|le vieux pasteur|a prêché|Aucune bombe ne nous divisera|null"),
                summary("« Aucune bombe ne nous divisera », a prêché le vieux pasteur devant les fidèles."));
        // « le ministre » is not the woman called « la ministre » before
        List<String> two = summary("La ministre suédoise a dit que l’accord tiendrait. Le ministre a ajouté que "
                + "Stockholm paierait.");
        assertEquals("indirect|Le ministre|Le ministre|a ajouté|Stockholm paierait|null", two.get(1));
    }

    @Test
    void bodiesWithPourAcronymsDescribedDocumentsAndNewVerbs() {
        assertEquals(List.of("according_to|l’Institut pour l’étude de la guerre (ISW)|ISW|Selon"
                        + "|les forces russes manquent de munitions|null"),
                summary("Selon l’Institut pour l’étude de la guerre (ISW), les forces russes manquent de munitions."));
        assertEquals(List.of("according_to|nouvelles estimations de l’Organisation mondiale de la santé"
                        + "|nouvelles estimations de l’Organisation mondiale de la santé|D’après"
                        + "|la maladie a fait trois fois plus de morts|null"),
                summary("D’après de nouvelles estimations de l’Organisation mondiale de la santé publiées ce jeudi, la "
                        + "maladie a fait trois fois plus de morts."));
        assertEquals(List.of("indirect|Le patron de la CIA|Le patron de la CIA|a mis en doute"
                        + "|la santé du président russe|null"),
                summary("Le patron de la CIA a mis en doute la santé du président russe."));
        assertEquals(List.of("indirect|Human Rights Watch|Human Rights Watch|a documenté"
                        + "|des exécutions sommaires dans la région|null"),
                summary("Human Rights Watch a documenté des exécutions sommaires dans la région."));
        // abstract subjects are no sources
        assertEquals(List.of(), summary("La science met en doute la stratégie de confinement."));
    }

    @Test
    void requestVerbsThatNameOrOrderAreNoAttributions() {
        assertEquals(List.of(), summary("Le village, appelé Nova Petrivka, a été bombardé dans la nuit."));
        assertEquals(List.of(), summary("Le gouvernement a appelé les réservistes sous les drapeaux."));
        assertEquals(List.of(), summary("Le ministère de la Santé : un bilan encore provisoire\n\nLe texte suit."));
        assertEquals(List.of(), summary("Les députés ont ainsi voté, ainsi que le prévoyait le règlement, la loi."));
    }

    /** Session 14: constructions of everyday reporting, written and checked on invented sentences. */
    @Test
    void commonReportingConstructionsOfSession14() {
        // « que » before a comma is tagged as an adverb: it still opens the reported clause
        assertEquals(List.of("indirect|Le ministre belge|Le ministre belge|a également souligné"
                        + "|si rien ne change, les prix continueront de grimper|null"),
                summary("Le ministre belge a également souligné que, si rien ne change, les prix continueront de "
                        + "grimper."));
        // an addressee between the verb and an infinitive or a noun-phrase object
        assertEquals(List.of("indirect|Des témoins|Des témoins|ont raconté|avoir vu des colonnes de blindés|null|A"),
                summary("Des témoins ont raconté à l'AFP avoir vu des colonnes de blindés."));
        assertEquals(List.of("indirect|Le maire|Le maire|a expliqué|ne pas vouloir démissionner|null"),
                summary("Le maire a expliqué à France Info ne pas vouloir démissionner."));
        assertEquals(List.of("indirect|Une source militaire|Une source militaire|a confirmé"
                        + "|la perte de deux hélicoptères|null|A"),
                summary("Une source militaire a confirmé à Reuters la perte de deux hélicoptères."));
        // a pronominal cue the tagger reads as an adjective; a postposed cue added to the lexicon
        assertEquals(List.of("direct|Marc Durand|Marc Durand|s'indigne|C'est un scandale|null"),
                summary("« C'est un scandale », s'indigne Marc Durand."));
        assertEquals(List.of("direct|un élu de la région|un élu de la région|tempère|Il n'y a aucune raison de "
                        + "paniquer|null|A"),
                summary("« Il n'y a aucune raison de paniquer », tempère un élu de la région."));
        // « à ses yeux » inside a clause, with no commas
        assertEquals(List.of("indirect|Le président|Le président|a rappelé|le traité était caduc|null",
                        "according_to|ses|Le président|à ses yeux|La Russie est à ses yeux une menace durable|null"),
                summary("Le président a rappelé que le traité était caduc. La Russie est à ses yeux une menace "
                        + "durable."));
        // a name, then its title in apposition, before the verb: the parse makes the title the subject
        assertEquals(List.of("indirect|Jens Stoltenberg, le secrétaire général de l'Otan|Jens Stoltenberg|a déclaré"
                        + "|l'Alliance était unie|null"),
                summary("Jens Stoltenberg, le secrétaire général de l'Otan, a déclaré que l'Alliance était unie."));
        // a judging adjective before the noun phrase it bears on
        assertEquals(List.of("indirect|Plusieurs experts|Plusieurs experts|jugent|peu probable une offensive avant le "
                        + "printemps|null|A"),
                summary("Plusieurs experts jugent peu probable une offensive avant le printemps."));
        // wire copy's impersonal « a-t-on appris » with its source
        assertEquals(List.of("direct|source diplomatique|source diplomatique|a-t-on appris de|Il faut rester "
                        + "prudent|null|A"),
                summary("« Il faut rester prudent », a-t-on appris de source diplomatique."));
        assertEquals(List.of("direct|la préfecture|la préfecture|a-t-on appris auprès de|Deux routes sont "
                        + "coupées|null"),
                summary("« Deux routes sont coupées », a-t-on appris auprès de la préfecture."));
        // a source « citée par » a medium in apposition: the source speaks, the medium relays
        assertEquals(List.of("indirect|Les autorités locales|Les autorités locales|font état|trois blessés|Interfax"),
                summary("Les autorités locales, citées par l'agence Interfax, font état de trois blessés."));
        // an outlet as the channel of a statement; a charge after an addressee; a clause of what happened next
        assertEquals(List.of("direct|Paul Martin|Paul Martin|a écrit|le gouvernement doit choisir entre deux maux|null"),
                summary("Comme l'a écrit Paul Martin dans Le Figaro, « le gouvernement doit choisir entre deux maux »."));
        assertEquals(List.of("indirect|Le ministre|Le ministre|a accusé|l'ONG de mentir|null",
                        "indirect|l'ONG|l'ONG|a reproché|mettre en danger des civils|null"),
                summary("Le ministre a accusé l'ONG de mentir, après que l'ONG a reproché à Kiev de mettre en danger "
                        + "des civils."));
        // « selon ses informations » inside the same speaker's statement is that voice again; alone it is one
        assertEquals(List.of("indirect|Le député|Le député|a déclaré|selon ses informations, les troupes se "
                        + "préparent|null", "according_to|ses|Le député|Selon|la dette atteindra 120 % du PIB|null"),
                summary("Le député a déclaré que, selon ses informations, les troupes se préparent. Selon ses "
                        + "calculs, la dette atteindra 120 % du PIB."));
        // a statement in a fronted subordinate clause ends before the main clause
        assertEquals(List.of("indirect|le ministre|le ministre|affirme|tout va bien|null"),
                summary("Quand le ministre affirme que tout va bien, personne ne le croit."));
        // someone's words as the source of an opinion
        assertEquals(List.of("according_to|Clemenceau|Clemenceau|Selon le mot de|la guerre est une chose trop grave "
                        + "pour être confiée à des militaires|null"),
                summary("Selon le mot de Clemenceau, la guerre est une chose trop grave pour être confiée à des "
                        + "militaires."));
        // an emphatic « lui-même » between the verb and its colon
        assertEquals(List.of("indirect|Le sociologue|Le sociologue|reconnaît|les inégalités progressent|null"),
                summary("Le sociologue le reconnaît lui-même : les inégalités progressent."));
        // a headline quotation, a colon, then the clause of its speaker
        assertEquals(List.of("direct|le ministre de la Défense|le ministre de la Défense|:|Nous sommes prêts|null"),
                summary("« Nous sommes prêts » : le ministre de la Défense rassure les réservistes\n\nLe texte suit."));
        // an incise between dashes; a dislocated subject the parse leaves without a subject; « (selon X) »
        assertEquals(List.of("indirect|-t-il|null|a-t-il dit|La situation – a-t-il dit – reste très préoccupante|null"),
                summary("La situation – a-t-il dit – reste très préoccupante."));
        assertEquals(List.of("indirect|Les habitants|Les habitants|disent|vivre dans la peur|null"),
                summary("Les habitants, eux, disent vivre dans la peur."));
        assertEquals(List.of("according_to|l'AFP|AFP|selon|Les négociations ont échoué|null"),
                summary("Les négociations ont échoué (selon l'AFP) après trois jours de discussions."));
        // a participle after a clitic, tagged as a noun; a comment on the clause before; « faire part de »
        assertEquals(List.of("direct|Le Kremlin|Kremlin|qualifiant|russophobes|null"),
                summary("Le Kremlin a rejeté ces accusations, les qualifiant de « russophobes »."));
        assertEquals(List.of("indirect|Moscou|Moscou|dément|Les troupes auraient franchi la frontière|null"),
                summary("Les troupes auraient franchi la frontière, ce que dément Moscou."));
        assertEquals(List.of("indirect|Le ministère|Le ministère|a fait part|sa « profonde préoccupation »|null"),
                summary("Le ministère a fait part de sa « profonde préoccupation »."));
        // « un rapport publié mardi par X »: the author after a time word
        List<String> report = summary("D'après un rapport publié mardi par Amnesty International, les arrestations "
                + "se multiplient.");
        assertEquals(List.of("according_to|un rapport publié mardi par Amnesty International|Amnesty International"
                + "|D'après|les arrestations se multiplient|null"), report);
    }

    /** « les mots de X : « … » » gives the quotation to X; « a répondu aux propos de X : « … » » does not. */
    @Test
    void aQuotationAnnouncedBySomeonesWordsIsTheirs() {
        assertEquals(List.of("direct|Churchill|Churchill|:|Nous ne nous rendrons jamais|null"),
                summary("Le sénateur a cité les mots de Churchill devant la commission : « Nous ne nous rendrons "
                        + "jamais »."));
        assertEquals(List.of("direct|Lincoln|Lincoln|:|Avec malveillance envers personne|null"),
                summary("Il faut relire les paroles de Lincoln lors de son second discours : « Avec malveillance "
                        + "envers personne »."));
        assertEquals(List.of("direct|Le Kremlin|Kremlin|a répondu|Ce sont des insultes inacceptables|null"),
                summary("Le Kremlin a répondu aux propos de Biden : « Ce sont des insultes inacceptables »."));
    }

    /**
     * A paragraph that is one quotation, right after a paragraph ending with an attributed quotation, is the same
     * speaker going on; a short quoted intertitle is not, nor a quotation after a paragraph that ends otherwise.
     */
    @Test
    void aQuotedParagraphGoesOnWithThePreviousSpeaker() {
        assertEquals(List.of("direct|sa secrétaire, Lucie Marchand|Lucie Marchand|a affirmé|Cette proposition est une "
                        + "provocation|null",
                "direct|sa secrétaire, Lucie Marchand|Lucie Marchand|a affirmé|Nous attendons des actes. Les salariés "
                        + "sont épuisés.|null"),
                summary("Le syndicat a répondu. « Cette proposition est une provocation », a affirmé sa secrétaire, "
                        + "Lucie Marchand.\n\n« Nous attendons des actes. Les salariés sont épuisés. »\n"));
        assertEquals(1, summary("« Cette proposition est une provocation », a affirmé Lucie Marchand.\n\n"
                + "« Fausse route »\n\nLe texte suit.").size(), "an intertitle");
        assertEquals(1, summary("« Cette proposition est une provocation », a affirmé Lucie Marchand. Le préfet n'a "
                + "pas répondu.\n\n« Nous attendons des actes. Les salariés sont épuisés. »\n").size(),
                "the paragraph before ends with the narrator");
    }

    @Test
    void seedsKeepTheSpanContractAndFindAttributions() throws Exception {
        Path seeds = SharedCoreNlp.shared().resolve("corpus").resolve("seeds");
        int total = 0;
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(f);
                AnnotatedDocument d = SharedCoreNlp.get().annotate(Article.of(f.getFileName().toString(), text));
                List<Attribution> out = EXTRACTOR.extract(d);
                for (Attribution a : out) {
                    AttributionContract.assertExact(d.text(), a);
                }
                assertEquals(out, EXTRACTOR.extract(d), "deterministic on " + f);
                total += out.size();
            }
        }
        assertTrue(total >= 100, "the five seeds hold well over a hundred attributions, found " + total);
    }
}
