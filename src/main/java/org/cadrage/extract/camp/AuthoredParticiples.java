package org.cadrage.extract.camp;

import java.util.regex.Pattern;

/**
 * Participles that tie a document or figure to its author, before « par X »: « un bilan fourni par la présidence »,
 * « les chiffres communiqués par l'état-major », « un rapport rédigé par l'ONU », « une lettre signée par … ». The
 * camp resolver reads « par X » after them as the document's author; the attribution extractor keeps X as the
 * speaker of « selon les chiffres communiqués par X ». Participles that only describe a source (« consulté par »,
 * « obtenu par ») are not listed: who read a document did not write it. Stateless; thread-safe.
 */
public final class AuthoredParticiples {
    /** Stems, lower case without accents, of the authoring verbs; any participle ending follows. */
    private static final Pattern STEMS = Pattern.compile("(?:(?:communiqu|publi|diffus|rapport|relay|devoil|annonc"
            + "|realis|compil|recens|redig|sign)(?:e|ee|es|ees)|rend(?:u|ue|us|ues)|transm(?:is|ise|ises)"
            + "|(?:fourn|etabl)(?:i|ie|is|ies))");

    private AuthoredParticiples() {
    }

    /** Whether {@code word} (any case, with or without accents) is an authoring participle. */
    public static boolean matches(String word) {
        return word != null && STEMS.matcher(Words.key(word)).matches();
    }
}
