package org.cadrage.aggregate;

import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.cadrage.model.ArticleAnalysis;
import org.cadrage.report.compare.CompareWriters;

/**
 * Manual timing, not a unit test: two outlets of {@code n} invented articles each (default 50,000), compared with
 * the default 2,000 resamples. Run with {@code java -cp target/classes:target/test-classes:<deps>
 * org.cadrage.aggregate.ComparisonPerf [n]}.
 */
public final class ComparisonPerf {
    private ComparisonPerf() {
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        LocalDate start = LocalDate.of(2022, 1, 1);
        java.util.function.Supplier<Stream<ArticleAnalysis>> source = () -> IntStream.range(0, 2 * n).mapToObj(i -> {
            SplittableRandom r = new SplittableRandom(i);
            String outlet = i % 2 == 0 ? "Le Courrier du Nord" : "La Gazette du Sud";
            double shift = i % 2 == 0 ? 0 : 0.02;
            ArticleAnalysis a = CompareFixtures.analysis("a" + i, outlet, start.plusDays(r.nextInt(730)),
                    r.nextDouble() < 0.2 ? null : Math.min(1, r.nextDouble() + shift),
                    r.nextDouble() < 0.5 ? 0.0 : r.nextDouble(), r.nextDouble() * 10);
            return CompareFixtures.withGenre(a, r.nextDouble());
        });
        for (int run = 0; run < 3; run++) {
            long t0 = System.nanoTime();
            long cpu0 = cpu();
            Comparison c = Comparison.compute(source, CompareSpec.outlets("Le Courrier du Nord", "La Gazette du Sud"));
            long t1 = System.nanoTime();
            long cpu1 = cpu();
            long[] sink = new long[1];
            source.get().forEach(a -> sink[0] += a.article().id().length());
            System.out.printf(Locale.ROOT, "run %d: 2 x %d articles, %d indices, %d resamples: %.2f s wall, %.2f s"
                    + " CPU (all threads); generating the analyses alone: %.2f s CPU%n", run, n, c.indices().size(),
                    c.spec().resamples(), (t1 - t0) / 1e9, (cpu1 - cpu0) / 1e9, (cpu() - cpu1) / 1e9);
            if (run == 2) {
                System.out.print(CompareWriters.table(c));
            }
        }
        SplittableRandom r = new SplittableRandom(1);
        double[] a = r.doubles(10_000).map(v -> Math.floor(v * 50)).toArray();
        double[] b = r.doubles(10_000).map(v -> Math.floor(v * 50)).toArray();
        long t0 = System.nanoTime();
        double delta = Stats.cliffsDelta(a, b);
        System.out.printf(Locale.ROOT, "Cliff's delta, 10,000 x 10,000 tied values: %.1f ms (%.4f)%n",
                (System.nanoTime() - t0) / 1e6, delta);
    }
}
