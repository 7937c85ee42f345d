-- Cadrage workspace schema, version 1 (file cadrage.duckdb in the workspace folder; DuckDB).
--
-- One workspace accumulates the analyses of many runs. An article is identified by (article_id, version): the
-- same id with a changed text becomes a new version, earlier versions are kept, and exactly one version per id
-- has is_current = true. Offsets (span_start, start_offset, ...) are Java String (UTF-16) indices into
-- articles.document, end exclusive, as in analysis.jsonl; the text columns hold the exact characters so that
-- SQL users never need to compute substrings themselves.
--
-- Versioning of this file: SCHEMA_VERSION in org.cadrage.store.Workspace equals the version inserted below.
-- Any change to a table or column increments it; a workspace written by a newer version is refused.
-- The whole file runs as one script, in one transaction, when a workspace is created.

-- The schema version of this workspace (one row).
CREATE TABLE schema_info (
    version INTEGER NOT NULL  -- the version of this file that created the workspace
);
INSERT INTO schema_info VALUES (1);

-- One row per run that wrote into the workspace ('cadrage analyze' or a program calling Workspace.beginRun).
CREATE TABLE runs (
    run_id          VARCHAR PRIMARY KEY,  -- 'run-0001', 'run-0002', ... in order of start
    started_at      TIMESTAMP NOT NULL,   -- when the run began (UTC)
    finished_at     TIMESTAMP,            -- when it finished (UTC); NULL while running or when interrupted
    tool_version    VARCHAR NOT NULL,     -- Cadrage version
    git_commit      VARCHAR,              -- commit the tool was built from, NULL when unknown
    annotator       VARCHAR,              -- NLP annotator id (CoreNLP models)
    pipeline_id     VARCHAR NOT NULL,     -- hash of everything that changes per-article results
    settings_json   VARCHAR NOT NULL,     -- the run's settings as a JSON object of strings
    provenance_json VARCHAR NOT NULL,     -- full provenance (libraries, settings, input SHA-256s) as JSON; final once finished
    units_seen      INTEGER,              -- input units met (NULL until finished)
    analysed        INTEGER,              -- units analysed in this run
    unchanged       INTEGER,              -- units skipped because the workspace already held the same text
    skipped         INTEGER,              -- units not analysed (unreadable, empty, failed)
    warnings        INTEGER,              -- warnings on analysed units
    tokens          BIGINT,               -- tokens analysed
    seconds         DOUBLE,               -- wall-clock duration
    summary_json    VARCHAR               -- the whole run summary (counts and every issue) as JSON
);

-- One row per version of an article: metadata and the source text exactly as decoded.
CREATE TABLE articles (
    article_id       VARCHAR NOT NULL,    -- article id (file stem, JSONL id, CSV row id, 'id#n' for page segments)
    version          INTEGER NOT NULL,    -- 1 for the first text seen under this id, then 2, 3, ...
    is_current       BOOLEAN NOT NULL,    -- true for the latest version of the id, false for superseded ones
    text_sha256      VARCHAR NOT NULL,    -- SHA-256 (hex) of the UTF-8 of the article's text (column text)
    outlet           VARCHAR,             -- outlet name, NULL when unknown
    published        DATE,                -- publication date, NULL when unknown
    title            VARCHAR,             -- title, NULL when none
    url              VARCHAR,             -- url, NULL when none
    source_path      VARCHAR NOT NULL,    -- input path as given on the command line
    source_line      INTEGER,             -- 1-based line or record of a JSONL/CSV input, NULL for whole files
    source_sha256    VARCHAR NOT NULL,    -- SHA-256 of the whole input file
    document         VARCHAR NOT NULL,    -- the whole source document exactly as decoded; offsets point into it
    span_start       INTEGER NOT NULL,    -- start of the article inside document
    span_end         INTEGER NOT NULL,    -- end (exclusive) of the article inside document
    text             VARCHAR NOT NULL,    -- the analysed span: document from span_start to span_end
    metadata_json    VARCHAR NOT NULL,    -- extra metadata columns as a JSON object of strings
    labels_json      VARCHAR NOT NULL,    -- training labels per task as a JSON object of string arrays
    boilerplate_json VARCHAR NOT NULL,    -- boilerplate spans excluded from analysis, as a JSON array
    warnings_json    VARCHAR NOT NULL,    -- non-fatal ingest remarks as a JSON array of strings
    created_run_id   VARCHAR NOT NULL,    -- the run that stored this version (runs.run_id)
    PRIMARY KEY (article_id, version)
);

-- One row per article version: the metrics as typed columns, and the complete analysis as JSON.
-- Ratios are NULL when their denominator is zero (README, "Scores" and "Sourcing indices").
CREATE TABLE analyses (
    article_id                      VARCHAR NOT NULL,  -- articles.article_id
    version                         INTEGER NOT NULL,  -- articles.version
    analysis_schema_version         INTEGER NOT NULL,  -- version of the per-article format (as analysis.jsonl's schemaVersion)
    tokens                          INTEGER NOT NULL,  -- tokens in the analysed text
    sentences                       INTEGER NOT NULL,  -- sentences in the analysed text
    hedges                          INTEGER NOT NULL,  -- hedges and distancing markers
    narrator_hedges                 INTEGER NOT NULL,  -- hedges in the journalist's own voice
    hedges_per_1000_tokens          DOUBLE,            -- 1000 * hedges / tokens
    narrator_hedges_per_1000_tokens DOUBLE,            -- 1000 * narrator_hedges / tokens
    credits                         INTEGER NOT NULL,  -- credits to outlets (photo, dateline, link, mention)
    state_media_credits             INTEGER NOT NULL,  -- credits to state-affiliated outlets
    state_media_credit_share        DOUBLE,            -- state_media_credits / credits
    attributions                    INTEGER NOT NULL,  -- attributions (who said what)
    side_balance                    DOUBLE,            -- 1 - |R - W| / (R + W)
    source_diversity                DOUBLE,            -- entropy of the camp distribution / ln(number of camps)
    anonymity_rate                  DOUBLE,            -- anonymous attributions / attributions
    direct_quote_share              DOUBLE,            -- direct quotes / attributions
    unknown_camp_share              DOUBLE,            -- attributions of unknown camp / attributions
    stance_asymmetry                DOUBLE,            -- distancing-verb share for R minus that for W
    hedge_asymmetry                 DOUBLE,            -- hedged-content share for R minus that for W
    state_media_reliance            DOUBLE,            -- (state-media attributions + credits) / (attributions + credits)
    camp_russia_official            INTEGER NOT NULL,  -- attributions per source camp ...
    camp_russia_state_media         INTEGER NOT NULL,
    camp_ukraine_official           INTEGER NOT NULL,
    camp_western_official           INTEGER NOT NULL,
    camp_other_official             INTEGER NOT NULL,
    camp_independent_media          INTEGER NOT NULL,
    camp_expert_or_other            INTEGER NOT NULL,
    camp_anonymous                  INTEGER NOT NULL,
    camp_unknown                    INTEGER NOT NULL,  -- ... (the nine camps of README, "Source camps")
    voice_share_russia_official     DOUBLE,            -- camp count / attributions, per camp, 4 decimals ...
    voice_share_russia_state_media  DOUBLE,
    voice_share_ukraine_official    DOUBLE,
    voice_share_western_official    DOUBLE,
    voice_share_other_official      DOUBLE,
    voice_share_independent_media   DOUBLE,
    voice_share_expert_or_other     DOUBLE,
    voice_share_anonymous           DOUBLE,
    voice_share_unknown             DOUBLE,            -- ... NULL when there is no attribution
    metrics_json                    VARCHAR NOT NULL,  -- every metric, including counts per hedge and credit kind, as JSON
    evidence_json                   VARCHAR NOT NULL,  -- every hedge, credit, attribution and boilerplate span, as JSON
    scores_json                     VARCHAR NOT NULL,  -- framing models' outputs per task ({} when no model), as JSON
    PRIMARY KEY (article_id, version)
);

-- One row per piece of evidence, for SQL queries (the same items as analyses.evidence_json).
CREATE TABLE evidence (
    article_id       VARCHAR NOT NULL,  -- articles.article_id
    version          INTEGER NOT NULL,  -- articles.version
    kind             VARCHAR NOT NULL,  -- 'attribution', 'hedge', 'credit' or 'boilerplate'
    ordinal          INTEGER NOT NULL,  -- 0-based position among the article's items of this kind
    start_offset     INTEGER NOT NULL,  -- start in articles.document (for attributions: of the reported content)
    end_offset       INTEGER NOT NULL,  -- end, exclusive
    text             VARCHAR NOT NULL,  -- exactly the document's characters from start_offset to end_offset
    type             VARCHAR NOT NULL,  -- attribution: direct, indirect, according_to; hedge: conditional, modal,
                                        -- epistemic, distancing; credit: photo, dateline, link, source_mention;
                                        -- boilerplate: cookie_banner, share_widget, ...
    speaker          VARCHAR,           -- attribution: the speaker's words, NULL when none is stated
    speaker_start    INTEGER,           -- attribution: speaker offsets, NULL without speaker
    speaker_end      INTEGER,
    speaker_resolved VARCHAR,           -- attribution: the resolved speaker name, NULL when not resolved
    cue              VARCHAR,           -- attribution: the reporting verb or phrase as written; hedge: the lexicon
                                        -- entry or rule that matched ('conditional:aurait')
    cue_start        INTEGER,           -- attribution: cue offsets
    cue_end          INTEGER,
    verb_lemma       VARCHAR,           -- attribution: the reporting verb's lemma, NULL for « selon »
    verb_stance      VARCHAR,           -- attribution: neutral, assertive, distancing, ... or NULL
    camp             VARCHAR,           -- attribution: the source's camp (russia_official, ..., unknown)
    anonymous        BOOLEAN,           -- attribution: whether the source is anonymous
    nested           BOOLEAN,           -- attribution: whether it is nested in another attribution's content
    via              VARCHAR,           -- attribution: the relaying outlet, NULL when none
    scope            VARCHAR,           -- hedge: narrator (the journalist's voice) or attributed (a source's)
    outlet           VARCHAR,           -- credit: the canonical outlet name, NULL when unknown
    state_affiliated BOOLEAN,           -- credit: whether the outlet is state-affiliated, NULL when unknown
    country          VARCHAR            -- credit: ISO 3166-1 alpha-2 country of the outlet, NULL when unknown
);
