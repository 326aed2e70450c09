package datafile

import (
	"bytes"
	_ "embed"
)

//go:embed schema.json
var schema []byte

// Schema returns the JSON Schema (draft 2020-12) of data files, for editors
// and for portals that check a file before they store it. The slice is the
// caller's own copy.
func Schema() []byte { return bytes.Clone(schema) }
