-- What is kept of voice conversations (issue 14): one row per session, folded as its requests are decided. No audio,
-- no text and nothing per utterance: counts, a stress sum and count (the average is folded one request at a time),
-- the peak, the longest reported length, and the start's hour and ISO weekday (1 Monday .. 7 Sunday), both in UTC.
CREATE TABLE voice_session (
    tenant_id          VARCHAR(64)   NOT NULL REFERENCES tenant (tenant_id),
    username           VARCHAR(200)  NOT NULL,
    session_id         VARCHAR(64)   NOT NULL,
    started_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    last_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    requests           INTEGER       NOT NULL,
    stress_sum         DECIMAL(14,4) NOT NULL,
    stress_count       INTEGER       NOT NULL,
    peak_stress        DECIMAL(5,4),
    minutes_max        INTEGER,
    start_hour_utc     SMALLINT      NOT NULL,
    start_weekday_utc  SMALLINT      NOT NULL,
    escalations        INTEGER       NOT NULL,
    CONSTRAINT pk_voice_session PRIMARY KEY (tenant_id, username, session_id)
);
CREATE INDEX ix_voice_session_latest ON voice_session (tenant_id, username, last_at);

-- Each person's switch; no row means history is on. Kept apart from app_user because API keys have history too.
CREATE TABLE session_history_setting (
    tenant_id   VARCHAR(64)  NOT NULL REFERENCES tenant (tenant_id),
    username    VARCHAR(200) NOT NULL,
    enabled     BOOLEAN      NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_session_history_setting PRIMARY KEY (tenant_id, username)
);
