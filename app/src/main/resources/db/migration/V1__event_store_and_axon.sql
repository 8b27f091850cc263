-- The write side's event store and Axon's own bookkeeping, each in a schema of its own.
-- Column names follow Axon's JDBC defaults; payloads are BYTEA (never OID large objects).

CREATE SCHEMA IF NOT EXISTS event_store;
CREATE SCHEMA IF NOT EXISTS axon;

-- One sequence, one step at a time: the global index orders all events for the processors.
CREATE SEQUENCE event_store.global_index_seq START WITH 1 INCREMENT BY 1 CACHE 1;

CREATE TABLE event_store.domain_event_entry (
    globalindex          BIGINT       NOT NULL DEFAULT nextval('event_store.global_index_seq'),
    aggregateidentifier  VARCHAR(255) NOT NULL,
    sequencenumber       BIGINT       NOT NULL,
    type                 VARCHAR(255),
    eventidentifier      VARCHAR(255) NOT NULL,
    metadata             BYTEA,
    payload              BYTEA        NOT NULL,
    payloadrevision      VARCHAR(255),
    payloadtype          VARCHAR(255) NOT NULL,
    "timestamp"          VARCHAR(255) NOT NULL,
    CONSTRAINT domain_event_entry_pkey PRIMARY KEY (globalindex),
    CONSTRAINT domain_event_entry_aggregate_seq_key UNIQUE (aggregateidentifier, sequencenumber),
    CONSTRAINT domain_event_entry_event_id_key UNIQUE (eventidentifier)
);
ALTER SEQUENCE event_store.global_index_seq OWNED BY event_store.domain_event_entry.globalindex;

-- Range scans of "events of a type in a time range" (audit export) stay cheap.
CREATE INDEX domain_event_entry_timestamp_idx ON event_store.domain_event_entry ("timestamp");

CREATE TABLE event_store.snapshot_event_entry (
    aggregateidentifier  VARCHAR(255) NOT NULL,
    sequencenumber       BIGINT       NOT NULL,
    type                 VARCHAR(255) NOT NULL,
    eventidentifier      VARCHAR(255) NOT NULL,
    metadata             BYTEA,
    payload              BYTEA        NOT NULL,
    payloadrevision      VARCHAR(255),
    payloadtype          VARCHAR(255) NOT NULL,
    "timestamp"          VARCHAR(255) NOT NULL,
    CONSTRAINT snapshot_event_entry_pkey PRIMARY KEY (aggregateidentifier, sequencenumber),
    CONSTRAINT snapshot_event_entry_event_id_key UNIQUE (eventidentifier)
);

CREATE TABLE axon.token_entry (
    processorname  VARCHAR(255) NOT NULL,
    segment        INTEGER      NOT NULL,
    token          BYTEA,
    tokentype      VARCHAR(255),
    "timestamp"    VARCHAR(255),
    owner          VARCHAR(255),
    CONSTRAINT token_entry_pkey PRIMARY KEY (processorname, segment)
);

CREATE TABLE axon.saga_entry (
    sagaid          VARCHAR(255) NOT NULL,
    revision        VARCHAR(255),
    sagatype        VARCHAR(255),
    serializedsaga  BYTEA,
    CONSTRAINT saga_entry_pkey PRIMARY KEY (sagaid)
);

CREATE TABLE axon.association_value_entry (
    id                BIGSERIAL    NOT NULL,
    associationkey    VARCHAR(255),
    associationvalue  VARCHAR(255),
    sagaid            VARCHAR(255),
    sagatype          VARCHAR(255),
    CONSTRAINT association_value_entry_pkey PRIMARY KEY (id)
);
CREATE INDEX association_value_entry_lookup_idx
    ON axon.association_value_entry (sagatype, associationkey, associationvalue);
CREATE INDEX association_value_entry_saga_idx
    ON axon.association_value_entry (sagaid, sagatype);

CREATE TABLE axon.dead_letter_entry (
    deadletteridentifier  VARCHAR(255)  NOT NULL,
    processinggroup       VARCHAR(255)  NOT NULL,
    sequenceidentifier    VARCHAR(255)  NOT NULL,
    sequenceindex         BIGINT        NOT NULL,
    messagetype           VARCHAR(255)  NOT NULL,
    eventidentifier       VARCHAR(255)  NOT NULL,
    "timestamp"           VARCHAR(255)  NOT NULL,
    payloadtype           VARCHAR(255)  NOT NULL,
    payloadrevision       VARCHAR(255),
    payload               BYTEA         NOT NULL,
    metadata              BYTEA,
    type                  VARCHAR(255),
    aggregateidentifier   VARCHAR(255),
    sequencenumber        BIGINT,
    tokentype             VARCHAR(255),
    token                 BYTEA,
    enqueuedat            VARCHAR(255)  NOT NULL,
    lasttouched           VARCHAR(255),
    processingstarted     VARCHAR(255),
    causetype             VARCHAR(255),
    causemessage          VARCHAR(1023),
    diagnostics           BYTEA,
    CONSTRAINT dead_letter_entry_pkey PRIMARY KEY (deadletteridentifier),
    CONSTRAINT dead_letter_entry_sequence_key UNIQUE (processinggroup, sequenceidentifier, sequenceindex)
);
CREATE INDEX dead_letter_entry_group_idx ON axon.dead_letter_entry (processinggroup);
CREATE INDEX dead_letter_entry_sequence_idx ON axon.dead_letter_entry (processinggroup, sequenceidentifier);
