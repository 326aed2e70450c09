package wordml

import (
	"sort"
	"strings"
	"testing"
)

func TestSchemaTable(t *testing.T) {
	for _, err := range schemaErrs {
		t.Error(err)
	}
}

// Parts to feed the checker.
const (
	wNS  = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`
	head = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
)

func body(s string) string {
	return head + `<w:document ` + wNS + `><w:body>` + s + `</w:body></w:document>`
}
func para(pPr, runs string) string {
	return body(`<w:p><w:pPr>` + pPr + `</w:pPr>` + runs + `</w:p>`)
}
func run(rPr string) string { return para("", `<w:r><w:rPr>`+rPr+`</w:rPr><w:t>x</w:t></w:r>`) }
func table(tblPr, rest string) string {
	return body(`<w:tbl><w:tblPr>` + tblPr + `</w:tblPr>` + rest + `</w:tbl><w:p/>`)
}

const grid = `<w:tblGrid><w:gridCol w:w="100"/></w:tblGrid>`

func row(trPr, tcPr, content string) string {
	return table(`<w:tblW w:w="0" w:type="auto"/>`, grid+`<w:tr>`+trPr+`<w:tc>`+tcPr+content+`</w:tc></w:tr>`)
}
func sect(s string) string { return body(`<w:p/><w:sectPr>` + s + `</w:sectPr>`) }
func styles(s string) string {
	return head + `<w:styles ` + wNS + `>` + s + `</w:styles>`
}
func settings(s string) string {
	return head + `<w:settings ` + wNS + `>` + s + `</w:settings>`
}
func core(s string) string {
	return head + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` + s + `</cp:coreProperties>`
}

// TestSchemaChecker feeds the checker a part that breaks each rule, and
// a few that keep them, so that a checker which passes everything fails
// here.
func TestSchemaChecker(t *testing.T) {
	for _, tc := range []struct {
		name, part string
		want       string // in one of the errors; "" for a valid part
	}{
		// Valid parts.
		{"empty body", body(""), ""},
		{"paragraph in order", para(`<w:pStyle w:val="A"/><w:keepNext/><w:pBdr><w:top w:val="single"/><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr><w:spacing w:before="0" w:after="120" w:line="120" w:lineRule="exact"/><w:ind w:left="-10" w:firstLine="0"/><w:jc w:val="center"/><w:outlineLvl w:val="0"/>`, `<w:r><w:t xml:space="preserve"> x </w:t></w:r>`), ""},
		{"run in order", run(`<w:rStyle w:val="A"/><w:rFonts w:ascii="Times New Roman"/><w:b/><w:i w:val="0"/><w:sz w:val="28"/><w:szCs w:val="28"/><w:vertAlign w:val="superscript"/><w:lang w:val="vi-VN" w:bidi="ar-SA"/>`), ""},
		{"table in order", table(`<w:tblW w:w="5000" w:type="pct"/><w:jc w:val="center"/><w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar>`, grid+`<w:tr><w:tc><w:p/></w:tc></w:tr>`), ""},
		{"row properties in one order", row(`<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>`, `<w:tcPr><w:tcW w:w="100" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>`, `<w:p/>`), ""},
		{"row properties in the other", row(`<w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>`, ``, `<w:p/>`), ""},
		{"section in order", sect(`<w:headerReference w:type="default" r:id="rId1"/><w:headerReference w:type="first" r:id="rId2"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/><w:titlePg/>`), ""},
		{"core properties in any order", core(`<dc:language>vi-VN</dc:language><dc:title>x</dc:title><dcterms:created xsi:type="dcterms:W3CDTF">2026-07-05T00:00:00Z</dcterms:created>`), ""},

		// Sequences broken, one per element.
		{"header table: tblBorders after tblLayout", table(`<w:tblW w:w="1" w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblBorders><w:top w:val="nil"/></w:tblBorders>`, grid), "w:tblBorders after w:tblLayout: CT_TblPr (§17.4.60"},
		{"pPr: keepNext after spacing", para(`<w:spacing w:before="0"/><w:keepNext/>`, ""), "w:keepNext after w:spacing: CT_PPr"},
		{"pPr: spacing after jc", para(`<w:jc w:val="center"/><w:spacing w:before="0"/>`, ""), "w:spacing after w:jc"},
		{"pPr: ind after jc", para(`<w:jc w:val="center"/><w:ind w:firstLine="0"/>`, ""), "w:ind after w:jc"},
		{"pPr: pStyle last", para(`<w:keepNext/><w:pStyle w:val="A"/>`, ""), "w:pStyle after w:keepNext"},
		{"pBdr: top after bottom", para(`<w:pBdr><w:bottom w:val="single"/><w:top w:val="single"/></w:pBdr>`, ""), "w:top after w:bottom: CT_PBdr"},
		{"rPr: b after sz", run(`<w:sz w:val="28"/><w:b/>`), "w:b after w:sz: CT_RPr"},
		{"rPr: rStyle after b", run(`<w:b/><w:rStyle w:val="A"/>`), "w:rStyle after w:b"},
		{"rPr: lang before sz", run(`<w:lang w:val="vi-VN"/><w:sz w:val="28"/>`), "w:sz after w:lang"},
		{"p: pPr after a run", body(`<w:p><w:r><w:t>x</w:t></w:r><w:pPr/></w:p>`), "w:pPr after w:r: CT_P"},
		{"r: rPr after text", body(`<w:p><w:r><w:t>x</w:t><w:rPr/></w:r></w:p>`), "w:rPr after w:t: CT_R"},
		{"tbl: no tblGrid", table(`<w:tblW w:w="0" w:type="auto"/>`, `<w:tr><w:tc><w:p/></w:tc></w:tr>`), "missing w:tblGrid before w:tr"},
		{"tbl: tblGrid first", body(`<w:tbl>` + grid + `<w:tblPr/></w:tbl>`), "w:tblPr after w:tblGrid: CT_Tbl"},
		{"tbl: no tblPr", body(`<w:tbl>` + grid + `</w:tbl>`), "missing w:tblPr before w:tblGrid"},
		{"tblBorders: top after left", table(`<w:tblBorders><w:left w:val="nil"/><w:top w:val="nil"/></w:tblBorders>`, grid), "w:top after w:left: CT_TblBorders"},
		{"tblCellMar: left after right", table(`<w:tblCellMar><w:right w:w="0" w:type="dxa"/><w:left w:w="0" w:type="dxa"/></w:tblCellMar>`, grid), "w:left after w:right: CT_TblCellMar"},
		{"tblGrid: gridCol after tblGridChange", table(``, `<w:tblGrid><w:tblGridChange/><w:gridCol/></w:tblGrid>`), "w:gridCol after w:tblGridChange"},
		{"tr: trPr after a cell", table(`<w:tblW w:w="0" w:type="auto"/>`, grid+`<w:tr><w:tc><w:p/></w:tc><w:trPr/></w:tr>`), "w:trPr after w:tc: CT_Row"},
		{"trPr: cantSplit after ins", row(`<w:trPr><w:ins/><w:cantSplit/></w:trPr>`, ``, `<w:p/>`), "w:cantSplit after w:ins: CT_TrPr"},
		{"tc: tcPr after the paragraph", row(``, ``, `<w:p/><w:tcPr/>`), "w:tcPr after w:p: CT_Tc"},
		{"tc: no paragraph", row(``, `<w:tcPr/>`, ``), "missing w:p or w:tbl"},
		{"tcPr: tcW after vAlign", row(``, `<w:tcPr><w:vAlign w:val="top"/><w:tcW w:w="1" w:type="dxa"/></w:tcPr>`, `<w:p/>`), "w:tcW after w:vAlign: CT_TcPr"},
		{"tcPr: gridSpan after vMerge", row(``, `<w:tcPr><w:vMerge/><w:gridSpan w:val="2"/></w:tcPr>`, `<w:p/>`), "w:gridSpan after w:vMerge"},
		{"body: sectPr before a paragraph", body(`<w:sectPr/><w:p/>`), "w:p after w:sectPr: CT_Body"},
		{"sectPr: pgSz after pgMar", sect(`<w:pgMar w:top="0" w:right="0" w:bottom="0" w:left="0" w:header="0" w:footer="0" w:gutter="0"/><w:pgSz w:w="1" w:h="1"/>`), "w:pgSz after w:pgMar: CT_SectPr"},
		{"sectPr: headerReference after pgSz", sect(`<w:pgSz w:w="1" w:h="1"/><w:headerReference w:type="default" r:id="rId1"/>`), "w:headerReference after w:pgSz"},
		{"sectPr: titlePg before pgMar", sect(`<w:titlePg/><w:pgMar w:top="0" w:right="0" w:bottom="0" w:left="0" w:header="0" w:footer="0" w:gutter="0"/>`), "w:pgMar after w:titlePg"},
		{"sectPr: seven header references", sect(strings.Repeat(`<w:headerReference w:type="default" r:id="rId1"/>`, 7)), "more than 6"},
		{"styles: a style before the defaults", styles(`<w:style/><w:docDefaults/>`), "w:docDefaults after w:style: CT_Styles"},
		{"docDefaults: pPrDefault first", styles(`<w:docDefaults><w:pPrDefault/><w:rPrDefault/></w:docDefaults>`), "w:rPrDefault after w:pPrDefault: CT_DocDefaults"},
		{"style: pPr before name", styles(`<w:style><w:pPr/><w:name w:val="A"/></w:style>`), "w:name after w:pPr: CT_Style"},
		{"style: rPr before pPr", styles(`<w:style><w:rPr/><w:pPr/></w:style>`), "w:pPr after w:rPr"},
		{"style: qFormat before basedOn", styles(`<w:style><w:qFormat/><w:basedOn w:val="A"/></w:style>`), "w:basedOn after w:qFormat"},
		{"style pPr: keepNext after outlineLvl", styles(`<w:style><w:pPr><w:outlineLvl w:val="0"/><w:keepNext/></w:pPr></w:style>`), "w:keepNext after w:outlineLvl: CT_PPrGeneral"},
		{"settings: compat before footnotePr", settings(`<w:compat/><w:footnotePr/>`), "w:footnotePr after w:compat: CT_Settings"},
		{"settings: defaultTabStop after characterSpacingControl", settings(`<w:characterSpacingControl w:val="doNotCompress"/><w:defaultTabStop w:val="720"/>`), "w:defaultTabStop after w:characterSpacingControl"},
		{"settings: themeFontLang before compat", settings(`<w:themeFontLang w:val="vi-VN"/><w:compat/>`), "w:compat after w:themeFontLang"},
		{"settings: four separators", settings(`<w:footnotePr>` + strings.Repeat(`<w:footnote w:id="0"/>`, 4) + `</w:footnotePr>`), "more than 3 w:footnote"},
		{"footnote without a paragraph", head + `<w:footnotes ` + wNS + `><w:footnote w:id="1"/></w:footnotes>`, "missing w:p or w:tbl"},
		{"empty header", head + `<w:hdr ` + wNS + `/>`, "missing w:p or w:tbl"},
		{"core: title twice", core(`<dc:title>a</dc:title><dc:title>b</dc:title>`), "dc:title more than once"},
		{"content types, none", head + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`, ""},

		// Unknown elements and attributes.
		{"unknown element", para(`<w:keepTogether/>`, ""), "unknown element w:keepTogether in CT_PPr"},
		{"element of another namespace", body(`<x:p xmlns:x="urn:x"/>`), "unknown element {urn:x}p"},
		{"element without a type", para(`<w:tabs/>`, ""), "w:tabs has no type in the schema table"},
		{"unknown root", head + `<w:doc ` + wNS + `/>`, "unknown element w:doc"},
		{"unknown attribute", para(`<w:jc w:value="center"/>`, ""), "unknown attribute w:value on w:jc"},
		{"unqualified attribute", para(`<w:jc val="center"/>`, ""), "unknown attribute val on w:jc"},
		{"missing attribute", para(`<w:jc/>`, ""), "missing attribute w:val"},
		{"text in a paragraph", body(`<w:p>x</w:p>`), `text "x" in element-only content`},
		{"malformed", body(`<w:p>`), "XML:"},

		// Values outside their types.
		{"jc", para(`<w:jc w:val="middle"/>`, ""), `w:val="middle" is not a valid ST_Jc`},
		{"table jc", table(`<w:jc w:val="both"/>`, grid), `w:val="both" is not a valid ST_JcTable`},
		{"zero font size", run(`<w:sz w:val="0"/>`), `w:val="0" is not a valid ST_HpsMeasure`},
		{"negative font size", run(`<w:szCs w:val="-28"/>`), `w:val="-28" is not a valid ST_HpsMeasure`},
		{"fractional font size", run(`<w:sz w:val="27.5"/>`), `is not a valid ST_HpsMeasure`},
		{"negative spacing", para(`<w:spacing w:before="-1"/>`, ""), `w:before="-1" is not a valid ST_TwipsMeasure`},
		{"negative first line", para(`<w:ind w:firstLine="-567"/>`, ""), `w:firstLine="-567" is not a valid ST_TwipsMeasure`},
		{"line rule", para(`<w:spacing w:line="240" w:lineRule="atMost"/>`, ""), `is not a valid ST_LineSpacingRule`},
		{"on/off", para(`<w:keepNext w:val="yes"/>`, ""), `w:val="yes" is not a valid ST_OnOff`},
		{"border style", para(`<w:pBdr><w:bottom w:val="solid"/></w:pBdr>`, ""), `w:val="solid" is not a valid ST_Border`},
		{"border size", para(`<w:pBdr><w:bottom w:val="single" w:sz="-4"/></w:pBdr>`, ""), `w:sz="-4" is not a valid ST_EighthPointMeasure`},
		{"border colour", para(`<w:pBdr><w:bottom w:val="single" w:color="black"/></w:pBdr>`, ""), `w:color="black" is not a valid ST_HexColor`},
		{"language with an underscore", run(`<w:lang w:val="vi_VN"/>`), `w:val="vi_VN" is not a valid ST_Lang`},
		{"language unknown", run(`<w:lang w:val="xx-VN"/>`), `w:val="xx-VN" is not a valid ST_Lang`},
		{"width type", table(`<w:tblW w:w="5000" w:type="percent"/>`, grid), `w:type="percent" is not a valid ST_TblWidth`},
		{"grid column", table(``, `<w:tblGrid><w:gridCol w:w="-5"/></w:tblGrid>`), `w:w="-5" is not a valid ST_TwipsMeasure`},
		{"page margin", sect(`<w:pgMar w:top="0" w:right="-1" w:bottom="0" w:left="0" w:header="0" w:footer="0" w:gutter="0"/>`), `w:right="-1" is not a valid ST_TwipsMeasure`},
		{"header type", sect(`<w:headerReference w:type="odd" r:id="rId1"/>`), `w:type="odd" is not a valid ST_HdrFtr`},
		{"footnote id", head + `<w:footnotes ` + wNS + `><w:footnote w:id="a"><w:p/></w:footnote></w:footnotes>`, `w:id="a" is not a valid ST_DecimalNumber`},
		{"xml:space", body(`<w:p><w:r><w:t xml:space="keep">x</w:t></w:r></w:p>`), `xml:space="keep" is not a valid ST_XmlSpace`},
		{"break type", body(`<w:p><w:r><w:br w:type="line"/></w:r></w:p>`), `w:type="line" is not a valid ST_BrType`},
		{"style type", styles(`<w:style w:type="para"/>`), `w:type="para" is not a valid ST_StyleType`},
		{"core date", core(`<dcterms:created xsi:type="dcterms:W3CDTF">20260-07-05T00:00:00Z</dcterms:created>`), `is not a valid ST_W3CDTF`},
		{"core language", core(`<dc:language>Vietnamese</dc:language>`), `text "Vietnamese" is not a valid ST_Lang`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			errs := CheckPart("part.xml", []byte(tc.part))
			found := false
			for _, err := range errs {
				found = found || strings.Contains(err.Error(), tc.want)
			}
			switch {
			case tc.want == "" && len(errs) > 0:
				t.Errorf("checkPart = %v; want no error", errs)
			case tc.want != "" && !found:
				t.Errorf("checkPart = %v; want an error with %q", errs, tc.want)
			}
		})
	}
}

// TestSchemaCheckerPackage checks the package rules: a part without a
// content type and a relationship to a missing part fail.
func TestSchemaCheckerPackage(t *testing.T) {
	parts := map[string][]byte{
		"[Content_Types].xml":          []byte(`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/x"/></Types>`),
		"_rels/.rels":                  []byte(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="t" Target="word/document.xml"/></Relationships>`),
		"word/_rels/document.xml.rels": []byte(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="t" Target="styles.xml"/><Relationship Id="rId1" Type="t" Target="https://example.com" TargetMode="External"/></Relationships>`),
		"word/document.xml":            nil,
		"word/extra.bin":               nil,
	}
	var got []string
	for _, err := range checkPackage(parts) {
		got = append(got, err.Error())
	}
	want := []string{
		"word/_rels/document.xml.rels: relationship rId1 targets word/styles.xml, which the archive lacks",
		"word/_rels/document.xml.rels: relationship rId1 twice",
		"word/extra.bin: no content type",
	}
	sort.Strings(got)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("checkPackage =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
