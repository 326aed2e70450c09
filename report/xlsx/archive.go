package xlsx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"hash"
	"hash/crc32"
	"io"
	"io/fs"
	"slices"
	"strings"

	"github.com/xuri/excelize/v2"
)

// msdosDate is 1 January 2000 as the zip format writes dates, the time of
// every entry of the archive, so that output is deterministic (the DOCX
// renderer's time). CreateRaw takes the header's time fields as they are.
const msdosDate = (2000-1980)<<9 | 1<<5 | 1

// archive is the zip writer excelize writes the workbook through. excelize
// writes the parts of its stream writers in the order of a map, which
// changes from run to run; archive compresses each part as it comes and
// writes them all, on Close, in a fixed order with fixed times. It holds
// the parts compressed, never uncompressed.
type archive struct {
	w       io.Writer
	entries []*entry
	cur     *entry
}

type entry struct {
	name string
	comp bytes.Buffer
	fw   *flate.Writer
	crc  hash.Hash32
	size uint64
}

func (e *entry) Write(p []byte) (int, error) {
	e.crc.Write(p)
	e.size += uint64(len(p))
	return e.fw.Write(p)
}

func newArchive(w io.Writer) *archive { return &archive{w: w} }

// Create starts the part name; the part written before it ends.
func (a *archive) Create(name string) (io.Writer, error) {
	if err := a.finish(); err != nil {
		return nil, err
	}
	e := &entry{name: name, crc: crc32.NewIEEE()}
	fw, err := flate.NewWriter(&e.comp, flate.DefaultCompression)
	if err != nil {
		return nil, err
	}
	e.fw = fw
	a.cur = e
	a.entries = append(a.entries, e)
	return e, nil
}

// AddFS is part of excelize.ZipWriter; the renderer never calls it.
func (a *archive) AddFS(fs.FS) error {
	return errors.New("xlsx: adding a file system to the archive is not supported")
}

func (a *archive) finish() error {
	if a.cur == nil {
		return nil
	}
	err := a.cur.fw.Close()
	a.cur = nil
	return err
}

// Close writes the parts: [Content_Types].xml, then the package's
// relationships, then every other part by name.
func (a *archive) Close() error {
	if err := a.finish(); err != nil {
		return err
	}
	rank := func(name string) int {
		switch {
		case name == "[Content_Types].xml":
			return 0
		case strings.HasPrefix(name, "_rels/"):
			return 1
		}
		return 2
	}
	slices.SortStableFunc(a.entries, func(x, y *entry) int {
		if rx, ry := rank(x.name), rank(y.name); rx != ry {
			return rx - ry
		}
		return strings.Compare(x.name, y.name)
	})
	zw := zip.NewWriter(a.w)
	for _, e := range a.entries {
		h := &zip.FileHeader{
			Name: e.name, Method: zip.Deflate, CRC32: e.crc.Sum32(),
			CompressedSize64: uint64(e.comp.Len()), UncompressedSize64: e.size,
		}
		h.ModifiedDate = msdosDate //lint:ignore SA1019 CreateRaw reads only these fields

		w, err := zw.CreateRaw(h)
		if err != nil {
			return err
		}
		if _, err := w.Write(e.comp.Bytes()); err != nil {
			return err
		}
	}
	return zw.Close()
}

// Interface guards.
var _ excelize.ZipWriter = (*archive)(nil)
