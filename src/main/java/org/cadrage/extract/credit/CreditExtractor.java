package org.cadrage.extract.credit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cadrage.extract.Extractor;
import org.cadrage.extract.credit.OutletRegistry.NameHit;
import org.cadrage.model.Credit;
import org.cadrage.model.CreditKind;
import org.cadrage.model.NormalizedText;
import org.cadrage.model.Span;
import org.cadrage.nlp.AnnotatedDocument;

/**
 * Finds credits to outlets: photo credits, agency datelines, links to registered outlet domains and outlets named
 * as the origin of information. Works on the document's normalised analysis text (boilerplate blanked) with accents
 * folded, and reports spans into {@link AnnotatedDocument#text()}.
 *
 * <ul>
 *   <li>PHOTO: a marker (©, « Crédit(s) (photo) : », « Photo : », « Image : », « Image from », « Photo by »...) and
 *       the credited text up to the end of the line, or a parenthesis « (Photo de Reuters) ». The credited text is
 *       split on {@code /} and {@code ,}; each part is resolved as a name, a handle or a domain; news agencies and
 *       state media win over government bodies, which win over other types, platforms come last.</li>
 *   <li>DATELINE: at a paragraph start, « MOSCOU, 10 février. /TASS/. » or « PARIS (AFP) - ».</li>
 *   <li>LINK: a URL whose host is a registered domain of an outlet that is not a platform.</li>
 *   <li>SOURCE_MENTION: a registered name after a cue from {@code mention-cues.tsv} (« selon », « cité par »...),
 *       possibly across a few lower-case descriptor words, or followed by a reporting verb; names coordinated with a
 *       mention (« selon Reuters et l'AFP ») are mentions too.</li>
 * </ul>
 * Credits never overlap (dateline, then photo, then link, then mention win) and are sorted by offset.
 *
 * <p>Stateless and thread-safe; {@link #extract} never returns {@code null}.
 */
public final class CreditExtractor implements Extractor<Credit> {
    private static final String CUES = "mention-cues.tsv";
    private static final String MONTH = "(?i:janvier|janv|fevrier|fevr|fev|mars|avril|avr|mai|juin|juillet|juil"
            + "|aout|septembre|sept|octobre|oct|novembre|nov|decembre|dec)";
    private static final String CITY = "\\p{Lu}[\\p{L}'\\-]*(?:[ ](?:\\p{Lu}[\\p{L}'\\-]*|de|du|sur|la|le)){0,3}";
    private static final String DATE = "\\d{1,2}(?:er)?[ ]+" + MONTH + "\\.?(?:[ ]+\\d{4})?";
    private static final Pattern SLASH_DATELINE = Pattern.compile("(?m)^[ ]*(?<city>" + CITY + ")(?:[ ]*,[ ]*"
            + DATE + ")?[ ]*\\.?[ ]*/(?<agency>\\p{Lu}[\\p{L} \\-]{0,24})/(?:[ ]*\\.)?");
    private static final Pattern PAREN_DATELINE = Pattern.compile("(?m)^[ ]*(?<city>" + CITY + ")(?:[ ]*,[ ]*"
            + DATE + ")?[ ]*\\((?<agency>\\p{Lu}[\\p{L} .\\-]{0,30}?)\\)[ ]*[-:]");
    private static final Pattern PAREN_PHOTO = Pattern.compile(
            "\\((?:©|(?i:photos?|images?|illustrations?|credits?(?:[ ]+photos?)?|captures?[ ]+d'ecran))"
                    + "(?<body>[^()\\n]{1,100})\\)");
    private static final Pattern LINE_PHOTO = Pattern.compile(
            "(?:©|(?i:credits?(?:[ ]+(?:photos?|images?))?|photos?|images?|illustrations?|captures?[ ]+d'ecran)"
                    + "[ ]*:|(?:Photo|Image|Video|Screenshot|Footage|Picture)s?[ ]+(?:from|by|via|courtesy(?: of)?)"
                    + "(?![\\p{L}]))[ ]*(?<body>[^\\n]+)");
    private static final Pattern BODY_END = Pattern.compile("\\.[ ]+\\p{Lu}|[ ]+-[ ]+|[ ]+\\|");
    private static final int MAX_BODY = 80;
    private static final Pattern PART_SPLIT = Pattern.compile("[/,]|[ ]+(?:via|pour|for)[ ]+");
    private static final Pattern PART_PREFIX = Pattern.compile("^(?:[ :]+|(?i:de|d'|par|from|by|du)[ ]+|d')+");
    private static final Pattern DOMAIN = Pattern.compile("(?i)[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,12}");
    private static final Pattern URL = Pattern.compile("(?i)(?<![\\w@/.\\-])(?:https?://[^\\s<>\"()\\[\\]]+"
            + "|www\\.[^\\s<>\"()\\[\\]]+|[a-z0-9][a-z0-9\\-]*(?:\\.[a-z0-9\\-]+)*\\.[a-z]{2,12}/[^\\s<>\"()\\[\\]]*)");
    private static final Pattern COORDINATION = Pattern.compile("^[ ]*(?:,|et|ou)[ ]*(?:l'|le[ ]+|la[ ]+|les[ ]+)?$");
    private static final int WINDOW = 140;
    private static final int AFTER_WINDOW = 60;

    private static final Pattern BEFORE;
    private static final Pattern BEFORE_VERB;
    private static final Pattern AFTER;
    /** A medium noun, up to two lower-case adjectives, and a capitalised name or a domain: « le média hongrois X ». */
    private static final Pattern MEDIUM_NAME;
    /** Capitalised words that follow a medium noun without being an outlet's name (« son site Internet »). */
    private static final java.util.Set<String> NOT_NAME;
    /** A title-like name with a capitalised article, « La Voix du Centre », or a bare domain, « Exemple.hu ». */
    private static final Pattern TITLE_NAME = Pattern.compile("(?<![\\p{L}\\p{N}'.@/])(?:"
            + "(?:Le|La|Les|L')[ ]?\\p{Lu}\\p{Ll}[\\p{L}\\-]*(?:[ ]+(?:(?:du|de|des|la|le|d'|l')[ ]*){0,2}\\p{Lu}[\\p{L}\\-]*){0,3}"
            + "|[A-Za-z][A-Za-z0-9\\-]*\\.(?:fr|com|net|org|info|news|eu|ru|ua|hu|de|it|es|be|ch|ca|pl|ro|co\\.uk))"
            + "(?![\\p{L}\\p{N}.]*[/@])");
    private static final String NAME = "(?<name>(?-i:\\p{Lu})[\\p{L}\\-]*(?:\\.[a-z]{2,4})?"
            + "(?:[ ]+(?:(?:du|de|des|la|le|d'|l')[ ]*){0,2}(?-i:\\p{Lu})[\\p{L}\\-]*){0,3})";

    static {
        Map<String, List<String>> cues = readCues();
        String descriptor = "(?:(?:[ ]+|(?<='))(?!(?:" + String.join("|", cues.get("break"))
                + ")(?![a-z']))[a-z][a-z\\-]*'?)";
        String tail = descriptor + "{0,5}(?:[ ]+|(?<='))$";
        BEFORE = Pattern.compile("(?<![\\p{L}\\p{N}])(?i:" + String.join("|", cues.get("before")) + ")" + tail);
        BEFORE_VERB = Pattern.compile("(?<![\\p{L}\\p{N}'])(?i:" + String.join("|", cues.get("before_verb")) + ")"
                + tail);
        AFTER = Pattern.compile("[ ]*,?[ ]*(?:" + String.join("|", cues.get("after")) + ")(?![\\p{L}])");
        MEDIUM_NAME = Pattern.compile("(?<![\\p{L}\\p{N}])(?i:(?:" + String.join("|", cues.get("medium"))
                + ")(?:[ ]+(?!(?:" + String.join("|", cues.get("break")) + "|de|du|des|d'|la|le|les|l'|en|a|au|aux"
                + "|par|pour|sur|dans|son|sa|ses|leur|leurs)[ ])(?-i:[a-z][a-z\\-]*)){0,2}[ ]+)" + NAME);
        NOT_NAME = java.util.Set.copyOf(cues.get("not_name"));
    }

    private final OutletRegistry registry;

    /** An extractor using the default {@link OutletRegistry#load() registry}. */
    public CreditExtractor() {
        this(OutletRegistry.load());
    }

    /** An extractor resolving names against {@code registry} (not {@code null}). */
    public CreditExtractor(OutletRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /** The default outlet registry. */
    public static OutletRegistry registry() {
        return OutletRegistry.load();
    }

    private static Map<String, List<String>> readCues() {
        Map<String, List<String>> cues = new java.util.TreeMap<>();
        for (String k : List.of("before", "before_verb", "after", "break", "medium", "not_name")) {
            cues.put(k, new ArrayList<>());
        }
        try (InputStream in = CreditExtractor.class.getResourceAsStream(CUES)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + CUES);
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n");
            for (int n = 0; n < lines.length; n++) {
                if (lines[n].isBlank() || lines[n].startsWith("#")) {
                    continue;
                }
                String[] c = lines[n].split("\t", -1);
                if (c.length != 2 || !cues.containsKey(c[0]) || c[1].isBlank()) {
                    throw new IllegalArgumentException(CUES + " line " + (n + 1)
                            + ": expected '<before|before_verb|after|break|medium|not_name> TAB <regex>', got '" + lines[n] + "'");
                }
                cues.get(c[0]).add(c[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CUES, e);
        }
        return cues;
    }

    @Override
    public List<Credit> extract(AnnotatedDocument document) {
        NormalizedText norm = document.normalized();
        String text = OutletRegistry.fold(norm.text());
        List<Candidate> accepted = new ArrayList<>();
        java.util.function.BiPredicate<Integer, Integer> personOrPlace = (start, end) -> {
            Span span = norm.toOriginal(start, end);
            return document.sentences().stream().flatMap(sentence -> sentence.tokens().stream())
                    .anyMatch(tok -> tok.start() < span.end() && span.start() < tok.end()
                            && (tok.ner().equals("PER") || tok.ner().equals("LOC")));
        };
        for (List<Candidate> candidates : List.of(datelines(text), photos(text), links(text),
                mentions(text, personOrPlace))) {
            for (Candidate c : candidates) {
                if (accepted.stream().noneMatch(a -> a.start < c.end && c.start < a.end)) {
                    accepted.add(c);
                }
            }
        }
        String source = document.text();
        List<Credit> credits = new ArrayList<>();
        for (Candidate c : accepted) {
            Span span = norm.toOriginal(c.start, c.end);
            Outlet o = c.outlet;
            credits.add(new Credit(span.of(source), span.start(), span.end(), c.kind, o == null ? null : o.name(),
                    o == null ? null : o.stateAffiliated(), o == null ? null : o.country()));
        }
        credits.sort(Comparator.comparing(Credit::span).thenComparing(Credit::kind));
        return List.copyOf(credits);
    }

    private record Candidate(int start, int end, CreditKind kind, Outlet outlet) {
    }

    private List<Candidate> datelines(String text) {
        List<Candidate> out = new ArrayList<>();
        for (Pattern p : List.of(SLASH_DATELINE, PAREN_DATELINE)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                Outlet o = registry.byName(m.group("agency")).orElse(null);
                String city = m.group("city");
                if (o != null || city.equals(city.toUpperCase(java.util.Locale.ROOT))) {
                    out.add(new Candidate(m.start("city"), m.end(), CreditKind.DATELINE, o));
                }
            }
        }
        return out;
    }

    private List<Candidate> photos(String text) {
        List<Candidate> out = new ArrayList<>();
        Matcher m = PAREN_PHOTO.matcher(text);
        while (m.find()) {
            String body = m.group("body");
            if (looksCredited(body)) {
                out.add(new Candidate(m.start(), m.end(), CreditKind.PHOTO, resolveCredit(body)));
            }
        }
        m = LINE_PHOTO.matcher(text);
        while (m.find()) {
            int bodyStart = m.start("body");
            String body = m.group("body");
            Matcher end = BODY_END.matcher(body);
            if (end.find()) {
                body = body.substring(0, end.start() + (body.charAt(end.start()) == '.' ? 1 : 0));
            }
            if (body.length() > MAX_BODY) {
                int space = body.lastIndexOf(' ', MAX_BODY);
                body = body.substring(0, space > 0 ? space : MAX_BODY);
            }
            body = body.replaceFirst("[ .,;:]+$", "");
            if (looksCredited(body) && out.stream().noneMatch(c -> c.start <= bodyStart && bodyStart < c.end)) {
                out.add(new Candidate(m.start(), bodyStart + body.length(), CreditKind.PHOTO, resolveCredit(body)));
            }
        }
        return out;
    }

    /** A credited text names someone: it has a capital, a handle or a domain (not « (photo d'illustration) »). */
    private static boolean looksCredited(String body) {
        return body.chars().anyMatch(c -> Character.isUpperCase(c) || c == '@') || DOMAIN.matcher(body).find();
    }

    private Outlet resolveCredit(String body) {
        Outlet best = null;
        for (String raw : PART_SPLIT.split(body)) {
            String part = PART_PREFIX.matcher(raw.strip()).replaceFirst("").strip();
            Outlet o = resolvePart(part);
            if (o != null && (best == null || rank(o) < rank(best))) {
                best = o;
            }
        }
        return best;
    }

    private Outlet resolvePart(String part) {
        if (part.isEmpty()) {
            return null;
        }
        Optional<Outlet> o = registry.byName(part);
        if (o.isEmpty() && DOMAIN.matcher(part).matches()) {
            o = registry.byDomain(part);
        }
        if (o.isEmpty()) {
            List<NameHit> hits = registry.scan(part);
            o = hits.isEmpty() ? Optional.empty() : Optional.of(hits.get(0).outlet());
        }
        return o.orElse(null);
    }

    private static int rank(Outlet o) {
        if (o.isMedia()) {
            return 0;
        }
        if (o.type().equals("government_body")) {
            return 1;
        }
        return o.type().equals("platform") ? 3 : 2;
    }

    private List<Candidate> links(String text) {
        List<Candidate> out = new ArrayList<>();
        Matcher m = URL.matcher(text);
        while (m.find()) {
            String url = m.group().replaceFirst("[.,;:!?'\"]+$", "");
            Optional<Outlet> o = registry.byDomain(url);
            if (o.isPresent() && !o.get().type().equals("platform")) {
                out.add(new Candidate(m.start(), m.start() + url.length(), CreditKind.LINK, o.get()));
            }
        }
        return out;
    }

    /** A name that may be credited: a registry hit, or an unregistered outlet name ({@code outlet == null}). */
    private record Hit(int start, int end, Outlet outlet, boolean speakerLike, boolean titleOnly) {
    }

    private List<Candidate> mentions(String text, java.util.function.BiPredicate<Integer, Integer> personOrPlace) {
        List<Hit> hits = new ArrayList<>();
        for (NameHit h : registry.scan(text)) {
            Outlet o = h.outlet();
            hits.add(new Hit(h.start(), h.end(), o, o.type().equals("government_body") || o.type().equals("platform"),
                    false));
        }
        hits.addAll(unregistered(text, hits, personOrPlace));
        hits.sort(Comparator.comparingInt(Hit::start).thenComparingInt(Hit::end));
        List<Candidate> out = new ArrayList<>();
        int previousEnd = -1;
        for (Hit hit : hits) {
            if (hit.speakerLike()) {
                continue; // a government body or a platform is a source or a channel, not a credited medium
            }
            int from = Math.max(Math.max(0, hit.start() - WINDOW), text.lastIndexOf('\n', hit.start()) + 1);
            // the cue proper nearest the name wins (« a répondu au journaliste de TF1 »: « journaliste de »), and
            // any cue proper wins over an inverted verb (« a assuré dans une interview à l'ARD »: « interview à »)
            int start = nearestCueStart(BEFORE, text, from, hit.start());
            if (start < 0) {
                start = cueStart(BEFORE_VERB, text, from, hit.start());
            }
            int end = hit.end();
            if (start < 0 && !hit.titleOnly() && previousEnd >= 0 && previousEnd <= hit.start()
                    && COORDINATION.matcher(text.substring(previousEnd, hit.start())).matches()) {
                start = hit.start();
            }
            if (start < 0 && !hit.titleOnly()) {
                Matcher after = AFTER.matcher(text).region(hit.end(), Math.min(text.length(),
                        hit.end() + AFTER_WINDOW));
                if (after.lookingAt()) {
                    start = hit.start();
                    end = after.end();
                }
            }
            if (start >= 0) {
                out.add(new Candidate(start, end, CreditKind.SOURCE_MENTION, hit.outlet()));
                previousEnd = hit.end();
            }
        }
        return out;
    }

    /**
     * Outlets missing from the registry, found from the text itself: a name introduced by a medium noun (« le
     * bihebdomadaire camerounais Sans Détour », « la chaîne HirTV »; the hit starts at the noun) and every later
     * occurrence of that name; a title-like name with a capitalised article (« La Voix du Centre ») or a bare
     * domain (« Exemple.hu ») that NER does not tag as a person or a place (« Le Pen », « La Haye »). None is a
     * credit without a cue; a title-like name needs a cue before it, since at a sentence start any noun phrase has a
     * capitalised article (« La Commission estime »).
     */
    private List<Hit> unregistered(String text, List<Hit> registered, java.util.function.BiPredicate<Integer, Integer> personOrPlace) {
        List<Hit> found = new ArrayList<>();
        java.util.Set<String> names = new java.util.TreeSet<>();
        Matcher m = MEDIUM_NAME.matcher(text);
        while (m.find()) {
            String name = m.group("name");
            if (registry.byName(name).isEmpty() && !NOT_NAME.contains(name)
                    && !overlaps(registered, m.start("name"), m.end("name"))) {
                found.add(new Hit(m.start(), m.end(), null, false, false));
                names.add(name);
            }
        }
        Matcher t = TITLE_NAME.matcher(text);
        while (t.find()) {
            if (registry.byName(t.group()).isEmpty() && !NOT_NAME.contains(t.group())
                    && !personOrPlace.test(t.start(), t.end()) && !overlaps(registered, t.start(), t.end())
                    && !overlaps(found, t.start(), t.end())) {
                found.add(new Hit(t.start(), t.end(), null, false, true));
            }
        }
        for (String name : names) {
            Matcher again = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])")
                    .matcher(text);
            while (again.find()) {
                if (!overlaps(found, again.start(), again.end()) && !overlaps(registered, again.start(), again.end())) {
                    found.add(new Hit(again.start(), again.end(), null, false, false));
                }
            }
        }
        return found;
    }

    private static boolean overlaps(List<Hit> hits, int start, int end) {
        return hits.stream().anyMatch(h -> h.start() < end && start < h.end());
    }

    /** Start of the last-starting match of a cue that leads up to {@code to}, or -1. */
    private static int nearestCueStart(Pattern cue, String text, int from, int to) {
        Matcher m = cue.matcher(text).useTransparentBounds(true);
        int best = -1;
        for (int at = from; at < to && m.region(at, to).find(); at = m.start() + 1) {
            best = m.start();
        }
        return best;
    }

    /** Start of the first (longest) match of a cue that leads up to {@code to}, or -1. */
    private static int cueStart(Pattern cue, String text, int from, int to) {
        Matcher m = cue.matcher(text).region(from, to).useTransparentBounds(true);
        return m.find() ? m.start() : -1;
    }

}
