package org.cadrage.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.cadrage.model.Article;
import org.cadrage.model.ArticleAnalysis;
import org.cadrage.model.ArticleMetrics;
import org.cadrage.model.Attribution;
import org.cadrage.model.Boilerplate;
import org.cadrage.model.Camp;
import org.cadrage.model.Credit;
import org.cadrage.model.Evidence;
import org.cadrage.model.Hedge;
import org.cadrage.model.Provenance;
import org.cadrage.model.RunSummary;
import org.cadrage.model.SourceRef;
import org.cadrage.model.SourcingIndices;
import org.cadrage.model.Span;
import org.cadrage.model.TextSpan;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDriver;

/**
 * A workspace: the folder holding {@code cadrage.duckdb}, an embedded DuckDB database that accumulates analysed
 * articles across runs (schema and rules in {@code org/cadrage/store/schema.sql}).
 *
 * <p>Versioning: an article is identified by its id and {@link #textSha256 its text's SHA-256}. Storing an id whose
 * current version has the same hash does nothing; a changed text becomes version n+1, which becomes current while
 * earlier versions are kept. Each {@link #putAll} is one transaction: an interrupted run never leaves a
 * half-written article. For bulk loads, pass batches of about 10,000 analyses to {@link #putAll}: DuckDB then
 * writes whole row groups straight to the file, which is much faster than many small transactions.
 *
 * <p>Thread-safety: every method may be called from any thread; writes are serialised (one writer at a time), and
 * each {@link #analyses} stream reads on its own connection, so it may be consumed while another thread writes.
 * Arguments must not be {@code null} unless documented.
 */
public final class Workspace implements AutoCloseable {
    /** The database file's name inside the workspace folder. */
    public static final String FILE_NAME = "cadrage.duckdb";
    /** The version of {@code schema.sql} this code reads and writes. */
    public static final int SCHEMA_VERSION = 1;
    /** The per-article format version recorded in each analysis (as {@code schemaVersion} of analysis.jsonl). */
    public static final int ANALYSIS_SCHEMA_VERSION = 3;
    private static final String SCHEMA_RESOURCE = "/org/cadrage/store/schema.sql";
    private static final int LOOKUP_CHUNK = 1000;
    /**
     * Write-ahead log size that triggers a checkpoint. DuckDB's default (16 MB) checkpoints every few thousand
     * articles and made bulk loads several times slower; the log is still written and synced at every commit.
     */
    private static final String CHECKPOINT_THRESHOLD = "1GB";
    private static final String SELECT_ANALYSIS = "SELECT a.article_id, a.outlet, a.published, a.title, a.url,"
            + " a.source_path, a.source_line, a.source_sha256, a.document, a.span_start, a.span_end, a.metadata_json,"
            + " a.labels_json, a.boilerplate_json, a.warnings_json, n.metrics_json, n.evidence_json, n.scores_json"
            + " FROM articles a JOIN analyses n ON a.article_id = n.article_id AND a.version = n.version";

    private final Path file;
    private final DuckDBConnection conn;
    /** Test hook: runs after an article's analysis row and before its evidence rows, inside the transaction. */
    Consumer<ArticleAnalysis> beforeEvidence = a -> { };

    private Workspace(Path file, DuckDBConnection conn) {
        this.file = file;
        this.conn = conn;
    }

    /**
     * Opens the workspace in {@code dir}, creating the folder and the database when missing.
     *
     * @throws WorkspaceException when the folder or database cannot be created or opened, when the file is not a
     *                            Cadrage workspace, or when its schema version is not {@link #SCHEMA_VERSION}
     */
    public static Workspace open(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new WorkspaceException("cannot create workspace folder " + dir + ": " + e, e);
        }
        Properties props = new Properties();
        props.setProperty(DuckDBDriver.JDBC_STREAM_RESULTS, "true");
        DuckDBConnection c;
        try {
            c = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), props);
        } catch (SQLException e) {
            throw new WorkspaceException("cannot open workspace " + file + ": " + e.getMessage(), e);
        }
        try {
            initialise(c, file);
            try (Statement s = c.createStatement()) {
                s.execute("SET checkpoint_threshold = '" + CHECKPOINT_THRESHOLD + "'");
            }
            return new Workspace(file, c);
        } catch (SQLException | RuntimeException e) {
            try {
                c.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e instanceof WorkspaceException w ? w
                    : new WorkspaceException("cannot open workspace " + file + ": " + e.getMessage(), e);
        }
    }

    private static void initialise(DuckDBConnection c, Path file) throws SQLException {
        Set<String> tables = new TreeSet<>(strings(c, "SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = 'main'"));
        if (tables.isEmpty()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute(schemaScript());
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } else if (!tables.contains("schema_info")) {
            throw new WorkspaceException(file + " is not a Cadrage workspace: it has tables " + tables
                    + " but no schema_info");
        } else {
            List<String> versions = strings(c, "SELECT CAST(version AS VARCHAR) FROM schema_info");
            String found = versions.size() == 1 ? versions.get(0) : versions.toString();
            if (!found.equals(Integer.toString(SCHEMA_VERSION))) {
                boolean newer = versions.size() == 1 && Integer.parseInt(found) > SCHEMA_VERSION;
                throw new WorkspaceException("workspace " + file + " has schema version " + found
                        + " but this Cadrage reads version " + SCHEMA_VERSION + " (schema file org/cadrage/store/"
                        + "schema.sql): " + (newer ? "it was written by a newer Cadrage; upgrade Cadrage or use "
                        + "another workspace folder" : "no migration exists; use a new workspace folder"));
            }
        }
        Set<String> columns = new TreeSet<>(strings(c, "SELECT column_name FROM information_schema.columns"
                + " WHERE table_name = 'analyses'"));
        for (Camp camp : Camp.values()) {
            if (!columns.contains("camp_" + camp.id()) || !columns.contains("voice_share_" + camp.id())) {
                throw new WorkspaceException("workspace " + file + ": table analyses lacks the columns of camp "
                        + camp.id() + " (schema version " + SCHEMA_VERSION + ")");
            }
        }
    }

    private static String schemaScript() {
        try (InputStream in = Workspace.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("schema file " + SCHEMA_RESOURCE + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read schema file " + SCHEMA_RESOURCE, e);
        }
    }

    /** The database file. */
    public Path file() {
        return file;
    }

    /** SHA-256 (lower-case hex) of the UTF-8 bytes of {@link Article#text()}: the hash versions are keyed on. */
    public static String textSha256(Article article) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(article.text().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }

    /** Whether the current version of {@code articleId} has the text hash {@code textSha256}: nothing to redo. */
    public synchronized boolean isCurrent(String articleId, String textSha256) {
        try (PreparedStatement ps = conn.prepareStatement("SELECT count(*) FROM articles WHERE article_id = ?"
                + " AND text_sha256 = ? AND is_current")) {
            ps.setString(1, articleId);
            ps.setString(2, textSha256);
            return singleLong(ps) > 0;
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    /**
     * Records the start of a run and returns its id ({@code run-0001}, {@code run-0002}, ...).
     *
     * @param provenance what runs (its input hashes may still be empty; {@link #finishRun} replaces it)
     * @param settings   the run's settings as strings
     */
    public synchronized String beginRun(Provenance provenance, Map<String, String> settings) {
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO runs (run_id, started_at, tool_version,"
                + " git_commit, annotator, pipeline_id, settings_json, provenance_json)"
                + " VALUES (?, CAST(? AS TIMESTAMP), ?, ?, ?, ?, ?, ?)");
             PreparedStatement count = conn.prepareStatement("SELECT count(*) FROM runs")) {
            String runId = String.format(Locale.ROOT, "run-%04d", singleLong(count) + 1);
            ps.setString(1, runId);
            ps.setString(2, timestamp(Instant.now()));
            ps.setString(3, provenance.version());
            ps.setString(4, provenance.gitCommit());
            ps.setString(5, provenance.annotator());
            ps.setString(6, provenance.pipelineId());
            ps.setString(7, Json.write(settings));
            ps.setString(8, Json.write(provenance));
            ps.executeUpdate();
            return runId;
        } catch (SQLException e) {
            throw failure("write", e);
        }
    }

    /**
     * Records the end of a run: its final provenance and its summary.
     *
     * @throws IllegalArgumentException when no run has this id
     */
    public synchronized void finishRun(String runId, RunSummary summary) {
        Provenance p = summary.provenance();
        try (PreparedStatement ps = conn.prepareStatement("UPDATE runs SET finished_at = CAST(? AS TIMESTAMP),"
                + " tool_version = ?, git_commit = ?, annotator = ?, pipeline_id = ?, provenance_json = ?,"
                + " units_seen = ?, analysed = ?, unchanged = ?, skipped = ?, warnings = ?, tokens = ?, seconds = ?,"
                + " summary_json = ? WHERE run_id = ?")) {
            ps.setString(1, timestamp(Instant.now()));
            ps.setString(2, p.version());
            ps.setString(3, p.gitCommit());
            ps.setString(4, p.annotator());
            ps.setString(5, p.pipelineId());
            ps.setString(6, Json.write(p));
            ps.setInt(7, summary.unitsSeen());
            ps.setInt(8, summary.analysed());
            ps.setInt(9, summary.unchanged());
            ps.setInt(10, summary.skipped());
            ps.setInt(11, summary.warnings());
            ps.setLong(12, summary.tokens());
            ps.setDouble(13, summary.seconds());
            ps.setString(14, Json.write(summary));
            ps.setString(15, runId);
            if (ps.executeUpdate() == 0) {
                throw new IllegalArgumentException("unknown run " + runId + " in workspace " + file);
            }
        } catch (SQLException e) {
            throw failure("write", e);
        }
    }

    /** Stores one analysis in its own transaction; see {@link #putAll}. */
    public void put(ArticleAnalysis analysis, String runId) {
        putAll(List.of(analysis), runId);
    }

    /**
     * Stores analyses in ONE transaction: all or none. An analysis whose id's current version has the same text hash
     * is ignored; a changed text becomes a new current version. Within the list, later items of the same id come
     * after earlier ones.
     *
     * @param runId a run of this workspace ({@link #beginRun})
     * @return the number of article versions written
     * @throws IllegalArgumentException when {@code runId} is unknown
     * @throws WorkspaceException       when the database fails; nothing of the list is then stored
     */
    public synchronized int putAll(List<ArticleAnalysis> analyses, String runId) {
        if (analyses.isEmpty()) {
            return 0;
        }
        try {
            conn.setAutoCommit(false);
            try {
                int written = write(analyses, runId);
                conn.commit();
                return written;
            } catch (SQLException | RuntimeException e) {
                try {
                    conn.rollback();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            } finally {
                conn.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure("write", e);
        }
    }

    /** The body of {@link #putAll}, inside an open transaction (the first statement starts it). */
    private int write(List<ArticleAnalysis> analyses, String runId) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT count(*) FROM runs WHERE run_id = ?")) {
            ps.setString(1, runId);
            if (singleLong(ps) == 0) {
                throw new IllegalArgumentException("unknown run " + runId + " in workspace " + file);
            }
        }
        Set<String> ids = new LinkedHashSet<>();
        analyses.forEach(a -> ids.add(a.article().id()));
        Map<String, Current> current = currentVersions(new ArrayList<>(ids));
        List<Current> superseded = new ArrayList<>();
        int written = 0;
        try (DuckDBAppender articles = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "articles");
             DuckDBAppender rows = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "analyses");
             DuckDBAppender evidence = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "evidence")) {
            for (ArticleAnalysis a : analyses) {
                String id = a.article().id();
                String hash = textSha256(a.article());
                Current before = current.get(id);
                if (before != null && before.sha256.equals(hash)) {
                    continue;
                }
                if (before != null) {
                    superseded.add(before);
                }
                int version = before == null ? 1 : before.version + 1;
                current.put(id, new Current(id, version, hash));
                appendArticle(articles, a.article(), version, hash, runId);
                appendAnalysis(rows, a, version);
                beforeEvidence.accept(a);
                appendEvidence(evidence, a, version);
                written++;
            }
        }
        try (PreparedStatement ps = conn.prepareStatement("UPDATE articles SET is_current = false"
                + " WHERE article_id = ? AND version = ?")) {
            for (Current c : superseded) {
                ps.setString(1, c.id);
                ps.setInt(2, c.version);
                ps.executeUpdate();
            }
        }
        return written;
    }

    private Map<String, Current> currentVersions(List<String> ids) throws SQLException {
        Map<String, Current> out = new HashMap<>();
        for (int from = 0; from < ids.size(); from += LOOKUP_CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + LOOKUP_CHUNK));
            try (PreparedStatement ps = conn.prepareStatement("SELECT article_id, version, text_sha256 FROM articles"
                    + " WHERE is_current AND article_id IN (" + "?, ".repeat(chunk.size() - 1) + "?)")) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), new Current(rs.getString(1), rs.getInt(2), rs.getString(3)));
                    }
                }
            }
        }
        return out;
    }

    private static void appendArticle(DuckDBAppender ap, Article a, int version, String hash, String runId)
            throws SQLException {
        ap.beginRow();
        ap.append(a.id());
        ap.append(version);
        ap.append(true);
        ap.append(hash);
        ap.append(a.outlet());
        ap.append(a.published() == null ? null : a.published().toString());
        ap.append(a.title());
        ap.append(a.url());
        ap.append(a.source().path());
        appendInt(ap, a.source().line());
        ap.append(a.source().sha256());
        ap.append(a.document());
        ap.append(a.span().start());
        ap.append(a.span().end());
        ap.append(a.text());
        ap.append(Json.write(a.metadata()));
        ap.append(Json.write(a.labels()));
        ap.append(Json.write(a.boilerplate()));
        ap.append(Json.write(a.warnings()));
        ap.append(runId);
        ap.endRow();
    }

    private static void appendAnalysis(DuckDBAppender ap, ArticleAnalysis a, int version) throws SQLException {
        ArticleMetrics m = a.metrics();
        SourcingIndices s = m.sourcing();
        ap.beginRow();
        ap.append(a.article().id());
        ap.append(version);
        ap.append(ANALYSIS_SCHEMA_VERSION);
        ap.append(m.tokens());
        ap.append(m.sentences());
        ap.append(m.hedges());
        ap.append(m.narratorHedges());
        appendDouble(ap, m.hedgesPer1000Tokens());
        appendDouble(ap, m.narratorHedgesPer1000Tokens());
        ap.append(m.credits());
        ap.append(m.stateMediaCredits());
        appendDouble(ap, m.stateMediaCreditShare());
        ap.append(s.attributions());
        for (Double v : new Double[] {s.sideBalance(), s.sourceDiversity(), s.anonymityRate(), s.directQuoteShare(),
            s.unknownCampShare(), s.stanceAsymmetry(), s.hedgeAsymmetry(), s.stateMediaReliance()}) {
            appendDouble(ap, v);
        }
        for (Camp c : Camp.values()) {
            ap.append(s.campCounts().getOrDefault(c.id(), 0));
        }
        for (Camp c : Camp.values()) {
            appendDouble(ap, s.voiceShare().isEmpty() ? null : s.voiceShare().getOrDefault(c.id(), 0.0));
        }
        ap.append(Json.write(m));
        ap.append(Json.write(a.evidence()));
        ap.append(Json.write(a.scores()));
        ap.endRow();
    }

    private static void appendEvidence(DuckDBAppender ap, ArticleAnalysis analysis, int version)
            throws SQLException {
        String id = analysis.article().id();
        String doc = analysis.article().document();
        Evidence e = analysis.evidence();
        for (int i = 0; i < e.attributions().size(); i++) {
            Attribution a = e.attributions().get(i);
            TextSpan sp = a.speaker();
            start(ap, id, version, "attribution", i, a.content(), a.content().of(doc), a.type());
            ap.append(sp == null ? null : sp.text());
            appendInt(ap, sp == null ? null : sp.start());
            appendInt(ap, sp == null ? null : sp.end());
            ap.append(a.speakerResolved());
            ap.append(a.cue().text());
            ap.append(a.cue().start());
            ap.append(a.cue().end());
            ap.append(a.verbLemma());
            ap.append(a.verbStance());
            ap.append(a.camp());
            ap.append(a.anonymous());
            ap.append(a.nested());
            ap.append(a.via());
            nulls(ap, 4);
            ap.endRow();
        }
        for (int i = 0; i < e.hedges().size(); i++) {
            Hedge h = e.hedges().get(i);
            start(ap, id, version, "hedge", i, h.span(), h.text(), h.kind().id());
            nulls(ap, 4);
            ap.append(h.cue());
            nulls(ap, 8);
            ap.append(h.scope().id());
            nulls(ap, 3);
            ap.endRow();
        }
        for (int i = 0; i < e.credits().size(); i++) {
            Credit c = e.credits().get(i);
            start(ap, id, version, "credit", i, c.span(), c.text(), c.kind().id());
            nulls(ap, 14);
            ap.append(c.outlet());
            if (c.stateAffiliated() == null) {
                ap.append((String) null);
            } else {
                ap.append(c.stateAffiliated().booleanValue());
            }
            ap.append(c.country());
            ap.endRow();
        }
        for (int i = 0; i < e.boilerplate().size(); i++) {
            Boilerplate b = e.boilerplate().get(i);
            start(ap, id, version, "boilerplate", i, b.span(), b.span().of(doc), b.kind().id());
            nulls(ap, 17);
            ap.endRow();
        }
    }

    private static void start(DuckDBAppender ap, String id, int version, String kind, int ordinal, Span span,
                              String text, String type) throws SQLException {
        ap.beginRow();
        ap.append(id);
        ap.append(version);
        ap.append(kind);
        ap.append(ordinal);
        ap.append(span.start());
        ap.append(span.end());
        ap.append(text);
        ap.append(type);
    }

    private static void nulls(DuckDBAppender ap, int n) throws SQLException {
        for (int i = 0; i < n; i++) {
            ap.append((String) null);
        }
    }

    private static void appendInt(DuckDBAppender ap, Integer v) throws SQLException {
        if (v == null) {
            ap.append((String) null);
        } else {
            ap.append(v.intValue());
        }
    }

    private static void appendDouble(DuckDBAppender ap, Double v) throws SQLException {
        if (v == null) {
            ap.append((String) null);
        } else {
            ap.append(v.doubleValue());
        }
    }

    /**
     * The current versions of the articles {@code query} selects, sorted by outlet, publication date and id (articles
     * without outlet or date last), read lazily: only a few rows are in memory at a time. The caller must close the
     * stream (try-with-resources); it holds a database connection until then.
     *
     * @throws WorkspaceException when reading fails (also thrown while consuming the stream)
     */
    public Stream<ArticleAnalysis> analyses(Query query) {
        List<Object> params = new ArrayList<>();
        String sql = SELECT_ANALYSIS + where(query, params)
                + " ORDER BY a.outlet NULLS LAST, a.published NULLS LAST, a.article_id";
        return stream(sql, params);
    }

    /** The current version of {@code articleId}, if stored. */
    public Optional<ArticleAnalysis> current(String articleId) {
        try (Stream<ArticleAnalysis> s = stream(SELECT_ANALYSIS + " WHERE a.is_current AND a.article_id = ?",
                List.of(articleId))) {
            return s.findFirst();
        }
    }

    /** How many current articles {@code query} selects. */
    public synchronized long count(Query query) {
        List<Object> params = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT count(*) FROM articles a" + where(query, params))) {
            bind(ps, params);
            return singleLong(ps);
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    /** The outlets of the current articles, sorted; articles without outlet are not represented. */
    public synchronized List<String> outlets() {
        try {
            return strings(conn, "SELECT DISTINCT outlet FROM articles WHERE is_current AND outlet IS NOT NULL"
                    + " ORDER BY outlet");
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    /** Every run recorded, oldest first. */
    public synchronized List<RunRecord> runs() {
        List<RunRecord> out = new ArrayList<>();
        try (Statement s = conn.createStatement();
             ResultSet rs = s.executeQuery("SELECT r.run_id, CAST(r.started_at AS VARCHAR),"
                     + " CAST(r.finished_at AS VARCHAR), r.provenance_json, r.settings_json, r.summary_json,"
                     + " (SELECT count(*) FROM articles a WHERE a.created_run_id = r.run_id) FROM runs r"
                     + " ORDER BY r.started_at, r.run_id")) {
            while (rs.next()) {
                String summary = rs.getString(6);
                out.add(new RunRecord(rs.getString(1), instant(rs.getString(2)), instant(rs.getString(3)),
                        Json.read(rs.getString(4), Json.PROVENANCE), Json.read(rs.getString(5), Json.STRINGS),
                        summary == null ? null : Json.read(summary, Json.SUMMARY), rs.getLong(7)));
            }
            return out;
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    private static String where(Query q, List<Object> params) {
        StringBuilder sb = new StringBuilder(" WHERE a.is_current");
        if (!q.outlets().isEmpty()) {
            sb.append(" AND a.outlet IN (").append("?, ".repeat(q.outlets().size() - 1)).append("?)");
            params.addAll(new TreeSet<>(q.outlets()));
        }
        if (q.from() != null) {
            sb.append(" AND a.published >= CAST(? AS DATE)");
            params.add(q.from().toString());
        }
        if (q.to() != null) {
            sb.append(" AND a.published <= CAST(? AS DATE)");
            params.add(q.to().toString());
        }
        return sb.toString();
    }

    private Stream<ArticleAnalysis> stream(String sql, List<Object> params) {
        Connection c;
        PreparedStatement ps;
        ResultSet rs;
        synchronized (this) {
            try {
                c = conn.duplicate();
            } catch (SQLException e) {
                throw failure("read", e);
            }
        }
        try {
            ps = c.prepareStatement(sql);
            bind(ps, params);
            rs = ps.executeQuery();
        } catch (SQLException e) {
            try {
                c.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw failure("read", e);
        }
        Spliterator<ArticleAnalysis> rows = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
                Spliterator.ORDERED | Spliterator.NONNULL) {
            @Override
            public boolean tryAdvance(Consumer<? super ArticleAnalysis> action) {
                try {
                    if (!rs.next()) {
                        return false;
                    }
                    action.accept(analysis(rs));
                    return true;
                } catch (SQLException e) {
                    throw failure("read", e);
                }
            }
        };
        return StreamSupport.stream(rows, false).onClose(() -> {
            try (c; ps; rs) {
                // closes the result set, the statement and the connection, in that order
            } catch (SQLException e) {
                throw failure("read", e);
            }
        });
    }

    private static ArticleAnalysis analysis(ResultSet rs) throws SQLException {
        Object published = rs.getObject(3);
        Object line = rs.getObject(7);
        Article article = new Article(rs.getString(1), new SourceRef(rs.getString(6),
                line == null ? null : ((Number) line).intValue(), rs.getString(8)), rs.getString(9),
                new Span(rs.getInt(10), rs.getInt(11)), rs.getString(2),
                published == null ? null : LocalDate.parse(published.toString()), rs.getString(4), rs.getString(5),
                Json.read(rs.getString(12), Json.STRINGS), Json.read(rs.getString(13), Json.LABELS),
                Json.read(rs.getString(14), Json.BOILERPLATE), Json.read(rs.getString(15), Json.WARNINGS));
        return new ArticleAnalysis(article, Json.read(rs.getString(17), Json.EVIDENCE),
                Json.read(rs.getString(16), Json.METRICS), Json.read(rs.getString(18), Json.SCORES));
    }

    private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
    }

    private static long singleLong(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static String timestamp(Instant i) {
        return LocalDateTime.ofInstant(i.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC).toString();
    }

    private static Instant instant(String dbTimestamp) {
        return dbTimestamp == null ? null
                : LocalDateTime.parse(dbTimestamp.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
    }

    private WorkspaceException failure(String what, SQLException e) {
        return new WorkspaceException("cannot " + what + " workspace " + file + ": " + e.getMessage(), e);
    }

    /** Closes the database; open {@link #analyses} streams must be closed first. */
    @Override
    public synchronized void close() {
        try {
            conn.close();
        } catch (SQLException e) {
            throw failure("close", e);
        }
    }

    private record Current(String id, int version, String sha256) {
    }
}
