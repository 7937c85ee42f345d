package org.cadrage.report.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Outlet ratings published by others, read at run time from a ratings folder and shown beside, never mixed with, the
 * measured figures: the Décodex of Le Monde (file {@value #DECODEX}, level 1-4 and description; orientation from
 * {@value #DECODEX_ENRICHED} when present, which also names the levels) and Media Bias/Fact Check as collected by
 * Idiap ({@value #MBFC}: factual reporting, bias, credibility, country). A missing file leaves its source empty.
 *
 * <p>An outlet is matched first by exact host (its url domain, {@code www.} removed), then by name key: lower case,
 * accents removed, a domain's top-level suffix removed, only letters and digits kept, with and without a leading
 * article (« Le Monde » → {@code lemonde}, {@code monde}; {@code lemonde.fr} → {@code lemonde}). When several rated
 * sites share a key but disagree, nothing is returned: no guess.
 *
 * <p>Immutable after loading and thread-safe; {@code null} names mean "unknown".
 */
public final class ExternalRatings {
    static final String DECODEX = "decodex/decodex-latest.csv";
    static final String DECODEX_ENRICHED = "decodex/decodex-2017-07-enriched.csv";
    static final String MBFC = "mbfc-idiap/data/golden_truth/mbfc/mbfc.csv";

    /** A Décodex entry: level 1-4 (4 most reliable), the level's name when known, its description and orientation. */
    public record DecodexRating(String site, String name, int level, String levelName, String description,
                                String orientation) {
    }

    /** An MBFC entry as collected by Idiap. */
    public record MbfcRating(String domain, String factualReporting, String bias, String credibility,
                             String country) {
    }

    /** The ratings found for one outlet; either may be {@code null}. */
    public record OutletRating(DecodexRating decodex, MbfcRating mbfc) {
    }

    private final Source<DecodexRating> decodex;
    private final Source<MbfcRating> mbfc;

    private ExternalRatings(Source<DecodexRating> decodex, Source<MbfcRating> mbfc) {
        this.decodex = decodex;
        this.mbfc = mbfc;
    }

    /** No ratings: every lookup returns {@code null}. */
    public static ExternalRatings none() {
        return new ExternalRatings(new Source<>(List.of(), x -> "", x -> "", x -> ""),
                new Source<>(List.of(), x -> "", x -> "", x -> ""));
    }

    /**
     * Reads the ratings under {@code dir} (the folder holding {@code decodex/} and {@code mbfc-idiap/}).
     *
     * @throws IOException when {@code dir} is not a folder or a file cannot be read
     */
    public static ExternalRatings load(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("ratings folder " + dir + " does not exist");
        }
        Map<String, String> levelNames = new TreeMap<>();
        Map<String, String> orientation = new HashMap<>();
        Path enriched = dir.resolve(DECODEX_ENRICHED);
        if (Files.isRegularFile(enriched)) {
            for (Map<String, String> row : csv(enriched)) {
                levelNames.putIfAbsent(row.getOrDefault("Decodex", ""), row.getOrDefault("Fiabilité", ""));
                String o = row.getOrDefault("Orientation contenu", "");
                if (!o.isBlank()) {
                    orientation.putIfAbsent(host(row.getOrDefault("attr_home", "")), o);
                }
            }
        }
        List<DecodexRating> dx = new ArrayList<>();
        Path latest = dir.resolve(DECODEX);
        if (Files.isRegularFile(latest)) {
            for (Map<String, String> row : csv(latest)) {
                String url = row.getOrDefault("url", "");
                String site = host(url);
                String level = row.getOrDefault("fiability", "").strip();
                if (site.isEmpty() || isPage(url) || !level.matches("[0-9]+")) {
                    continue;
                }
                String name = blankToNull(levelNames.get(level));
                dx.add(new DecodexRating(site, blankToNull(row.get("label")), Integer.parseInt(level), name,
                        blankToNull(row.get("description")), orientation.get(site)));
            }
        }
        List<MbfcRating> mb = new ArrayList<>();
        Path mbfcFile = dir.resolve(MBFC);
        if (Files.isRegularFile(mbfcFile)) {
            for (Map<String, String> row : csv(mbfcFile)) {
                String url = row.getOrDefault("source", "");
                String site = host(url);
                if (!site.isEmpty() && !isPage(url)) {
                    mb.add(new MbfcRating(site, blankToNull(row.get("factual_reporting")), blankToNull(row.get("bias")),
                            blankToNull(row.get("mbfc_credibility_rating")), blankToNull(row.get("country"))));
                }
            }
        }
        return new ExternalRatings(
                new Source<>(dx, DecodexRating::site, r -> r.name() == null ? "" : r.name(),
                        r -> Integer.toString(r.level())),
                new Source<>(mb, MbfcRating::domain, r -> "", r -> r.factualReporting() + "|" + r.bias()));
    }

    /**
     * The ratings of the outlet named {@code outlet} whose articles come from host {@code domain}, or {@code null}
     * when neither source knows it.
     */
    public OutletRating find(String outlet, String domain) {
        DecodexRating d = decodex.find(outlet, domain);
        MbfcRating m = mbfc.find(outlet, domain);
        return d == null && m == null ? null : new OutletRating(d, m);
    }

    /** One rating source indexed by host and by name key. */
    private static final class Source<R> {
        private final Map<String, R> byHost = new HashMap<>();
        private final Map<String, List<R>> byKey = new HashMap<>();
        private final Function<R, String> host;
        private final Function<R, String> verdict;

        Source(List<R> ratings, Function<R, String> host, Function<R, String> name, Function<R, String> verdict) {
            this.host = host;
            this.verdict = verdict;
            for (R r : ratings) {
                byHost.putIfAbsent(host.apply(r), r);
                Set<String> keys = new LinkedHashSet<>(keys(host.apply(r)));
                keys.addAll(keys(name.apply(r)));
                for (String k : keys) {
                    byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(r);
                }
            }
        }

        R find(String outlet, String domain) {
            for (String h : new String[] {domain == null ? "" : host(domain), outlet == null ? "" : host(outlet)}) {
                if (!h.isEmpty() && byHost.containsKey(h)) {
                    return byHost.get(h);
                }
            }
            Set<String> keys = new LinkedHashSet<>(keys(outlet));
            keys.addAll(keys(domain));
            List<R> found = new ArrayList<>();
            for (String k : keys) {
                found.addAll(byKey.getOrDefault(k, List.of()));
            }
            if (found.isEmpty() || found.stream().map(verdict).distinct().count() > 1) {
                return null;
            }
            return found.stream().min(Comparator.comparing((R r) -> host.apply(r).length())
                    .thenComparing(host)).orElseThrow();
        }
    }

    /** Lower case, without scheme, {@code www.}, port, path, query or fragment; "" for text with spaces. */
    static String host(String s) {
        String h = s == null ? "" : s.strip().toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+://", "")
                .replaceFirst("^www\\.", "");
        if (h.isEmpty() || h.matches(".*\\s.*")) {
            return "";
        }
        return h.replaceFirst("[/?#:].*$", "").replaceFirst("\\.$", "");
    }

    /** Whether a rated url names a page of a site (facebook.com/page) rather than a whole site. */
    private static boolean isPage(String url) {
        return url.strip().toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+://", "").replaceFirst("/+$", "")
                .contains("/");
    }

    /** The name keys of an outlet name or domain (see the class comment); at least 2 characters each. */
    static Set<String> keys(String s) {
        Set<String> out = new LinkedHashSet<>();
        if (s == null || s.isBlank()) {
            return out;
        }
        String a = Normalizer.normalize(s.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").replace('\u2019', '\'');
        if (a.matches("([a-z]+://)?(www\\.)?[a-z0-9.-]+\\.[a-z]{2,}(/.*)?")) {
            a = host(a).replaceFirst("\\.[a-z]{2,}$", "");
        }
        out.add(a.replaceAll("[^a-z0-9]", ""));
        out.add(a.replaceFirst("^(le|la|les)\\s+|^l'\\s*", "").replaceAll("[^a-z0-9]", ""));
        out.removeIf(k -> k.length() < 2);
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The rows of an RFC-4180 CSV file with a header line, as header → field maps. */
    static List<Map<String, String>> csv(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                records.add(fields);
                fields = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(fields);
        }
        List<Map<String, String>> rows = new ArrayList<>();
        if (records.isEmpty()) {
            return rows;
        }
        List<String> header = records.get(0).stream().map(String::strip).toList();
        for (List<String> r : records.subList(1, records.size())) {
            if (r.size() == 1 && r.get(0).isBlank()) {
                continue;
            }
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < Math.min(header.size(), r.size()); i++) {
                row.put(header.get(i), r.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    @Override
    public String toString() {
        return "ExternalRatings[" + decodex.byHost.size() + " Décodex sites, " + mbfc.byHost.size() + " MBFC sites]";
    }
}
