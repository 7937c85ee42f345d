package org.cadrage.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.cadrage.aggregate.CompareSpec;
import org.cadrage.aggregate.Comparison;
import org.cadrage.model.Provenance;
import org.cadrage.report.compare.CompareWriters;
import org.cadrage.store.Query;
import org.cadrage.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cadrage compare}: two periods of an outlet, two outlets, or two groups of outlets, index by index. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare every index between two periods (--before/--after; one --outlet, or each outlet),"
                + " two outlets (--outlet A --outlet B) or two groups (--group NAME=o1,o2 twice): means, difference"
                + " with a bootstrap interval, Mann-Whitney p (Benjamini-Hochberg adjusted), Cliff's delta, and"
                + " per-outlet trend slopes."})
final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptionsMixin ws;

    @Option(names = "--before", paramLabel = "DATE", description = "Period A: published before DATE.")
    LocalDate before;

    @Option(names = "--after", paramLabel = "DATE", description = "Period B: published on or after DATE (default:"
            + " the --before date).")
    LocalDate after;

    @Option(names = "--group", paramLabel = "NAME=OUTLET,OUTLET", description = "A named group of outlets (twice).")
    List<String> groups;

    @Option(names = "--seed", description = "Bootstrap seed (default: ${DEFAULT-VALUE}).")
    long seed = CompareSpec.DEFAULT_SEED;

    @Option(names = "--resamples", description = "Bootstrap replicates (default: ${DEFAULT-VALUE}).")
    int resamples = CompareSpec.DEFAULT_RESAMPLES;

    @Option(names = "--alpha", description = "Significance level (default: ${DEFAULT-VALUE}).")
    double alpha = CompareSpec.DEFAULT_ALPHA;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Folder for compare-*.json and compare-*.html (default: reports/<workspace name>/compare).")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Workspace w = ws.open()) {
            Map<String, CompareSpec> specs;
            try {
                specs = specs(w);
            } catch (IllegalArgumentException e) {
                err.println("cadrage compare: " + e.getMessage());
                return 2;
            }
            Path dir = this.out != null ? this.out : Path.of("reports").resolve(ws.workspace.toAbsolutePath()
                    .normalize().getFileName().toString()).resolve("compare");
            Files.createDirectories(dir);
            int written = 0;
            for (Map.Entry<String, CompareSpec> e : specs.entrySet()) {
                CompareSpec s = e.getValue();
                Set<String> involved = new TreeSet<>(s.outletsA());
                involved.addAll(s.outletsB());
                Comparison c = Comparison.compute(() -> w.analyses(new Query(involved, null, null)), s);
                if (c.counts().a() == 0 || c.counts().b() == 0) {
                    err.printf(Locale.ROOT, "cadrage compare: %s: group %s has no article (check the outlet names:"
                            + " %s)%n", e.getKey(), c.counts().a() == 0 ? s.labelA() : s.labelB(), w.outlets());
                    continue;
                }
                Map<String, String> settings = new TreeMap<>();
                settings.put("comparison", e.getKey());
                Provenance p = WorkspaceOptionsMixin.provenance(w, settings);
                out.println("== " + e.getKey());
                out.print(CompareWriters.table(c));
                out.flush();
                String stem = "compare-" + slug(e.getKey());
                Files.writeString(dir.resolve(stem + ".json"), CompareWriters.json(c, p), StandardCharsets.UTF_8);
                Files.writeString(dir.resolve(stem + ".html"), CompareWriters.html(c, p), StandardCharsets.UTF_8);
                written++;
            }
            out.printf(Locale.ROOT, "Wrote %d comparisons (JSON and HTML) to %s%n", written, dir);
            return written > 0 ? 0 : 1;
        }
    }

    /** The comparisons asked for, by name, in a stable order. */
    private Map<String, CompareSpec> specs(Workspace w) {
        Map<String, CompareSpec> specs = new LinkedHashMap<>();
        List<String> named = ws.outlets == null ? List.of() : ws.outlets;
        if (before != null || after != null) {
            if (groups != null) {
                throw new IllegalArgumentException("--group compares outlets; periods take --before/--after");
            }
            LocalDate b = before != null ? before : after;
            LocalDate a = after != null ? after : before;
            for (String outlet : named.isEmpty() ? w.outlets() : new TreeSet<>(named)) {
                specs.put(outlet + " before " + b + " vs from " + a,
                        CompareSpec.periods(outlet, b, a).withBootstrap(seed, resamples).withAlpha(alpha));
            }
        } else if (groups != null) {
            if (groups.size() != 2) {
                throw new IllegalArgumentException("give exactly two --group NAME=OUTLET,OUTLET, got " + groups.size());
            }
            List<String> names = new ArrayList<>();
            List<Set<String>> members = new ArrayList<>();
            for (String g : groups) {
                int eq = g.indexOf('=');
                if (eq <= 0 || eq == g.length() - 1) {
                    throw new IllegalArgumentException("--group must be NAME=OUTLET,OUTLET, got '" + g + "'");
                }
                names.add(g.substring(0, eq).strip());
                Set<String> set = new TreeSet<>();
                for (String o : g.substring(eq + 1).split(",")) {
                    set.add(o.strip());
                }
                members.add(set);
            }
            specs.put(names.get(0) + " vs " + names.get(1), window(CompareSpec.groups(names.get(0), members.get(0),
                    names.get(1), members.get(1))));
        } else if (named.size() == 2) {
            specs.put(named.get(0) + " vs " + named.get(1), window(CompareSpec.outlets(named.get(0), named.get(1))));
        } else {
            throw new IllegalArgumentException("say what to compare: --before DATE [--after DATE] [--outlet NAME],"
                    + " or --outlet A --outlet B, or --group NAME=o1,o2 --group NAME=o3,o4");
        }
        return specs;
    }

    private CompareSpec window(CompareSpec s) {
        CompareSpec w = ws.from == null && ws.to == null ? s : s.within(ws.from, ws.to == null ? null
                : ws.to.plusDays(1));
        return w.withBootstrap(seed, resamples).withAlpha(alpha);
    }

    private static String slug(String s) {
        String ascii = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "comparison" : slug;
    }
}
