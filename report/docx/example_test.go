package docx_test

import (
	"archive/zip"
	"bytes"
	"context"
	"fmt"

	"github.com/tdkt-vn/tdkt/report/docx"
	"github.com/tdkt-vn/tdkt/report/reporttest"
)

func Example() {
	var buf bytes.Buffer
	if err := (&docx.Renderer{}).Render(context.Background(), &buf, reporttest.Short()); err != nil {
		fmt.Println(err)
		return
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range zr.File {
		fmt.Println(f.Name)
	}
	// Output:
	// [Content_Types].xml
	// _rels/.rels
	// docProps/core.xml
	// docProps/app.xml
	// word/_rels/document.xml.rels
	// word/styles.xml
	// word/settings.xml
	// word/header1.xml
	// word/header2.xml
	// word/document.xml
	// word/footnotes.xml
}
