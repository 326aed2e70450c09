-- The portal's tables that SQLite and PostgreSQL both accept as written:
-- TEXT, INTEGER and BIGINT columns only. Times are TEXT in UTC, written by
-- the portal in one fixed-width form (2026-01-15T08:30:00.000000Z), so that
-- they sort and compare as text in both.

-- Units: the agencies that propose dossiers and the authority that
-- receives and decides them (dossier.Unit).
CREATE TABLE units (
	code      TEXT PRIMARY KEY,          -- dossier.Unit.Code, ASCII
	name      TEXT NOT NULL,
	level     TEXT NOT NULL,             -- dossier.Level code: grassroots, district, province, central
	parent    TEXT NOT NULL DEFAULT '',
	abbrev    TEXT NOT NULL DEFAULT '',
	head      TEXT NOT NULL DEFAULT '',
	place     TEXT NOT NULL DEFAULT '',
	authority TEXT REFERENCES units (code) -- where its dossiers go; NULL for the authority itself
);

-- Users: one role each, acting for one unit (dossier.User).
CREATE TABLE users (
	id         TEXT PRIMARY KEY,        -- the login name
	name       TEXT NOT NULL,
	role       TEXT NOT NULL,           -- dossier.Role code: proposer, office-clerk, appraiser, council-secretary, head
	unit       TEXT NOT NULL REFERENCES units (code),
	password   TEXT NOT NULL,           -- argon2id, PHC string: $argon2id$v=19$m=…,t=…,p=…$salt$hash
	created_at TEXT NOT NULL
);

-- Sessions: the cookie holds a random token; only its SHA-256 is kept.
CREATE TABLE sessions (
	token_hash TEXT PRIMARY KEY,        -- hex SHA-256 of the token
	user_id    TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
	created_at TEXT NOT NULL,
	expires_at TEXT NOT NULL
);
CREATE INDEX sessions_expires ON sessions (expires_at);

-- Events: the dossiers' only source of truth. Each row is one
-- dossier.Event as its MarshalJSON writes it (schema v1). The primary key
-- is the concurrency control: of two users acting on the same version,
-- one insert wins and the other violates it.
CREATE TABLE events (
	dossier_id TEXT NOT NULL,
	version    INTEGER NOT NULL,
	action     TEXT NOT NULL,
	body       TEXT NOT NULL,
	created_at TEXT NOT NULL,
	CONSTRAINT events_dossier_version UNIQUE (dossier_id, version)
);

-- Dossiers: a projection of the events for the lists, kept in the
-- transaction that inserts each event. roster_id and year are the
-- portal's own: which uploaded roster the subjects come from.
CREATE TABLE dossiers (
	id         TEXT PRIMARY KEY,
	proposer   TEXT NOT NULL REFERENCES units (code),
	handler    TEXT NOT NULL REFERENCES units (code),
	state      TEXT NOT NULL,           -- dossier.State code
	version    INTEGER NOT NULL,
	round      INTEGER NOT NULL,        -- 0 until first sent
	year       INTEGER NOT NULL,
	roster_id  TEXT NOT NULL,
	decision   TEXT NOT NULL DEFAULT '', -- the decision's number, once decided
	decided_on TEXT NOT NULL DEFAULT '', -- yyyy-mm-dd
	updated_at TEXT NOT NULL
);
CREATE INDEX dossiers_proposer ON dossiers (proposer, updated_at);
CREATE INDEX dossiers_handler ON dossiers (handler, updated_at);

-- Registers: the last number given per issuer, year and type of
-- document ("sổ đăng ký văn bản"): decision numbers (QĐ) and the
-- portal's dossier numbers (HS).
CREATE TABLE registers (
	issuer   TEXT NOT NULL,
	year     INTEGER NOT NULL,
	doc_type TEXT NOT NULL,
	last     INTEGER NOT NULL,
	PRIMARY KEY (issuer, year, doc_type)
);

-- The officers doing TĐKT work (form 0605) and the bodies they work in
-- (form 0604), kept small: a real portal has its HR tables.
CREATE TABLE staff (
	id        TEXT PRIMARY KEY,
	name      TEXT NOT NULL,
	born      TEXT NOT NULL,            -- yyyy-mm-dd
	sex       TEXT NOT NULL,            -- nam, nữ
	education TEXT NOT NULL,            -- as forms.ParseStaffCSV reads it: đại học, thạc sĩ, …
	since     TEXT NOT NULL             -- yyyy-mm-dd, first day of TĐKT work
);
CREATE TABLE offices (
	id   TEXT PRIMARY KEY,
	name TEXT NOT NULL,
	kind TEXT NOT NULL                  -- as forms.ParseUnitsCSV reads it: ban thuộc sở nội vụ, phòng thuộc ban, khác, …
);
