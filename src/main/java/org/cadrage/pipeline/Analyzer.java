package org.cadrage.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.cadrage.extract.attribution.AttributionExtractor;
import org.cadrage.extract.camp.CampDecision;
import org.cadrage.extract.camp.CampResolver;
import org.cadrage.extract.credit.Outlet;
import org.cadrage.extract.credit.OutletRegistry;
import org.cadrage.extract.credit.CreditExtractor;
import org.cadrage.extract.hedge.HedgeExtractor;
import org.cadrage.model.Article;
import org.cadrage.model.ArticleAnalysis;
import org.cadrage.model.Attribution;
import org.cadrage.model.Camp;
import org.cadrage.model.Credit;
import org.cadrage.model.Evidence;
import org.cadrage.model.Hedge;
import org.cadrage.model.Scope;
import org.cadrage.model.Span;
import org.cadrage.nlp.AnnotatedDocument;
import org.cadrage.nlp.Annotator;
import org.cadrage.nlp.Sentence;
import org.cadrage.nlp.Token;
import org.cadrage.score.MetricsCalculator;

/**
 * The analysis of one article, stage by stage: annotate, extract, score. Thread-safe: one instance serves all
 * worker threads of a run.
 */
public final class Analyzer {
    /** Data files whose content changes results; hashed into the pipeline id. */
    private static final List<String> DATA_FILES = List.of(
            "/org/cadrage/extract/hedge/conditional-stems.tsv",
            "/org/cadrage/extract/hedge/function-words.tsv",
            "/org/cadrage/extract/hedge/hedge-markers.tsv",
            "/org/cadrage/extract/hedge/reporting-verbs.tsv",
            "/org/cadrage/extract/credit/outlets.tsv",
            "/org/cadrage/extract/credit/mention-cues.tsv",
            "/org/cadrage/extract/attribution/attribution-words.tsv",
            "/org/cadrage/extract/attribution/reporting-verbs.tsv",
            "/org/cadrage/extract/camp/actors.tsv",
            "/org/cadrage/extract/camp/titles.tsv",
            "/org/cadrage/ingest/boilerplate.tsv",
            "/org/cadrage/ingest/page-signals.tsv",
            "/org/cadrage/ingest/csv-columns.tsv");

    /** « affirmer sans preuve »: a neutral or assertive verb followed by this is a distancing cue. */
    private static final Pattern WITHOUT_PROOF = Pattern.compile(
            "^[^.;!?\n]{0,40}?\\bsans (?:apporter |fournir |donner |présenter |avancer )?(?:de |la moindre |aucune |d'|des )?"
                    + "(?:preuves?|éléments? de preuve)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Plural or indefinite unnamed experts, observers or media: anonymous sources, not named experts or media. */
    private static final Pattern UNNAMED_EXPERTS = Pattern.compile("(?iu)(?:les|des|certains|plusieurs|de nombreux|"
            + "nombre d'|un|une|d'autres)\\s+(?:experts?|analystes?|spécialistes?|observateurs?|chercheurs?|"
            + "politologues?|économistes?|commentateurs?|médias|journaux|observateurs?)\\b");
    private static final java.util.Set<String> NP_POS = java.util.Set.of("DET", "NOUN", "ADJ", "ADP", "PROPN");
    private static final java.util.Set<String> PRONOUNS = java.util.Set.of("il", "elle", "ils", "elles", "-t-il",
            "-t-elle", "-il", "-elle", "-ils", "-elles", "lui", "eux");

    private final Annotator annotator;
    private final HedgeExtractor hedges = new HedgeExtractor();
    private final CreditExtractor credits = new CreditExtractor();
    private final AttributionExtractor attributions = new AttributionExtractor();
    private final CampResolver camps = CampResolver.load();
    private final OutletRegistry outlets = OutletRegistry.load();

    public Analyzer(Annotator annotator) {
        this.annotator = annotator;
    }

    public Annotator annotator() {
        return annotator;
    }

    public ArticleAnalysis analyze(Article article) {
        return analyze(annotator.annotate(article));
    }

    /**
     * Extraction and scoring of an already annotated document: credits, attributions with their camps, hedges
     * whose scope is {@code attributed} when they lie inside an attribution's content, then the metrics.
     */
    public ArticleAnalysis analyze(AnnotatedDocument doc) {
        List<Credit> c = credits.extract(doc);
        List<Attribution> a = oneVoiceOnce(attributions.extract(doc).stream().map(x -> withCamp(x, doc)).toList());
        List<Hedge> h = hedges.extract(doc).stream()
                .map(x -> x.withScope(a.stream().anyMatch(at -> at.content().contains(x.span()))
                        ? Scope.ATTRIBUTED : Scope.NARRATOR))
                .toList();
        Evidence evidence = new Evidence(h, c, a, doc.article().boilerplate());
        return new ArticleAnalysis(doc.article(), evidence, MetricsCalculator.compute(doc.tokenCount(),
                doc.sentences().size(), evidence, this::fromStateMedia));
    }

    /**
     * Fills an attribution's camp from its speaker (the antecedent's name for a pronoun), or from the relaying
     * outlet when no speaker is named; a neutral or assertive verb followed by « sans preuve » becomes distancing.
     */
    private Attribution withCamp(Attribution a, AnnotatedDocument doc) {
        String speaker = a.speaker() == null ? null : a.speaker().text();
        boolean pronoun = speaker != null && PRONOUNS.contains(speaker.toLowerCase(java.util.Locale.ROOT).strip());
        String phrase = pronoun && a.speakerResolved() != null ? a.speakerResolved() : speaker;
        List<Token> tokens = new ArrayList<>();
        if (a.speaker() != null && !pronoun) {
            for (Sentence s : doc.sentences()) {
                for (Token t : s.tokens()) {
                    if (a.speaker().span().overlaps(new Span(t.start(), t.end()))) {
                        tokens.add(t);
                    }
                }
            }
        }
        CampDecision d = phrase == null || phrase.isBlank()
                ? camps.resolve(a.via() == null ? "" : a.via(), List.of(), null, doc.article().published())
                : camps.resolve(phrase, tokens, a.via(), doc.article().published());
        if (d.camp() == Camp.UNKNOWN && a.speakerResolved() != null) {
            d = fromContext(a.speakerResolved(), doc, d);
        }
        if ((d.camp() == Camp.EXPERT_OR_OTHER || d.camp() == Camp.UNKNOWN || d.camp() == Camp.INDEPENDENT_MEDIA)
                && phrase != null && UNNAMED_EXPERTS.matcher(phrase).lookingAt()
                && tokens.stream().noneMatch(t -> t.pos().equals("PROPN"))) {
            d = new CampDecision(Camp.ANONYMOUS, true, null, "anonymous:" + phrase.strip()); // « des experts »
        }
        String stance = a.verbStance();
        if (stance != null && !stance.equals("distancing") && a.cue() != null) {
            String after = doc.text().substring(a.cue().end(), Math.min(doc.text().length(), a.cue().end() + 80));
            if (WITHOUT_PROOF.matcher(after).find()) {
                stance = "distancing";
            }
        }
        String resolved = a.speakerResolved() != null ? a.speakerResolved() : d.canonicalName();
        return new Attribution(a.type(), a.speaker(), resolved, a.cue(), a.verbLemma(), stance, a.content(),
                d.camp().id(), a.anonymous() || d.anonymous(), a.nested(), a.via());
    }

    /**
     * A quoted fragment inside a speaker's own reported speech (« Wallace a affirmé qu'il y avait une “odeur de
     * Munich” ») is part of that attribution, not a second one: counting it again would give the same voice twice
     * (training/annotations/ATTRIBUTIONS.md, "Quoted fragments"). Drops a direct attribution whose content lies
     * inside another attribution's content with the same resolved speaker.
     */
    static List<Attribution> oneVoiceOnce(List<Attribution> all) {
        List<Attribution> kept = new ArrayList<>();
        for (Attribution x : all) {
            boolean fragment = x.type().equals("direct") && x.speakerResolved() != null && all.stream().anyMatch(
                    y -> y != x && !y.content().equals(x.content()) && y.content().contains(x.content())
                            && x.speakerResolved().equals(y.speakerResolved()));
            if (!fragment) {
                kept.add(x);
            }
        }
        return kept;
    }

    /**
     * A name the resolver cannot place (« Roland Lombardi ») is often introduced elsewhere in the article with its
     * role (« le géopolitologue Roland Lombardi », « Alex Lo, chroniqueur au ... »). Resolves, for each occurrence
     * of the name's last word, the noun phrase around it: up to six determiners, nouns, adjectives and prepositions
     * before it, and an apposition after it (a comma, then up to ten tokens to the next comma or period). The first
     * decision other than unknown wins; otherwise {@code fallback}.
     */
    private CampDecision fromContext(String name, AnnotatedDocument doc, CampDecision fallback) {
        String[] words = name.strip().split("\\s+");
        String surname = words[words.length - 1];
        if (surname.length() < 3 || !Character.isUpperCase(surname.charAt(0))) {
            return fallback;
        }
        for (Sentence s : doc.sentences()) {
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                if (!t.get(i).word().equals(surname)) {
                    continue;
                }
                int left = i;
                while (left > 0 && i - left < 6 && NP_POS.contains(t.get(left - 1).pos())) {
                    left--;
                }
                int right = i;
                if (i + 1 < t.size() && t.get(i + 1).word().equals(",")) {
                    right = i + 1;
                    while (right + 1 < t.size() && right - i < 10 && !t.get(right + 1).word().equals(",")
                            && !t.get(right + 1).word().equals(".") && !t.get(right + 1).isVerbal()) {
                        right++;
                    }
                }
                if (left == i && right == i) {
                    continue;
                }
                String phrase = doc.text().substring(t.get(left).start(), t.get(right).end());
                CampDecision d = camps.resolve(phrase, t.subList(left, right + 1), null, doc.article().published());
                if (d.camp() != Camp.UNKNOWN && d.camp() != Camp.ANONYMOUS) {
                    return new CampDecision(d.camp(), false, d.canonicalName(), "context:" + d.rule());
                }
            }
        }
        return fallback;
    }

    /** Whether an attribution's source, or its relaying outlet, is a state-affiliated medium of the registry. */
    private boolean fromStateMedia(Attribution a) {
        if (a.camp().equals(Camp.RUSSIA_STATE_MEDIA.id())) {
            return true;
        }
        for (String name : new String[] {a.via(), a.speakerResolved()}) {
            if (name != null) {
                java.util.Optional<Outlet> o = outlets.byName(name);
                if (o.isPresent() && o.get().stateAffiliated() && o.get().isMedia()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * First 16 hex digits of a SHA-256 over the tool version, the annotator id and every data file the
     * extractors read: equal ids mean equal results for equal texts.
     */
    public String pipelineId() {
        StringBuilder sb = new StringBuilder(BuildInfo.version()).append('\n').append(annotator.id()).append('\n');
        for (String f : DATA_FILES) {
            try (InputStream in = Analyzer.class.getResourceAsStream(f)) {
                if (in == null) {
                    throw new IllegalStateException("data file " + f + " is missing from the classpath");
                }
                sb.append(f).append('=').append(BuildInfo.sha256(in.readAllBytes())).append('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return BuildInfo.sha256(sb.toString()).substring(0, 16);
    }
}
