package wordml

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/text/language"
)

// This file writes down, once, the part of the schemas of Office Open XML
// that the writer uses: the content model (the order and number of the
// children) and the attributes of every element it emits, with the types
// of their values. The checker in checker.go holds every part of every
// DOCX the tests make to it; Word refuses a part that breaks a sequence
// ("Word found unreadable content") or drops the misplaced property.
//
// The models are written from ECMA-376 Part 1 (ISO/IEC 29500-1),
// transitional WordprocessingML, and Part 2 (Open Packaging Conventions)
// for the package parts; no XSD is copied. Clause numbers are those of
// ISO/IEC 29500-1:2008 and ECMA-376 3rd edition; later editions number a
// few table clauses one lower (tblPr is §17.4.59 there).
//
// Notation. A type lists its children as a sequence of particles. A
// particle is one child, or a choice of children joined by "|", each
// written name=Type, optionally followed by its occurrence: none for
// 0..1, "1" for exactly one, "*" for any number, "+" for at least one,
// "0..N" for at most N. A name without a prefix is in the w: namespace. A
// child without "=Type" holds the place the schema gives it, but the
// table does not describe its type yet: emitting it fails until someone
// writes the type down. Attributes are name=ST_Type, with "!" after the
// name when required; unprefixed attribute names are w: in
// WordprocessingML and unqualified in the package parts. An element that
// is not in its parent's list fails as unknown.

// elementType is the model of one complex type as written in the table.
type elementType struct {
	clause string   // where the standard defines it
	seq    []string // the particles, in order
	attrs  string   // the attributes, separated by spaces
	text   string   // the simple type of its character data; "" for element-only content
	all    bool     // xsd:all: the children in any order, each at most once
}

// blockContent is EG_BlockLevelElts, the content of the body, a table
// cell, a header or footer and a footnote: paragraphs and tables.
const blockContent = "p=CT_P|tbl=CT_Tbl|sdt|customXml|bookmarkStart|bookmarkEnd"

// runContent is EG_RunInnerContent (§17.3.3), what a run holds after its
// properties.
const runContent = "t=CT_Text|br=CT_Br|tab=CT_Empty|cr=CT_Empty|sym|delText|instrText=CT_Text|delInstrText|" +
	"noBreakHyphen=CT_Empty|softHyphen=CT_Empty|footnoteReference=CT_FtnEdnRef|endnoteReference=CT_FtnEdnRef|" +
	"footnoteRef=CT_Empty|endnoteRef=CT_Empty|separator=CT_Empty|continuationSeparator=CT_Empty|fldChar=CT_FldChar|" +
	"pgNum=CT_Empty|lastRenderedPageBreak=CT_Empty|annotationRef|commentReference|drawing|pict|object|ptab|ruby|" +
	"dayShort|monthShort|yearShort|dayLong|monthLong|yearLong|contentPart"

// pPrBase is CT_PPrBase, §17.3.1.26 pPr: the paragraph properties shared
// by a paragraph, a style and the document defaults.
var pPrBase = []string{
	"pStyle=CT_String", "keepNext=CT_OnOff", "keepLines=CT_OnOff", "pageBreakBefore=CT_OnOff", "framePr",
	"widowControl=CT_OnOff", "numPr", "suppressLineNumbers=CT_OnOff", "pBdr=CT_PBdr", "shd=CT_Shd", "tabs",
	"suppressAutoHyphens=CT_OnOff", "kinsoku=CT_OnOff", "wordWrap=CT_OnOff", "overflowPunct=CT_OnOff",
	"topLinePunct=CT_OnOff", "autoSpaceDE=CT_OnOff", "autoSpaceDN=CT_OnOff", "bidi=CT_OnOff",
	"adjustRightInd=CT_OnOff", "snapToGrid=CT_OnOff", "spacing=CT_Spacing", "ind=CT_Ind",
	"contextualSpacing=CT_OnOff", "mirrorIndents=CT_OnOff", "suppressOverlap=CT_OnOff", "jc=CT_Jc",
	"textDirection", "textAlignment", "textboxTightWrap", "outlineLvl=CT_DecimalNumber",
	"divId=CT_DecimalNumber", "cnfStyle",
}

// rPrBase is EG_RPrBase, §17.3.2.28 rPr: the run properties. ISO/IEC
// 29500 relaxed this group to a repeated choice (each property at most
// once, in any order); ECMA-376 1st edition has it as this sequence, which
// every edition accepts and Word writes, so the checker holds the writer
// to the order.
var rPrBase = []string{
	"rStyle=CT_String", "rFonts=CT_Fonts", "b=CT_OnOff", "bCs=CT_OnOff", "i=CT_OnOff", "iCs=CT_OnOff",
	"caps=CT_OnOff", "smallCaps=CT_OnOff", "strike=CT_OnOff", "dstrike=CT_OnOff", "outline=CT_OnOff",
	"shadow=CT_OnOff", "emboss=CT_OnOff", "imprint=CT_OnOff", "noProof=CT_OnOff", "snapToGrid=CT_OnOff",
	"vanish=CT_OnOff", "webHidden=CT_OnOff", "color=CT_Color", "spacing=CT_SignedTwipsMeasure", "w",
	"kern=CT_HpsMeasure", "position=CT_SignedHpsMeasure", "sz=CT_HpsMeasure", "szCs=CT_HpsMeasure",
	"highlight=CT_Highlight", "u=CT_Underline", "effect", "bdr=CT_Border", "shd=CT_Shd", "fitText",
	"vertAlign=CT_VerticalAlignRun", "rtl=CT_OnOff", "cs=CT_OnOff", "em", "lang=CT_Language",
	"eastAsianLayout", "specVanish=CT_OnOff", "oMath=CT_OnOff",
}

// tblPrBase is CT_TblPrBase, §17.4.60 tblPr: the table properties of a
// table and of a table style.
var tblPrBase = []string{
	"tblStyle=CT_String", "tblpPr", "tblOverlap", "bidiVisual=CT_OnOff", "tblStyleRowBandSize=CT_DecimalNumber",
	"tblStyleColBandSize=CT_DecimalNumber", "tblW=CT_TblWidth", "jc=CT_JcTable", "tblCellSpacing=CT_TblWidth",
	"tblInd=CT_TblWidth", "tblBorders=CT_TblBorders", "shd=CT_Shd", "tblLayout=CT_TblLayoutType",
	"tblCellMar=CT_TblCellMar", "tblLook=CT_TblLook", "tblCaption=CT_String", "tblDescription=CT_String",
}

// cellMargins is CT_TblCellMar (tblCellMar) and CT_TcMar (tcMar). The
// transitional schema has both the old names (left, right) and the
// bidirectional ones (start, end); a writer uses one of each pair.
var cellMargins = []string{"top=CT_TblWidth", "left=CT_TblWidth|start=CT_TblWidth", "bottom=CT_TblWidth", "right=CT_TblWidth|end=CT_TblWidth"}

// tableBorders is CT_TblBorders, §17.4.39 tblBorders.
var tableBorders = []string{"top=CT_Border", "left=CT_Border|start=CT_Border", "bottom=CT_Border", "right=CT_Border|end=CT_Border", "insideH=CT_Border", "insideV=CT_Border"}

// onOffSettings are the settings (CT_Settings) whose type is CT_OnOff.
var onOffSettings = map[string]bool{
	"removePersonalInformation": true, "removeDateAndTime": true, "doNotDisplayPageBoundaries": true,
	"displayBackgroundShape": true, "printPostScriptOverText": true, "printFractionalCharacterWidth": true,
	"printFormsData": true, "embedTrueTypeFonts": true, "embedSystemFonts": true, "saveSubsetFonts": true,
	"saveFormsData": true, "mirrorMargins": true, "alignBordersAndEdges": true, "bordersDoNotSurroundHeader": true,
	"bordersDoNotSurroundFooter": true, "gutterAtTop": true, "hideSpellingErrors": true, "hideGrammaticalErrors": true,
	"formsDesign": true, "linkStyles": true, "trackRevisions": true, "doNotTrackMoves": true,
	"doNotTrackFormatting": true, "autoFormatOverride": true, "styleLockTheme": true, "styleLockQFSet": true,
	"autoHyphenation": true, "doNotHyphenateCaps": true, "showEnvelope": true, "evenAndOddHeaders": true,
	"bookFoldRevPrinting": true, "bookFoldPrinting": true, "doNotUseMarginsForDrawingGridOrigin": true,
	"doNotShadeFormData": true, "noPunctuationKerning": true, "printTwoOnOne": true, "strictFirstAndLastChars": true,
	"savePreviewPicture": true, "doNotValidateAgainstSchema": true, "saveInvalidXml": true, "ignoreMixedContent": true,
	"alwaysShowPlaceholderText": true, "doNotDemarcateInvalidXml": true, "saveXmlDataOnly": true,
	"useXSLTWhenSaving": true, "showXMLTags": true, "alwaysMergeEmptyNamespace": true, "updateFields": true,
	"doNotIncludeSubdocsInStats": true, "doNotAutoCompressPictures": true, "doNotEmbedSmartTags": true,
}

// settingsSeq is CT_Settings, §17.15.1.78 settings, in its order. The
// math (m:mathPr) and schema library (sl:schemaLibrary) settings, in other
// namespaces, are left out.
var settingsSeq = func() []string {
	names := strings.Fields(`writeProtection view zoom removePersonalInformation removeDateAndTime
		doNotDisplayPageBoundaries displayBackgroundShape printPostScriptOverText printFractionalCharacterWidth
		printFormsData embedTrueTypeFonts embedSystemFonts saveSubsetFonts saveFormsData mirrorMargins
		alignBordersAndEdges bordersDoNotSurroundHeader bordersDoNotSurroundFooter gutterAtTop hideSpellingErrors
		hideGrammaticalErrors activeWritingStyle* proofState formsDesign attachedTemplate linkStyles
		stylePaneFormatFilter stylePaneSortMethod documentType mailMerge revisionView trackRevisions doNotTrackMoves
		doNotTrackFormatting documentProtection autoFormatOverride styleLockTheme styleLockQFSet
		defaultTabStop=CT_TwipsMeasure autoHyphenation consecutiveHyphenLimit=CT_DecimalNumber
		hyphenationZone=CT_TwipsMeasure doNotHyphenateCaps showEnvelope summaryLength clickAndTypeStyle=CT_String
		defaultTableStyle=CT_String evenAndOddHeaders bookFoldRevPrinting bookFoldPrinting
		bookFoldPrintingSheets=CT_DecimalNumber drawingGridHorizontalSpacing=CT_TwipsMeasure
		drawingGridVerticalSpacing=CT_TwipsMeasure displayHorizontalDrawingGridEvery=CT_DecimalNumber
		displayVerticalDrawingGridEvery=CT_DecimalNumber doNotUseMarginsForDrawingGridOrigin
		drawingGridHorizontalOrigin=CT_TwipsMeasure drawingGridVerticalOrigin=CT_TwipsMeasure doNotShadeFormData
		noPunctuationKerning characterSpacingControl=CT_CharacterSpacing printTwoOnOne strictFirstAndLastChars
		noLineBreaksAfter noLineBreaksBefore savePreviewPicture doNotValidateAgainstSchema saveInvalidXml
		ignoreMixedContent alwaysShowPlaceholderText doNotDemarcateInvalidXml saveXmlDataOnly useXSLTWhenSaving
		saveThroughXslt showXMLTags alwaysMergeEmptyNamespace updateFields hdrShapeDefaults
		footnotePr=CT_FtnDocProps endnotePr compat=CT_Compat docVars rsids attachedSchema*
		themeFontLang=CT_Language clrSchemeMapping doNotIncludeSubdocsInStats doNotAutoCompressPictures forceUpgrade
		captions readModeInkLockDown smartTagType* shapeDefaults doNotEmbedSmartTags decimalSymbol=CT_String
		listSeparator=CT_String`)
	seq := make([]string, len(names))
	for i, n := range names {
		switch {
		case strings.HasSuffix(n, "*"):
			seq[i] = strings.TrimSuffix(n, "*") + " *"
		case onOffSettings[n]:
			seq[i] = n + "=CT_OnOff"
		default:
			seq[i] = n
		}
	}
	return seq
}()

// wml is WordprocessingML (ECMA-376 Part 1, §17).
var wml = map[string]elementType{
	// The main document, §17.2.
	"CT_Document": {clause: "§17.2.3 document", seq: []string{"background", "body=CT_Body"}, attrs: "conformance=ST_Conformance"},
	"CT_Body":     {clause: "§17.2.2 body", seq: []string{blockContent + " *", "sectPr=CT_SectPr"}},

	// Paragraphs and runs, §17.3.
	"CT_P": {clause: "§17.3.1.22 p", seq: []string{"pPr=CT_PPr", "r=CT_R|hyperlink|fldSimple|ins|del|proofErr|smartTag|sdt *"},
		attrs: "rsidRPr=ST_LongHexNumber rsidR=ST_LongHexNumber rsidDel=ST_LongHexNumber rsidP=ST_LongHexNumber rsidRDefault=ST_LongHexNumber"},
	"CT_PPr":        {clause: "§17.3.1.26 pPr (CT_PPrBase, then rPr, sectPr, pPrChange)", seq: cat(pPrBase, "rPr=CT_ParaRPr", "sectPr=CT_SectPr", "pPrChange")},
	"CT_PPrGeneral": {clause: "§17.3.1.26 pPr (CT_PPrBase, then pPrChange) in a style or the document defaults", seq: cat(pPrBase, "pPrChange")},
	"CT_PBdr":       {clause: "§17.3.1.24 pBdr", seq: []string{"top=CT_Border", "left=CT_Border", "bottom=CT_Border", "right=CT_Border", "between=CT_Border", "bar=CT_Border"}},
	"CT_Spacing": {clause: "spacing of a paragraph",
		attrs: "before=ST_TwipsMeasure beforeLines=ST_DecimalNumber beforeAutospacing=ST_OnOff after=ST_TwipsMeasure afterLines=ST_DecimalNumber afterAutospacing=ST_OnOff line=ST_SignedTwipsMeasure lineRule=ST_LineSpacingRule"},
	"CT_Ind": {clause: "ind",
		attrs: "start=ST_SignedTwipsMeasure startChars=ST_DecimalNumber end=ST_SignedTwipsMeasure endChars=ST_DecimalNumber left=ST_SignedTwipsMeasure leftChars=ST_DecimalNumber right=ST_SignedTwipsMeasure rightChars=ST_DecimalNumber hanging=ST_TwipsMeasure hangingChars=ST_DecimalNumber firstLine=ST_TwipsMeasure firstLineChars=ST_DecimalNumber"},
	"CT_Jc": {clause: "jc of a paragraph", attrs: "val!=ST_Jc"},
	"CT_R": {clause: "§17.3.2.25 r", seq: []string{"rPr=CT_RPr", runContent + " *"},
		attrs: "rsidRPr=ST_LongHexNumber rsidDel=ST_LongHexNumber rsidR=ST_LongHexNumber"},
	"CT_RPr":              {clause: "§17.3.2.28 rPr (EG_RPrBase, then rPrChange)", seq: cat(rPrBase, "rPrChange")},
	"CT_ParaRPr":          {clause: "§17.3.1.29 rPr of the paragraph mark (ins, del, moveFrom, moveTo, EG_RPrBase, rPrChange)", seq: cat([]string{"ins", "del", "moveFrom", "moveTo"}, cat(rPrBase, "rPrChange")...)},
	"CT_Fonts":            {clause: "rFonts", attrs: "hint=ST_Hint ascii=ST_String hAnsi=ST_String eastAsia=ST_String cs=ST_String asciiTheme=ST_Theme hAnsiTheme=ST_Theme eastAsiaTheme=ST_Theme cstheme=ST_Theme"},
	"CT_Language":         {clause: "lang, themeFontLang", attrs: "val=ST_Lang eastAsia=ST_Lang bidi=ST_Lang"},
	"CT_Color":            {clause: "color", attrs: "val!=ST_HexColor themeColor=ST_ThemeColor themeTint=ST_UcharHexNumber themeShade=ST_UcharHexNumber"},
	"CT_Highlight":        {clause: "highlight", attrs: "val!=ST_HighlightColor"},
	"CT_Underline":        {clause: "u", attrs: "val=ST_Underline color=ST_HexColor themeColor=ST_ThemeColor themeTint=ST_UcharHexNumber themeShade=ST_UcharHexNumber"},
	"CT_VerticalAlignRun": {clause: "vertAlign", attrs: "val!=ST_VerticalAlignRun"},
	"CT_Text":             {clause: "t, instrText", attrs: "xml:space=ST_XmlSpace", text: "ST_String"},
	"CT_Br":               {clause: "br", attrs: "type=ST_BrType clear=ST_BrClear"},
	"CT_FldChar":          {clause: "fldChar", seq: []string{"fldData", "ffData", "numberingChange"}, attrs: "fldCharType!=ST_FldCharType fldLock=ST_OnOff dirty=ST_OnOff"},
	"CT_FtnEdnRef":        {clause: "footnoteReference", attrs: "customMarkFollows=ST_OnOff id!=ST_DecimalNumber"},

	// Borders and shading, shared by paragraphs, runs, tables and cells.
	"CT_Border": {clause: "a border (CT_Border)", attrs: "val!=ST_Border color=ST_HexColor themeColor=ST_ThemeColor themeTint=ST_UcharHexNumber themeShade=ST_UcharHexNumber sz=ST_EighthPointMeasure space=ST_PointMeasure shadow=ST_OnOff frame=ST_OnOff"},
	"CT_Shd":    {clause: "shd (CT_Shd)", attrs: "val!=ST_Shd color=ST_HexColor themeColor=ST_ThemeColor themeTint=ST_UcharHexNumber themeShade=ST_UcharHexNumber fill=ST_HexColor themeFill=ST_ThemeColor themeFillTint=ST_UcharHexNumber themeFillShade=ST_UcharHexNumber"},

	// Tables, §17.4.
	"CT_Tbl":           {clause: "§17.4.38 tbl (tblPr, tblGrid, then rows)", seq: []string{"tblPr=CT_TblPr 1", "tblGrid=CT_TblGrid 1", "tr=CT_Row|customXml|sdt *"}},
	"CT_TblPr":         {clause: "§17.4.60 tblPr (CT_TblPrBase, then tblPrChange)", seq: cat(tblPrBase, "tblPrChange")},
	"CT_TblPrBase":     {clause: "§17.7.6.4 tblPr in a style (CT_TblPrBase)", seq: tblPrBase},
	"CT_TblBorders":    {clause: "§17.4.39 tblBorders", seq: tableBorders},
	"CT_TblCellMar":    {clause: "tblCellMar", seq: cellMargins},
	"CT_TblWidth":      {clause: "a width (CT_TblWidth)", attrs: "w=ST_MeasurementOrPercent type=ST_TblWidth"},
	"CT_TblLayoutType": {clause: "tblLayout", attrs: "type=ST_TblLayoutType"},
	"CT_TblLook":       {clause: "tblLook", attrs: "firstRow=ST_OnOff lastRow=ST_OnOff firstColumn=ST_OnOff lastColumn=ST_OnOff noHBand=ST_OnOff noVBand=ST_OnOff val=ST_ShortHexNumber"},
	"CT_TblGrid":       {clause: "§17.4.49 tblGrid", seq: []string{"gridCol=CT_TblGridCol *", "tblGridChange"}},
	"CT_TblGridCol":    {clause: "gridCol", attrs: "w=ST_TwipsMeasure"},
	"CT_Row": {clause: "§17.4.79 tr (tblPrEx, trPr, then cells)", seq: []string{"tblPrEx", "trPr=CT_TrPr", "tc=CT_Tc|customXml|sdt *"},
		attrs: "rsidRPr=ST_LongHexNumber rsidR=ST_LongHexNumber rsidDel=ST_LongHexNumber rsidTr=ST_LongHexNumber"},
	// CT_TrPrBase is a repeated choice: the row properties come in any order.
	"CT_TrPr": {clause: "§17.4.82 trPr (CT_TrPrBase, a choice, then ins, del, trPrChange)", seq: []string{
		"cnfStyle|divId=CT_DecimalNumber|gridBefore=CT_DecimalNumber|gridAfter=CT_DecimalNumber|wBefore=CT_TblWidth|wAfter=CT_TblWidth|" +
			"cantSplit=CT_OnOff|trHeight=CT_Height|tblHeader=CT_OnOff|tblCellSpacing=CT_TblWidth|jc=CT_JcTable|hidden=CT_OnOff *",
		"ins", "del", "trPrChange"}},
	"CT_Height":  {clause: "trHeight", attrs: "val=ST_TwipsMeasure hRule=ST_HeightRule"},
	"CT_JcTable": {clause: "jc of a table or row", attrs: "val!=ST_JcTable"},
	"CT_Tc":      {clause: "§17.4.66 tc (tcPr, then at least one block)", seq: []string{"tcPr=CT_TcPr", blockContent + " +"}, attrs: "id=ST_String"},
	"CT_TcPr": {clause: "§17.4.70 tcPr", seq: []string{"cnfStyle", "tcW=CT_TblWidth", "gridSpan=CT_DecimalNumber", "hMerge=CT_HMerge",
		"vMerge=CT_VMerge", "tcBorders=CT_TcBorders", "shd=CT_Shd", "noWrap=CT_OnOff", "tcMar=CT_TcMar", "textDirection",
		"tcFitText=CT_OnOff", "vAlign=CT_VerticalJc", "hideMark=CT_OnOff", "headers", "cellIns|cellDel|cellMerge", "tcPrChange"}},
	"CT_TcBorders":  {clause: "tcBorders", seq: cat(tableBorders, "tl2br=CT_Border", "tr2bl=CT_Border")},
	"CT_TcMar":      {clause: "tcMar", seq: cellMargins},
	"CT_HMerge":     {clause: "hMerge", attrs: "val=ST_Merge"},
	"CT_VMerge":     {clause: "vMerge", attrs: "val=ST_Merge"},
	"CT_VerticalJc": {clause: "vAlign of a cell or section", attrs: "val!=ST_VerticalJc"},

	// Sections, §17.6, with their header and footer references, §17.10.
	"CT_SectPr": {clause: "§17.6.17 sectPr (header and footer references, then EG_SectPrContents, then sectPrChange)", seq: []string{
		"headerReference=CT_HdrFtrRef|footerReference=CT_HdrFtrRef 0..6", "footnotePr", "endnotePr", "type=CT_SectType",
		"pgSz=CT_PageSz", "pgMar=CT_PageMar", "paperSrc", "pgBorders", "lnNumType", "pgNumType", "cols",
		"formProt=CT_OnOff", "vAlign=CT_VerticalJc", "noEndnote=CT_OnOff", "titlePg=CT_OnOff", "textDirection",
		"bidi=CT_OnOff", "rtlGutter=CT_OnOff", "docGrid", "printerSettings", "sectPrChange"},
		attrs: "rsidRPr=ST_LongHexNumber rsidDel=ST_LongHexNumber rsidR=ST_LongHexNumber rsidSect=ST_LongHexNumber"},
	"CT_HdrFtrRef": {clause: "headerReference, footerReference", attrs: "type!=ST_HdrFtr r:id!=ST_RelationshipId"},
	"CT_SectType":  {clause: "type of a section", attrs: "val=ST_SectionMark"},
	"CT_PageSz":    {clause: "pgSz", attrs: "w=ST_TwipsMeasure h=ST_TwipsMeasure orient=ST_PageOrientation code=ST_DecimalNumber"},
	"CT_PageMar": {clause: "pgMar",
		attrs: "top!=ST_SignedTwipsMeasure right!=ST_TwipsMeasure bottom!=ST_SignedTwipsMeasure left!=ST_TwipsMeasure header!=ST_TwipsMeasure footer!=ST_TwipsMeasure gutter!=ST_TwipsMeasure"},
	"CT_HdrFtr": {clause: "§17.10.4 hdr, §17.10.3 ftr", seq: []string{blockContent + " +"}},

	// Styles, §17.7.
	"CT_Styles":      {clause: "§17.7.4.18 styles", seq: []string{"docDefaults=CT_DocDefaults", "latentStyles", "style=CT_Style *"}},
	"CT_DocDefaults": {clause: "§17.7.5.1 docDefaults", seq: []string{"rPrDefault=CT_RPrDefault", "pPrDefault=CT_PPrDefault"}},
	"CT_RPrDefault":  {clause: "§17.7.5.5 rPrDefault", seq: []string{"rPr=CT_RPr"}},
	"CT_PPrDefault":  {clause: "§17.7.5.3 pPrDefault", seq: []string{"pPr=CT_PPrGeneral"}},
	"CT_Style": {clause: "§17.7.4.17 style", seq: []string{"name=CT_String", "aliases=CT_String", "basedOn=CT_String",
		"next=CT_String", "link=CT_String", "autoRedefine=CT_OnOff", "hidden=CT_OnOff", "uiPriority=CT_DecimalNumber",
		"semiHidden=CT_OnOff", "unhideWhenUsed=CT_OnOff", "qFormat=CT_OnOff", "locked=CT_OnOff", "personal=CT_OnOff",
		"personalCompose=CT_OnOff", "personalReply=CT_OnOff", "rsid", "pPr=CT_PPrGeneral", "rPr=CT_RPr",
		"tblPr=CT_TblPrBase", "trPr=CT_TrPr", "tcPr=CT_TcPr", "tblStylePr *"},
		attrs: "type=ST_StyleType styleId=ST_String default=ST_OnOff customStyle=ST_OnOff"},

	// Settings, §17.15.
	"CT_Settings":         {clause: "§17.15.1.78 settings", seq: settingsSeq},
	"CT_CharacterSpacing": {clause: "characterSpacingControl", attrs: "val!=ST_CharacterSpacing"},
	"CT_FtnDocProps":      {clause: "footnotePr in the settings (CT_FtnDocProps)", seq: []string{"pos", "numFmt", "numStart=CT_DecimalNumber", "numRestart", "footnote=CT_FtnEdnSepRef 0..3"}},
	"CT_FtnEdnSepRef":     {clause: "footnote in the settings", attrs: "id!=ST_DecimalNumber"},
	// The sixty-odd legacy compatibility options come before compatSetting;
	// the writer uses none of them.
	"CT_Compat":        {clause: "compat", seq: []string{"compatSetting=CT_CompatSetting *"}},
	"CT_CompatSetting": {clause: "compatSetting", attrs: "name=ST_String uri=ST_String val=ST_String"},

	// Footnotes, §17.11.
	"CT_Footnotes": {clause: "§17.11.15 footnotes", seq: []string{"footnote=CT_FtnEdn *"}},
	"CT_FtnEdn":    {clause: "§17.11.10 footnote (at least one block)", seq: []string{blockContent + " +"}, attrs: "type=ST_FtnEdn id!=ST_DecimalNumber"},

	// Elements of one attribute or none.
	"CT_Empty":              {clause: "CT_Empty"},
	"CT_OnOff":              {clause: "CT_OnOff", attrs: "val=ST_OnOff"},
	"CT_String":             {clause: "CT_String", attrs: "val!=ST_String"},
	"CT_DecimalNumber":      {clause: "CT_DecimalNumber", attrs: "val!=ST_DecimalNumber"},
	"CT_TwipsMeasure":       {clause: "CT_TwipsMeasure", attrs: "val!=ST_TwipsMeasure"},
	"CT_SignedTwipsMeasure": {clause: "CT_SignedTwipsMeasure", attrs: "val!=ST_SignedTwipsMeasure"},
	"CT_HpsMeasure":         {clause: "CT_HpsMeasure", attrs: "val!=ST_HpsMeasure"},
	"CT_SignedHpsMeasure":   {clause: "CT_SignedHpsMeasure", attrs: "val!=ST_SignedHpsMeasure"},
}

// opc is the package: the content types stream and relationships
// (ECMA-376 Part 2), the core properties (Part 2, Dublin Core) and the
// extended properties (Part 1, §22.2). Every element name has its prefix.
var opc = map[string]elementType{
	// partRoot is not a schema type: it is the choice of root elements a
	// part may have.
	partRoot: {clause: "the root element of a part", seq: []string{"w:document=CT_Document|w:styles=CT_Styles|w:settings=CT_Settings|" +
		"w:footnotes=CT_Footnotes|w:hdr=CT_HdrFtr|w:ftr=CT_HdrFtr|w:endnotes|w:numbering|w:fonts|w:webSettings|" +
		"ct:Types=CT_Types|pr:Relationships=CT_Relationships|cp:coreProperties=CT_CoreProperties|ep:Properties=CT_Properties 1"}},
	"CT_Types":         {clause: "Part 2 content types stream (Types)", seq: []string{"ct:Default=CT_Default|ct:Override=CT_Override *"}},
	"CT_Default":       {clause: "Part 2 Default", attrs: "Extension!=ST_Extension ContentType!=ST_ContentType"},
	"CT_Override":      {clause: "Part 2 Override", attrs: "ContentType!=ST_ContentType PartName!=ST_PartName"},
	"CT_Relationships": {clause: "Part 2 relationships part (Relationships)", seq: []string{"pr:Relationship=CT_Relationship *"}},
	"CT_Relationship":  {clause: "Part 2 Relationship", attrs: "TargetMode=ST_TargetMode Target!=ST_AnyURI Type!=ST_AnyURI Id!=ST_ID"},
	"CT_CoreProperties": {clause: "Part 2 core properties (coreProperties, xsd:all)", all: true, seq: []string{
		"cp:category=CT_PropertyText|cp:contentStatus=CT_PropertyText|dcterms:created=CT_W3CDTF|dc:creator=CT_PropertyText|dc:description=CT_PropertyText|" +
			"dc:identifier=CT_PropertyText|cp:keywords|dc:language=CT_LanguageText|cp:lastModifiedBy=CT_PropertyText|cp:lastPrinted|" +
			"dcterms:modified=CT_W3CDTF|cp:revision=CT_PropertyText|dc:subject=CT_PropertyText|dc:title=CT_PropertyText|cp:version=CT_PropertyText *"}},
	"CT_PropertyText": {clause: "a property of text", text: "ST_String"},
	"CT_LanguageText": {clause: "dc:language", text: "ST_Lang"},
	"CT_W3CDTF":       {clause: "dcterms:created, dcterms:modified", attrs: "xsi:type!=ST_W3CDTFType", text: "ST_W3CDTF"},
	"CT_Properties": {clause: "Part 1 §22.2 extended properties (Properties, xsd:all)", all: true, seq: []string{
		"ep:Template|ep:Manager|ep:Company|ep:Pages|ep:Words|ep:Characters|ep:PresentationFormat|ep:Lines|ep:Paragraphs|" +
			"ep:Slides|ep:Notes|ep:TotalTime|ep:HiddenSlides|ep:MMClips|ep:ScaleCrop|ep:HeadingPairs|ep:TitlesOfParts|" +
			"ep:LinksUpToDate|ep:CharactersWithSpaces|ep:SharedDoc|ep:HyperlinkBase|ep:HLinks|ep:HyperlinksChanged|" +
			"ep:DigSig|ep:Application=CT_PropertyText|ep:AppVersion=CT_PropertyText|ep:DocSecurity *"}},
}

// partRoot names the pseudo-type whose one child is a part's root element.
const partRoot = "#part"

// Namespaces, by the prefix the table writes them with.
var namespaces = map[string]string{
	"w":       "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
	"r":       "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
	"xml":     "http://www.w3.org/XML/1998/namespace",
	"ct":      "http://schemas.openxmlformats.org/package/2006/content-types",
	"pr":      "http://schemas.openxmlformats.org/package/2006/relationships",
	"cp":      "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
	"dc":      "http://purl.org/dc/elements/1.1/",
	"dcterms": "http://purl.org/dc/terms/",
	"xsi":     "http://www.w3.org/2001/XMLSchema-instance",
	"ep":      "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
}

// simpleType checks the lexical form of a value.
type simpleType func(string) bool

// simpleTypes are the types of attribute values and character data, §17.18
// (and xsd types for the package parts).
var simpleTypes = map[string]simpleType{
	"ST_String": func(string) bool { return true },
	"ST_OnOff":  enum("true false on off 0 1"),
	// Integers: xsd:integer and xsd:unsignedLong, kept to what Word reads.
	"ST_DecimalNumber":         match(`^[-+]?[0-9]{1,10}$`),
	"ST_UnsignedDecimalNumber": match(`^[0-9]{1,19}$`),
	// Twentieths of a point (ST_TwipsMeasure: unsigned, or a positive
	// measure with a unit; ST_SignedTwipsMeasure: either sign).
	"ST_TwipsMeasure":       match(`^([0-9]{1,10}|[0-9]+(\.[0-9]+)?(mm|cm|in|pt|pc|pi))$`),
	"ST_SignedTwipsMeasure": match(`^(-?[0-9]{1,10}|-?[0-9]+(\.[0-9]+)?(mm|cm|in|pt|pc|pi))$`),
	// Half-points of a font size: ST_HpsMeasure; a size of zero draws
	// nothing, so the checker wants a positive number.
	"ST_HpsMeasure":           match(`^([1-9][0-9]{0,9}|[0-9]*[1-9][0-9]*(\.[0-9]+)?(mm|cm|in|pt|pc|pi))$`),
	"ST_SignedHpsMeasure":     match(`^(-?[0-9]{1,10}|-?[0-9]+(\.[0-9]+)?(mm|cm|in|pt|pc|pi))$`),
	"ST_EighthPointMeasure":   match(`^[0-9]{1,10}$`),
	"ST_PointMeasure":         match(`^[0-9]{1,10}$`),
	"ST_MeasurementOrPercent": match(`^(-?[0-9]{1,10}|-?[0-9]+(\.[0-9]+)?%|-?[0-9]+(\.[0-9]+)?(mm|cm|in|pt|pc|pi))$`),
	"ST_HexColor":             match(`^(auto|[0-9A-Fa-f]{6})$`),
	"ST_UcharHexNumber":       match(`^[0-9A-Fa-f]{2}$`),
	"ST_ShortHexNumber":       match(`^[0-9A-Fa-f]{4}$`),
	"ST_LongHexNumber":        match(`^[0-9A-Fa-f]{8}$`),
	"ST_Lang":                 isLanguageTag,
	"ST_RelationshipId":       match(`^\S+$`),
	"ST_XmlSpace":             enum("default preserve"),
	"ST_Conformance":          enum("transitional strict"),
	// ST_Jc of ISO/IEC 29500; ECMA-376 1st edition, which Word 2007
	// reads, has left and right but not start and end.
	"ST_Jc":      enum("start center end both mediumKashida distribute numTab highKashida lowKashida thaiDistribute left right"),
	"ST_JcTable": enum("center end left right start"),
	// The line styles of ST_Border; its art borders (apples …
	// zigZagStitch) are left out, the writer draws none.
	"ST_Border": enum("nil none single thick double dotted dashed dotDash dotDotDash triple thinThickSmallGap thickThinSmallGap " +
		"thinThickThinSmallGap thinThickMediumGap thickThinMediumGap thinThickThinMediumGap thinThickLargeGap thickThinLargeGap " +
		"thinThickThinLargeGap wave doubleWave dashSmallGap dashDotStroked threeDEmboss threeDEngrave outset inset"),
	"ST_Shd": enum("nil clear solid horzStripe vertStripe reverseDiagStripe diagStripe horzCross diagCross thinHorzStripe " +
		"thinVertStripe thinReverseDiagStripe thinDiagStripe thinHorzCross thinDiagCross pct5 pct10 pct12 pct15 pct20 pct25 " +
		"pct30 pct35 pct37 pct40 pct45 pct50 pct55 pct60 pct62 pct65 pct70 pct75 pct80 pct85 pct87 pct90 pct95"),
	"ST_ThemeColor": enum("dark1 light1 dark2 light2 accent1 accent2 accent3 accent4 accent5 accent6 hyperlink " +
		"followedHyperlink none background1 text1 background2 text2"),
	"ST_HighlightColor": enum("black blue cyan green magenta red yellow white darkBlue darkCyan darkGreen darkMagenta " +
		"darkRed darkYellow darkGray lightGray none"),
	"ST_Underline": enum("single words double thick dotted dottedHeavy dash dashedHeavy dashLong dashLongHeavy dotDash " +
		"dashDotHeavy dotDotDash dashDotDotHeavy wave wavyHeavy wavyDouble none"),
	"ST_Hint":             enum("default eastAsia cs"),
	"ST_Theme":            enum("majorEastAsia majorBidi majorAscii majorHAnsi minorEastAsia minorBidi minorAscii minorHAnsi"),
	"ST_TblWidth":         enum("nil pct dxa auto"),
	"ST_TblLayoutType":    enum("fixed autofit"),
	"ST_LineSpacingRule":  enum("auto exact atLeast"),
	"ST_HeightRule":       enum("auto exact atLeast"),
	"ST_Merge":            enum("continue restart"),
	"ST_VerticalJc":       enum("top center both bottom"),
	"ST_VerticalAlignRun": enum("baseline superscript subscript"),
	"ST_HdrFtr":           enum("even default first"),
	"ST_FtnEdn":           enum("normal separator continuationSeparator continuationNotice"),
	"ST_BrType":           enum("page column textWrapping"),
	"ST_BrClear":          enum("none left right all"),
	"ST_FldCharType":      enum("begin separate end"),
	"ST_StyleType":        enum("paragraph character table numbering"),
	"ST_CharacterSpacing": enum("doNotCompress compressPunctuation compressPunctuationAndJapaneseKana"),
	"ST_PageOrientation":  enum("portrait landscape"),
	"ST_SectionMark":      enum("nextPage nextColumn continuous evenPage oddPage"),
	"ST_Extension":        match(`^[A-Za-z0-9_~-][A-Za-z0-9._~-]*$`),
	"ST_ContentType":      match(`^[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+$`),
	"ST_PartName":         match(`^(/[A-Za-z0-9._~%!$&'()*+,;=:@\[\]-]+)+$`),
	"ST_TargetMode":       enum("Internal External"),
	"ST_AnyURI":           match(`^\S+$`),
	"ST_ID":               match(`^[A-Za-z_][A-Za-z0-9_.-]*$`),
	"ST_W3CDTFType":       enum("dcterms:W3CDTF"),
	"ST_W3CDTF":           match(`^[0-9]{4}(-[0-9]{2}(-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?(Z|[+-][0-9]{2}:[0-9]{2}))?)?)?$`),
}

func enum(values string) simpleType {
	set := map[string]bool{}
	for _, v := range strings.Fields(values) {
		set[v] = true
	}
	return func(s string) bool { return set[s] }
}

func match(re string) simpleType { return regexp.MustCompile(re).MatchString }

// bcp47 is the shape of a language tag (RFC 5646): language, script,
// region, variants, extensions, private use.
var bcp47 = regexp.MustCompile(`^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*` +
	`(-[0-9A-WY-Za-wy-z](-[A-Za-z0-9]{2,8})+)*(-x(-[A-Za-z0-9]{1,8})+)?$`)

// isLanguageTag reports whether s is a BCP 47 tag with known subtags
// (ST_Lang; the hexadecimal language codes of old Word are not wanted).
func isLanguageTag(s string) bool {
	if !bcp47.MatchString(s) {
		return false
	}
	_, err := language.Parse(s)
	return err == nil
}

func cat(seq []string, more ...string) []string {
	return append(append([]string(nil), seq...), more...)
}

// A ctype is a compiled elementType.
type ctype struct {
	name, clause string
	parts        []particle
	index        map[string]int // child → its particle
	attrs        map[string]attribute
	text         string
	all          bool
}

type particle struct {
	types    map[string]string // child → its type; "" when the table has none
	names    []string          // the children, in the table's order
	min, max int               // max < 0: unbounded
}

type attribute struct {
	typ      string
	required bool
}

// schema is the table compiled; schemaErrs lists what is wrong with the
// table itself (TestSchemaTable reports them).
var schema, schemaErrs = compile()

func compile() (map[string]*ctype, []error) {
	out := map[string]*ctype{}
	var errs []error
	add := func(types map[string]elementType, elemPrefix, attrPrefix string) {
		for name, et := range types {
			if _, dup := out[name]; dup {
				errs = append(errs, fmt.Errorf("type %s defined twice", name))
			}
			t := &ctype{name: name, clause: et.clause, index: map[string]int{}, attrs: map[string]attribute{}, text: et.text, all: et.all}
			for i, p := range et.seq {
				fields := strings.Fields(p)
				part := particle{types: map[string]string{}, min: 0, max: 1}
				if len(fields) == 2 {
					switch occ := fields[1]; {
					case occ == "1":
						part.min = 1
					case occ == "*":
						part.max = -1
					case occ == "+":
						part.min, part.max = 1, -1
					case strings.HasPrefix(occ, "0.."):
						n, err := strconv.Atoi(occ[3:])
						if err != nil {
							errs = append(errs, fmt.Errorf("%s: occurrence %q", name, occ))
						}
						part.max = n
					default:
						errs = append(errs, fmt.Errorf("%s: occurrence %q", name, occ))
					}
				} else if len(fields) != 1 {
					errs = append(errs, fmt.Errorf("%s: particle %q", name, p))
					continue
				}
				for _, alt := range strings.Split(fields[0], "|") {
					child, typ, _ := strings.Cut(alt, "=")
					if !strings.Contains(child, ":") && elemPrefix != "" {
						child = elemPrefix + ":" + child
					}
					if _, dup := t.index[child]; dup {
						errs = append(errs, fmt.Errorf("%s: child %s twice", name, child))
					}
					t.index[child] = i
					part.types[child] = typ
					part.names = append(part.names, child)
				}
				t.parts = append(t.parts, part)
			}
			for _, a := range strings.Fields(et.attrs) {
				n, typ, ok := strings.Cut(a, "=")
				if !ok {
					errs = append(errs, fmt.Errorf("%s: attribute %q without a type", name, a))
				}
				required := strings.HasSuffix(n, "!")
				n = strings.TrimSuffix(n, "!")
				if !strings.Contains(n, ":") && attrPrefix != "" {
					n = attrPrefix + ":" + n
				}
				t.attrs[n] = attribute{typ: typ, required: required}
			}
			out[name] = t
		}
	}
	add(wml, "w", "w")
	add(opc, "", "")
	for _, t := range out {
		for _, p := range t.parts {
			for child, typ := range p.types {
				if _, ok := out[typ]; typ != "" && !ok {
					errs = append(errs, fmt.Errorf("%s: child %s has type %s, which the table lacks", t.name, child, typ))
				}
			}
		}
		for n, a := range t.attrs {
			if simpleTypes[a.typ] == nil {
				errs = append(errs, fmt.Errorf("%s: attribute %s has type %s, which the table lacks", t.name, n, a.typ))
			}
		}
		if t.text != "" && simpleTypes[t.text] == nil {
			errs = append(errs, fmt.Errorf("%s: text of type %s, which the table lacks", t.name, t.text))
		}
	}
	return out, errs
}
