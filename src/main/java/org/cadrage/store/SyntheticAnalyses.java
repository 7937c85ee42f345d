package org.cadrage.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.cadrage.model.Article;
import org.cadrage.model.ArticleAnalysis;
import org.cadrage.model.Attribution;
import org.cadrage.model.Boilerplate;
import org.cadrage.model.BoilerplateKind;
import org.cadrage.model.Camp;
import org.cadrage.model.Credit;
import org.cadrage.model.CreditKind;
import org.cadrage.model.Evidence;
import org.cadrage.model.Hedge;
import org.cadrage.model.HedgeKind;
import org.cadrage.model.Scope;
import org.cadrage.model.SourceRef;
import org.cadrage.model.Span;
import org.cadrage.model.TaskScores;
import org.cadrage.model.TextSpan;
import org.cadrage.model.UnitScore;
import org.cadrage.score.MetricsCalculator;

/**
 * Invented but realistic analysed articles, for benchmarks and tests of the workspace, reports and exports, without
 * NLP: 15 invented French outlets whose sourcing, hedging, genre and framing tendencies differ, publication dates in
 * {@link #FIRST}..{@link #LAST}, a short document built from invented template sentences (« … » quotes with
 * non-breaking spaces, « selon … », conditionals), evidence whose offsets are exact, metrics from the real
 * {@link MetricsCalculator}, and scores for the tasks {@code genre}, {@code frames} and {@code techniques} (one unit
 * per paragraph).
 *
 * <p>Deterministic: the same {@code n} and seed give equal analyses; article {@code i} depends only on {@code i} and
 * the seed. Stateless and thread-safe.
 */
public final class SyntheticAnalyses {
    /** First and last publication dates. */
    public static final LocalDate FIRST = LocalDate.of(2022, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2022, 6, 30);
    /** The outlets; outlet {@code k} leans west when {@code k % 3 == 0}, is balanced at 1, leans Russian at 2. */
    public static final List<String> OUTLETS = List.of("Le Courrier du Matin", "La Gazette de l'Est",
            "L'Observateur Continental", "Le Veilleur Républicain", "La Dépêche des Plaines", "Le Héraut Libre",
            "L'Écho des Provinces", "Le Quotidien du Centre", "La Tribune Souveraine", "Le Phare Atlantique",
            "La Boussole", "Le Messager de l'Aube", "Le Journal des Deux Rives", "La Sentinelle", "Le Canard Pressé");
    public static final List<String> GENRES = List.of("opinion", "reporting", "satire");
    public static final List<String> FRAMES = List.of("Capacity_and_resources", "Crime_and_punishment",
            "Cultural_identity", "Economic", "External_regulation_and_reputation", "Fairness_and_equality",
            "Health_and_safety", "Legality_Constitutionality_and_jurisprudence", "Morality",
            "Policy_prescription_and_evaluation", "Political", "Public_opinion", "Quality_of_life",
            "Security_and_defense");
    public static final List<String> TECHNIQUES = List.of("Appeal_to_Fear-Prejudice", "Causal_Oversimplification",
            "Doubt", "Exaggeration-Minimisation", "Flag_Waving", "Loaded_Language", "Name_Calling-Labeling",
            "Repetition");

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]");
    private static final Set<String> STATE_AGENCIES = Set.of("TASS", "RIA Novosti", "Sputnik", "Ukrinform");
    private static final List<Agency> AGENCIES = List.of(new Agency("AFP", "FR", false),
            new Agency("Reuters", "GB", false), new Agency("Ukrinform", "UA", true), new Agency("TASS", "RU", true),
            new Agency("RIA Novosti", "RU", true), new Agency("Sputnik", "RU", true));
    private static final List<String> CITIES = List.of("KIEV", "MOSCOU", "BRUXELLES", "LVIV", "VARSOVIE", "ODESSA");
    /** Camp weights (order of {@link Camp#values()}) for western-leaning, balanced and Russian-leaning outlets. */
    private static final double[][] CAMP_WEIGHTS = {
        {1, 0.3, 3, 3, 1, 1.5, 2, 1, 0.5},
        {2, 1, 2, 2, 1, 1, 1.5, 1, 0.5},
        {4, 3, 0.7, 1, 1, 0.3, 1, 0.5, 0.5}};
    private static final Map<Camp, List<String>> SPEAKERS = new LinkedHashMap<>();

    static {
        SPEAKERS.put(Camp.RUSSIA_OFFICIAL, List.of("le porte-parole du Kremlin", "le ministère russe de la Défense",
                "le chef de la diplomatie russe"));
        SPEAKERS.put(Camp.RUSSIA_STATE_MEDIA, List.of("l'agence TASS", "la chaîne RT", "l'agence RIA Novosti"));
        SPEAKERS.put(Camp.UKRAINE_OFFICIAL, List.of("le président ukrainien", "l'état-major ukrainien",
                "le ministre ukrainien de la Défense"));
        SPEAKERS.put(Camp.WESTERN_OFFICIAL, List.of("le secrétaire général de l'OTAN",
                "le porte-parole du Pentagone", "la diplomatie française"));
        SPEAKERS.put(Camp.OTHER_OFFICIAL, List.of("le ministre turc des Affaires étrangères",
                "un porte-parole de l'ONU"));
        SPEAKERS.put(Camp.INDEPENDENT_MEDIA, List.of("un média indépendant russe", "un journal d'opposition"));
        SPEAKERS.put(Camp.EXPERT_OR_OTHER, List.of("un analyste militaire",
                "une chercheuse en relations internationales"));
        SPEAKERS.put(Camp.ANONYMOUS, List.of("une source diplomatique", "un responsable sous couvert d'anonymat"));
        SPEAKERS.put(Camp.UNKNOWN, List.of("le responsable local", "le coordinateur"));
    }

    /** Reported contents; the second field is a hedge inside it (or {@code null}), then its kind and cue. */
    private static final List<Clause> CLAUSES = List.of(
            new Clause("les troupes ont repris le contrôle de la localité", null, null, null),
            new Clause("aucune négociation n'est prévue avant l'été", null, null, null),
            new Clause("les sanctions n'auront aucun effet sur l'économie", null, null, null),
            new Clause("l'armée aurait abandonné plusieurs positions au sud", "aurait abandonné",
                    HedgeKind.CONDITIONAL, "conditional:aurait"),
            new Clause("le convoi humanitaire pourrait passer dès demain", "pourrait", HedgeKind.MODAL, "pourrait"),
            new Clause("les livraisons d'armes seront accélérées", null, null, null),
            new Clause("des civils auraient été évacués de la zone", "auraient été évacués",
                    HedgeKind.CONDITIONAL, "conditional:auraient"),
            new Clause("le corridor restera ouvert toute la semaine", null, null, null),
            new Clause("les pertes sont apparemment plus lourdes qu'annoncé", "apparemment", HedgeKind.EPISTEMIC,
                    "apparemment"),
            new Clause("une prétendue provocation a été déjouée", "prétendue", HedgeKind.DISTANCING,
                    "prétendu"));
    /** Narrator sentences with a hedge: sentence, hedge text, kind, cue. */
    private static final List<Clause> NARRATOR_HEDGED = List.of(
            new Clause("Le convoi aurait quitté la ville dans la nuit.", "aurait quitté", HedgeKind.CONDITIONAL,
                    "conditional:aurait"),
            new Clause("Plusieurs bâtiments auraient été détruits lors des frappes.", "auraient été détruits",
                    HedgeKind.CONDITIONAL, "conditional:auraient"),
            new Clause("La situation pourrait encore se dégrader.", "pourrait", HedgeKind.MODAL, "pourrait"),
            new Clause("Apparemment, les pourparlers sont au point mort.", "Apparemment", HedgeKind.EPISTEMIC,
                    "apparemment"),
            new Clause("Il semble que la ligne de front se soit stabilisée.", "Il semble que", HedgeKind.EPISTEMIC,
                    "il semble que"),
            new Clause("Le soi-disant référendum est dénoncé par les chancelleries.", "soi-disant",
                    HedgeKind.DISTANCING, "soi-disant"));
    private static final List<String> PLAIN = List.of("Les combats se poursuivent dans l'est du pays.",
            "Les prix de l'énergie ont fortement augmenté depuis le début de l'année.",
            "Des milliers de personnes ont fui vers les pays voisins.",
            "Les discussions reprendront la semaine prochaine.",
            "Le Conseil de sécurité s'est réuni en urgence.",
            "Les habitants manquent d'eau et d'électricité depuis trois jours.");
    private static final List<String> TITLES = List.of("Ukraine : les combats se poursuivent dans l'est",
            "Guerre en Ukraine : ce que l'on sait ce matin", "Sanctions : l'Europe durcit le ton",
            "Négociations : un nouveau cycle en vue", "Énergie : la facture s'alourdit");
    /** Direct-quote cues: cue, lemma, stance. */
    private static final String[][] DIRECT_CUES = {{"a déclaré", "déclarer", "neutral"},
        {"a affirmé", "affirmer", "assertive"}, {"a prétendu", "prétendre", "distancing"},
        {"a assuré", "assurer", "assertive"}};
    private static final String[][] INDIRECT_CUES = {{"affirme", "affirmer", "assertive"},
        {"estime", "estimer", "neutral"}, {"prétend", "prétendre", "distancing"}, {"assure", "assurer", "assertive"}};

    private SyntheticAnalyses() {
    }

    /**
     * {@code n} analyses with ids {@code syn-000000}, {@code syn-000001}, ..., generated lazily.
     *
     * @throws IllegalArgumentException when {@code n} is negative
     */
    public static Stream<ArticleAnalysis> generate(int n, long seed) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, got " + n);
        }
        return IntStream.range(0, n).mapToObj(i -> analysis(i, seed));
    }

    /** The analysis of article {@code i} for {@code seed}. */
    static ArticleAnalysis analysis(int i, long seed) {
        Random r = new Random(seed * 0x9E3779B97F4A7C15L + i);
        int outlet = r.nextInt(OUTLETS.size());
        Doc d = new Doc(r, outlet % 3);
        if (r.nextDouble() < 0.4) {
            d.dateline();
        }
        int paragraphs = 2 + r.nextInt(4);
        double hedgeRate = 0.15 + 0.03 * outlet;
        for (int p = 0; p < paragraphs; p++) {
            if (p > 0) {
                d.text("\n\n");
            }
            int start = d.sb.length();
            int sentences = 1 + r.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                if (s > 0) {
                    d.text(" ");
                }
                double x = r.nextDouble();
                if (x < 0.5) {
                    d.attribution();
                } else if (x < 0.5 + hedgeRate) {
                    d.narratorHedge();
                } else {
                    d.text(PLAIN.get(r.nextInt(PLAIN.size())));
                }
            }
            d.paragraphs.add(new Span(start, d.sb.length()));
        }
        if (r.nextDouble() < 0.3) {
            d.photo();
        }
        List<Boilerplate> boilerplate = new ArrayList<>();
        if (r.nextDouble() < 0.15) {
            d.text("\n\n");
            int at = d.text("Partager sur les réseaux sociaux");
            boilerplate.add(new Boilerplate(new Span(at, d.sb.length()), BoilerplateKind.SHARE_WIDGET));
        }
        String document = d.sb.toString();
        String id = String.format(Locale.ROOT, "syn-%06d", i);
        String slug = "outlet" + outlet;
        Map<String, String> metadata = r.nextBoolean() ? Map.of("author", "Rédaction " + (1 + r.nextInt(9)))
                : Map.of();
        Article article = new Article(id, new SourceRef("synthetic/" + slug + ".jsonl", i + 1,
                sha256(seed + "/" + slug)), document, new Span(0, document.length()), OUTLETS.get(outlet),
                FIRST.plusDays(r.nextInt((int) (LAST.toEpochDay() - FIRST.toEpochDay()) + 1)),
                r.nextDouble() < 0.1 ? null : TITLES.get(r.nextInt(TITLES.size())),
                r.nextDouble() < 0.2 ? null : "https://" + slug + ".example/articles/" + id, metadata, Map.of(),
                boilerplate, r.nextDouble() < 0.02 ? List.of("decoded as windows-1252") : List.of());
        List<Hedge> hedges = d.hedges.stream().map(h -> d.attributions.stream()
                .anyMatch(a -> a.content().contains(h.span())) ? h.withScope(Scope.ATTRIBUTED) : h).toList();
        Evidence evidence = new Evidence(hedges, d.credits, d.attributions, boilerplate);
        int tokens = 0;
        Matcher m = TOKEN.matcher(article.analysisText());
        while (m.find()) {
            tokens++;
        }
        ArticleAnalysis a = new ArticleAnalysis(article, evidence, MetricsCalculator.compute(tokens, d.sentences,
                evidence, at -> at.camp().equals(Camp.RUSSIA_STATE_MEDIA.id())
                        || at.via() != null && STATE_AGENCIES.contains(at.via())));
        return r.nextDouble() < 0.1 ? a : a.withScores(scores(r, outlet, d.paragraphs, hedges));
    }

    private static Map<String, TaskScores> scores(Random r, int outlet, List<Span> paragraphs, List<Hedge> hedges) {
        double[] genre = outlet == OUTLETS.size() - 1 ? new double[] {1, 1, 4}
                : new double[] {outlet % 3 == 2 ? 2.5 : 1, 3, 0.1};
        Map<String, Double> g = new TreeMap<>();
        double total = 0;
        for (int k = 0; k < genre.length; k++) {
            genre[k] *= 0.5 + r.nextDouble();
            total += genre[k];
        }
        String best = null;
        for (int k = 0; k < genre.length; k++) {
            g.put(GENRES.get(k), round4(genre[k] / total));
            if (best == null || g.get(GENRES.get(k)) > g.get(best)) {
                best = GENRES.get(k);
            }
        }
        Map<String, TaskScores> out = new TreeMap<>();
        out.put("genre", new TaskScores("genre", "genre-synthetic", false,
                List.of(new UnitScore(null, List.of(best), g))));
        Set<Integer> favourite = Set.of(outlet % 14, (outlet + 5) % 14, (outlet + 9) % 14);
        out.put("frames", new TaskScores("frames", "frames-synthetic", true,
                List.of(multiLabel(r, FRAMES, k -> favourite.contains(k) ? 0.45 : 0.05, null))));
        List<UnitScore> units = new ArrayList<>();
        for (Span p : paragraphs) {
            boolean hedged = hedges.stream().anyMatch(h -> p.contains(h.span()));
            units.add(multiLabel(r, TECHNIQUES, k -> TECHNIQUES.get(k).equals("Doubt") && hedged ? 0.5
                    : outlet % 3 == 2 && k % 3 == 0 ? 0.3 : 0.05, p));
        }
        out.put("techniques", new TaskScores("techniques", "techniques-synthetic", true, units));
        return out;
    }

    private static UnitScore multiLabel(Random r, List<String> labels, java.util.function.IntToDoubleFunction base,
                                        Span span) {
        Map<String, Double> probs = new TreeMap<>();
        List<String> predicted = new ArrayList<>();
        for (int k = 0; k < labels.size(); k++) {
            double p = round4(Math.min(1, base.applyAsDouble(k) + 0.4 * r.nextDouble()));
            probs.put(labels.get(k), p);
            if (p >= 0.5) {
                predicted.add(labels.get(k));
            }
        }
        return new UnitScore(span, predicted, probs);
    }

    private static double round4(double v) {
        return Math.round(v * 10_000.0) / 10_000.0;
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }

    private static String capitalise(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private record Clause(String text, String hedge, HedgeKind kind, String cue) {
    }

    private record Agency(String name, String country, boolean state) {
    }

    /** A document under construction, with its evidence at exact offsets. */
    private static final class Doc {
        final StringBuilder sb = new StringBuilder();
        final Random r;
        final int leaning;
        final List<Hedge> hedges = new ArrayList<>();
        final List<Credit> credits = new ArrayList<>();
        final List<Attribution> attributions = new ArrayList<>();
        final List<Span> paragraphs = new ArrayList<>();
        int sentences;

        Doc(Random r, int leaning) {
            this.r = r;
            this.leaning = leaning;
        }

        /** Appends {@code s} and returns its start offset. */
        int text(String s) {
            int at = sb.length();
            sb.append(s);
            if (s.endsWith(".")) {
                sentences++;
            }
            return at;
        }

        TextSpan span(int start, String s) {
            return new TextSpan(s, start, start + s.length());
        }

        Agency agency() {
            int k = leaning == 2 ? 3 + r.nextInt(3) : leaning == 0 ? r.nextInt(3) : r.nextInt(AGENCIES.size());
            return AGENCIES.get(k);
        }

        void dateline() {
            Agency a = agency();
            text(CITIES.get(r.nextInt(CITIES.size())) + " (");
            int at = text(a.name);
            text(") - ");
            credits.add(new Credit(a.name, at, at + a.name.length(), CreditKind.DATELINE, a.name, a.state, a.country));
        }

        void photo() {
            Agency a = agency();
            text("\n\nPhoto : © ");
            int at = text(a.name);
            credits.add(new Credit(a.name, at, at + a.name.length(), CreditKind.PHOTO, a.name, a.state, a.country));
        }

        void narratorHedge() {
            Clause c = NARRATOR_HEDGED.get(r.nextInt(NARRATOR_HEDGED.size()));
            int at = text(c.text);
            hedge(at + c.text.indexOf(c.hedge), c);
        }

        void hedge(int at, Clause c) {
            hedges.add(new Hedge(c.hedge, at, at + c.hedge.length(), c.kind, Scope.NARRATOR, c.cue));
        }

        Camp camp() {
            double[] w = CAMP_WEIGHTS[leaning];
            double total = 0;
            for (double x : w) {
                total += x;
            }
            double x = r.nextDouble() * total;
            for (int k = 0; k < w.length; k++) {
                x -= w[k];
                if (x < 0) {
                    return Camp.values()[k];
                }
            }
            return Camp.UNKNOWN;
        }

        void attribution() {
            Camp camp = camp();
            List<String> names = SPEAKERS.get(camp);
            String speaker = names.get(r.nextInt(names.size()));
            Clause c = CLAUSES.get(r.nextInt(CLAUSES.size()));
            boolean anonymous = camp == Camp.ANONYMOUS;
            int form = r.nextInt(3);
            TextSpan sp;
            TextSpan cue;
            Span content;
            String lemma = null;
            String stance = null;
            String via = null;
            if (form == 0) {
                String[] v = DIRECT_CUES[r.nextInt(DIRECT_CUES.length)];
                text("«\u00A0");
                int cs = text(capitalise(c.text));
                content = new Span(cs, sb.length());
                text("\u00A0», ");
                cue = span(text(v[0]), v[0]);
                text(" ");
                sp = span(text(speaker), speaker);
                text(".");
                lemma = v[1];
                stance = v[2];
            } else if (form == 1) {
                cue = span(text("Selon"), "Selon");
                text(" ");
                sp = span(text(speaker), speaker);
                if (leaning == 2 && (camp == Camp.UKRAINE_OFFICIAL || camp == Camp.WESTERN_OFFICIAL)
                        && r.nextBoolean()) {
                    via = r.nextBoolean() ? "TASS" : "RIA Novosti";
                    text(", cité par l'agence " + via);
                }
                text(", ");
                int cs = text(c.text);
                content = new Span(cs, sb.length());
                text(".");
            } else {
                String[] v = INDIRECT_CUES[r.nextInt(INDIRECT_CUES.length)];
                String s = capitalise(speaker);
                sp = span(text(s), s);
                text(" ");
                cue = span(text(v[0]), v[0]);
                text("aeiouéh".indexOf(c.text.charAt(0)) >= 0 ? " qu'" : " que ");
                int cs = text(c.text);
                content = new Span(cs, sb.length());
                text(".");
                lemma = v[1];
                stance = v[2];
            }
            String type = form == 0 ? "direct" : form == 1 ? "according_to" : "indirect";
            attributions.add(new Attribution(type, sp, null, cue, lemma, stance, content, camp.id(), anonymous, false,
                    via, null));
            if (c.hedge != null) {
                hedge(content.start() + c.text.indexOf(c.hedge), c);
            }
            if (form != 1 && r.nextDouble() < 0.2) {
                text(" ");
                TextSpan il = span(text("Il"), "Il");
                text(" ");
                TextSpan added = span(text("a ajouté"), "a ajouté");
                Clause more = CLAUSES.get(r.nextInt(CLAUSES.size()));
                text("aeiouéh".indexOf(more.text.charAt(0)) >= 0 ? " qu'" : " que ");
                int cs = text(more.text);
                Span moreContent = new Span(cs, sb.length());
                text(".");
                attributions.add(new Attribution("indirect", il, speaker, added, "ajouter", "neutral", moreContent,
                        camp.id(), anonymous, false, null, null));
                if (more.hedge != null) {
                    hedge(cs + more.text.indexOf(more.hedge), more);
                }
            }
        }
    }
}
