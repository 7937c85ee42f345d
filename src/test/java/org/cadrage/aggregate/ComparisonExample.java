package org.cadrage.aggregate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.cadrage.model.ArticleAnalysis;
import org.cadrage.model.Provenance;
import org.cadrage.report.compare.CompareWriters;

/**
 * Writes the example of {@code docs-compare.md}: one invented outlet, 300 articles a year around 2022-02-24 (after
 * the date, more balanced sourcing and fewer hedges), compared before/after. Prints the table; writes
 * {@code compare.json} and {@code compare.html} into the folder given as argument (default: the temporary folder).
 * Not a unit test.
 */
public final class ComparisonExample {
    private ComparisonExample() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : System.getProperty("java.io.tmpdir"));
        String outlet = "Le Courrier du Nord";
        LocalDate split = LocalDate.of(2022, 2, 24);
        SplittableRandom r = new SplittableRandom(2022);
        List<ArticleAnalysis> list = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            LocalDate d = split.minusDays(365).plusDays(r.nextInt(730));
            boolean after = !d.isBefore(split);
            Double side = r.nextDouble() < 0.3 ? null : clamp(r.nextGaussian() * 0.25 + (after ? 0.55 : 0.45));
            Double anonymity = r.nextDouble() < 0.1 ? null : r.nextDouble() < 0.6 ? 0.0 : clamp(r.nextDouble() * 0.5);
            Double hedges = clamp(r.nextGaussian() * 2 + (after ? 4.0 : 4.6), 0, 20);
            ArticleAnalysis a = CompareFixtures.analysis("art-" + i, outlet, d, side, anonymity, hedges);
            list.add(CompareFixtures.withGenre(a, clamp(r.nextDouble() * 0.8 + (after ? 0.15 : 0.1))));
        }
        list.add(CompareFixtures.analysis("sans-date", outlet, null, 0.5, 0.0, 3.0));
        list.add(CompareFixtures.analysis("autre", "La Gazette du Sud", split, 0.5, 0.0, 3.0));
        Comparison c = Comparison.compute(list::stream, CompareSpec.periods(outlet, split, split));
        Provenance p = new Provenance("cadrage", "0.1.0", "0123abc", "corenlp-4.5.10-fr", "example-pipeline",
                Map.of(), Map.of(), new TreeMap<>(Map.of("analysis.jsonl", "sha256-of-the-input")));
        System.out.print(CompareWriters.table(c));
        Files.writeString(dir.resolve("compare.json"), CompareWriters.json(c, p));
        Files.writeString(dir.resolve("compare.html"), CompareWriters.html(c, p));
    }

    private static double clamp(double v) {
        return clamp(v, 0, 1);
    }

    private static double clamp(double v, double low, double high) {
        return Math.max(low, Math.min(high, v));
    }
}
