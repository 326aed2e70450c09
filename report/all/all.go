// Package all registers every renderer of tdkt under its bare name: "text",
// "markdown", "html" (a page), "html-fragment", "json" and "docx". A
// program that wants them all imports it for its side effect:
//
//	import _ "github.com/tdkt-vn/tdkt/report/all"
package all

import (
	// The renderers register themselves in init.
	_ "github.com/tdkt-vn/tdkt/report/docx"
	_ "github.com/tdkt-vn/tdkt/report/html"
	_ "github.com/tdkt-vn/tdkt/report/jsondoc"
	_ "github.com/tdkt-vn/tdkt/report/markdown"
	_ "github.com/tdkt-vn/tdkt/report/text"
)
