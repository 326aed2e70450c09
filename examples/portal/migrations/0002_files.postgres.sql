-- PostgreSQL: the tables whose column types the two databases spell
-- differently: BYTEA for file contents, NUMERIC for money.

-- Rosters: the files a unit uploaded, as uploaded; the records are read
-- from them again when needed (awards.ParseCSV or workbook.Load).
CREATE TABLE rosters (
	id          TEXT PRIMARY KEY,
	unit        TEXT NOT NULL REFERENCES units (code),
	year        INTEGER NOT NULL,
	name        TEXT NOT NULL,
	format      TEXT NOT NULL,
	sha256      TEXT NOT NULL,
	size        BIGINT NOT NULL,
	content     BYTEA NOT NULL,
	uploaded_by TEXT NOT NULL REFERENCES users (id),
	created_at  TEXT NOT NULL
);
CREATE INDEX rosters_unit ON rosters (unit, created_at);

-- Files: the components of the dossiers.
CREATE TABLE files (
	id           TEXT PRIMARY KEY,
	dossier_id   TEXT NOT NULL,
	name         TEXT NOT NULL,
	content_type TEXT NOT NULL,
	sha256       TEXT NOT NULL,
	size         BIGINT NOT NULL,
	content      BYTEA NOT NULL,
	uploaded_by  TEXT NOT NULL REFERENCES users (id),
	created_at   TEXT NOT NULL
);
CREATE INDEX files_dossier ON files (dossier_id);

-- Rewards: the money of each grant of a decision, exact: NUMERIC.
CREATE TABLE rewards (
	dossier_id TEXT NOT NULL,
	subject_id TEXT NOT NULL,
	award      TEXT NOT NULL,
	name       TEXT NOT NULL,
	decision   TEXT NOT NULL,
	decided_on TEXT NOT NULL,
	amount     NUMERIC NOT NULL,
	currency   TEXT NOT NULL,
	PRIMARY KEY (dossier_id, subject_id, award)
);
