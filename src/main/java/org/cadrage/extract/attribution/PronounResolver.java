package org.cadrage.extract.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Resolves a pronoun speaker (« il », « -t-elle », « ils ») to the latest earlier antecedent of compatible gender
 * and number, and a title alone (« l'hydrologue ») to the latest antecedent described with that title whose gender
 * and number do not clash with the title's article. Gender and number come from the antecedent's words (« la
 * porte-parole », « Mme », « les ministres »); an antecedent whose gender is unknown fits both « il » and « elle ».
 *
 * <p>Holds the antecedents of one document in order: not thread-safe, one instance per extraction.
 * {@link #resolve} returns {@code null} when nothing fits; names must not be {@code null}.
 */
final class PronounResolver {
    /** A resolved antecedent. */
    record Antecedent(String name, String title, boolean female, boolean male, boolean plural, boolean anonymous) {
    }

    private final Words words;
    private final List<Antecedent> seen = new ArrayList<>();

    PronounResolver(Words words) {
        this.words = words;
    }

    /** Adds an antecedent described by its lower-case words and its title (head noun, or null). */
    void add(String name, List<String> lowWords, String title, boolean anonymous) {
        boolean female = false;
        boolean male = false;
        boolean plural = false;
        if (!lowWords.isEmpty()) {
            String first = lowWords.get(0);
            female = words.is("female", first);
            male = words.is("male", first);
            plural = words.is("plural", first);
            for (String w : lowWords) {
                female |= w.equals("mme") || w.equals("madame");
                male |= w.equals("m.") || w.equals("monsieur");
            }
        }
        seen.add(new Antecedent(name, title, female && !male, male && !female, plural, anonymous));
    }

    /**
     * The latest antecedent with this title (« l'hydrologue » after « X, hydrologue ») whose gender and number do not
     * clash with the article (lower case) before the title: « le ministre » is not « la ministre allemande ». Null
     * when none fits.
     */
    Antecedent byTitle(String article, String title) {
        boolean female = words.is("female", article);
        boolean male = words.is("male", article);
        boolean plural = words.is("plural", article);
        for (int i = seen.size() - 1; i >= 0; i--) {
            Antecedent a = seen.get(i);
            if (female && a.male() || male && a.female() || plural != a.plural()) {
                continue;
            }
            if (title.equals(a.title()) && !a.name().toLowerCase(Locale.ROOT).endsWith(title)) {
                return seen.get(i);
            }
        }
        return null;
    }

    /** The latest speaker of any gender and number (the unexpressed subject of « Et d'ajouter »), or null. */
    Antecedent latest() {
        return seen.isEmpty() ? null : seen.get(seen.size() - 1);
    }

    /** The latest antecedent of {@code pronoun} (lower case) whose gender and number do not clash, or null. */
    Antecedent resolve(String pronoun) {
        boolean female = words.is("female", pronoun);
        boolean plural = words.is("plural", pronoun);
        for (int i = seen.size() - 1; i >= 0; i--) {
            Antecedent a = seen.get(i);
            if (a.plural() == plural && !(female ? a.male() : a.female())) {
                return a;
            }
        }
        return null;
    }
}
