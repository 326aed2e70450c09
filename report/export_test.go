package report

import (
	"bytes"
	"encoding/json"

	"github.com/tdkt-vn/tdkt/internal/nfc"
	"github.com/tdkt-vn/tdkt/source"
)

// ParseBodyCarefully is ParseBody without its quick reading.
func ParseBodyCarefully(file string, data []byte, body json.RawMessage) ([]Entry, error) {
	src := source.NewFile(file, nfc.Bytes(data))
	body = nfc.Bytes(body)
	return parseEntries(src, int64(max(bytes.Index(src.Data, body), 0)), "body", body, false)
}

// WithoutDecoded returns copies of es, and of the entries of their
// annexes, that have no sections decoded yet.
func WithoutDecoded(es []Entry) []Entry {
	out := make([]Entry, len(es))
	for i, e := range es {
		e.decoded = nil
		if e.Annex != nil {
			a := *e.Annex
			a.Body = WithoutDecoded(a.Body)
			e.Annex = &a
		}
		out[i] = e
	}
	return out
}

// Predecoded returns the section that ParseBody decoded for e with the
// default registry, if any.
func Predecoded(e Entry) (Section, bool) {
	if e.decoded == nil || len(e.decoded.sets) == 0 {
		return nil, false
	}
	ds := e.decoded.sets[0]
	return ds.s, ds.reg == sections && ds.use == e.Use && bytes.Equal(ds.params, e.Params)
}

// DecodeAfresh decodes the section of e with the default registry as
// Compose does when it has not decoded it before.
func DecodeAfresh(e Entry) (Section, error) { return Composer{}.decode(sections, e) }
