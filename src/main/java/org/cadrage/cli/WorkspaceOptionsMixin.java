package org.cadrage.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cadrage.model.Provenance;
import org.cadrage.pipeline.BuildInfo;
import org.cadrage.store.Query;
import org.cadrage.store.RunRecord;
import org.cadrage.store.Workspace;
import picocli.CommandLine.Option;

/** The workspace and the article filter shared by {@code report}, {@code compare} and {@code export}. */
final class WorkspaceOptionsMixin {
    @Option(names = "--workspace", paramLabel = "DIR",
            description = "Workspace folder holding cadrage.duckdb (default: ${DEFAULT-VALUE}).")
    Path workspace = Path.of("cadrage-workspace");

    @Option(names = "--outlet", paramLabel = "NAME", description = "Only this outlet (repeatable; default: all).")
    List<String> outlets;

    @Option(names = "--from", paramLabel = "DATE", description = "First publication date included (yyyy-MM-dd).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last publication date included (yyyy-MM-dd).")
    LocalDate to;

    /** The workspace, which must exist (these commands read it; {@code analyze} creates it). */
    Workspace open() {
        if (!java.nio.file.Files.isRegularFile(workspace.resolve(Workspace.FILE_NAME))) {
            throw new IllegalArgumentException("no workspace at " + workspace + " (run cadrage analyze first, or give"
                    + " --workspace DIR)");
        }
        return Workspace.open(workspace);
    }

    Set<String> outletSet() {
        return outlets == null ? Set.of() : new TreeSet<>(outlets);
    }

    Query query() {
        return new Query(outletSet(), from, to);
    }

    /**
     * The provenance of an output built from the workspace: this tool, the annotators and pipelines of the runs that
     * filled it, their input hashes, and the command's settings.
     */
    static Provenance provenance(Workspace ws, Map<String, String> settings) {
        TreeSet<String> annotators = new TreeSet<>();
        TreeSet<String> pipelines = new TreeSet<>();
        TreeMap<String, String> inputs = new TreeMap<>();
        for (RunRecord r : ws.runs()) {
            if (r.provenance().annotator() != null) {
                annotators.add(r.provenance().annotator());
            }
            pipelines.add(r.provenance().pipelineId());
            inputs.putAll(r.provenance().inputs());
        }
        Map<String, String> s = new TreeMap<>(settings);
        s.put("workspace", ws.file().toString());
        return new Provenance("cadrage", BuildInfo.version(), BuildInfo.gitCommit(), String.join(" + ", annotators),
                pipelines.isEmpty() ? "none" : String.join(" + ", pipelines), BuildInfo.libraries(), s, inputs);
    }
}
