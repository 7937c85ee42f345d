package org.cadrage.extract.attribution;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The reporting-verb lexicon ({@code reporting-verbs.tsv}): inflected form → lemma and stance. Immutable and
 * thread-safe; {@link #lookup} accepts {@code null} and returns empty for it.
 */
public final class ReportingVerbs {
    private static final ReportingVerbs INSTANCE = read();
    private final Map<String, ReportingVerb> byForm;

    private ReportingVerbs(Map<String, ReportingVerb> byForm) {
        this.byForm = Map.copyOf(byForm);
    }

    /** The bundled lexicon, loaded once. */
    public static ReportingVerbs load() {
        return INSTANCE;
    }

    /** The verb of which {@code form} is an inflection, ignoring case and the ’/' difference. */
    public Optional<ReportingVerb> lookup(String form) {
        return form == null ? Optional.empty()
                : Optional.ofNullable(byForm.get(form.toLowerCase(Locale.ROOT).replace('\u2019', '\'')));
    }

    private static ReportingVerbs read() {
        try (InputStream in = ReportingVerbs.class.getResourceAsStream("reporting-verbs.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing resource reporting-verbs.tsv");
            }
            Map<String, ReportingVerb> map = new HashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t");
                ReportingVerb v = new ReportingVerb(c[0], c[1]);
                for (String f : c[2].split(" ")) {
                    map.putIfAbsent(f, v);
                }
            }
            return new ReportingVerbs(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
