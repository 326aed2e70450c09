-- SQLite: the tables whose column types the two databases spell
-- differently. STRICT tables hold each column to its declared type: a
-- value of another type is converted when that loses nothing, refused
-- otherwise, so that an amount is always stored as TEXT, never as a REAL.

-- Rosters: the files a unit uploaded, as uploaded; the records are read
-- from them again when needed (awards.ParseCSV or workbook.Load).
CREATE TABLE rosters (
	id          TEXT PRIMARY KEY,
	unit        TEXT NOT NULL REFERENCES units (code),
	year        INTEGER NOT NULL,
	name        TEXT NOT NULL,           -- the file's name as uploaded
	format      TEXT NOT NULL,           -- csv or xlsx
	sha256      TEXT NOT NULL,
	size        INTEGER NOT NULL,
	content     BLOB NOT NULL,
	uploaded_by TEXT NOT NULL REFERENCES users (id),
	created_at  TEXT NOT NULL
) STRICT;
CREATE INDEX rosters_unit ON rosters (unit, created_at);

-- Files: the components of the dossiers (tờ trình, biên bản, báo cáo
-- thành tích …). A dossier.Document refers to one by its id and SHA-256.
CREATE TABLE files (
	id           TEXT PRIMARY KEY,
	dossier_id   TEXT NOT NULL,
	name         TEXT NOT NULL,
	content_type TEXT NOT NULL,
	sha256       TEXT NOT NULL,
	size         INTEGER NOT NULL,
	content      BLOB NOT NULL,
	uploaded_by  TEXT NOT NULL REFERENCES users (id),
	created_at   TEXT NOT NULL
) STRICT;
CREATE INDEX files_dossier ON files (dossier_id);

-- Rewards: the money of each grant of a decision (awards.Price), a
-- projection written with the decision's event. The amount is exact
-- decimal text ("2340000"); never a float.
CREATE TABLE rewards (
	dossier_id TEXT NOT NULL,
	subject_id TEXT NOT NULL,
	award      TEXT NOT NULL,
	name       TEXT NOT NULL,
	decision   TEXT NOT NULL,
	decided_on TEXT NOT NULL,            -- yyyy-mm-dd
	amount     TEXT NOT NULL,
	currency   TEXT NOT NULL,
	PRIMARY KEY (dossier_id, subject_id, award)
) STRICT;
