package org.cadrage.store;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.cadrage.model.Provenance;
import org.cadrage.model.RunSummary;

/**
 * One run as recorded in a {@link Workspace}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param runId      the run's id ({@code run-0001})
 * @param startedAt  when {@link Workspace#beginRun} was called
 * @param finishedAt when {@link Workspace#finishRun} was called, or {@code null} when the run is still going or was
 *                   interrupted
 * @param provenance the provenance given at the start, replaced by the summary's once finished
 * @param settings   the settings given at the start
 * @param summary    the run summary, or {@code null} until finished
 * @param stored     article versions this run stored
 */
public record RunRecord(String runId, Instant startedAt, Instant finishedAt, Provenance provenance,
                        Map<String, String> settings, RunSummary summary, long stored) {
    public RunRecord {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(provenance, "provenance");
        settings = Map.copyOf(settings);
    }
}
