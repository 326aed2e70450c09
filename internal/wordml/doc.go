// Package wordml holds DOCX output to the schema of WordprocessingML: the
// order and number of every element's children and the types of its
// attribute values, written down once (schema.go) from ECMA-376 Part 1
// (ISO/IEC 29500-1, transitional) and Part 2 for the package parts, with
// the clause each comes from. Word refuses a part that breaks a sequence
// ("Word found unreadable content") or silently drops a misplaced
// property; LibreOffice forgives both, so the tests of every package that
// writes DOCX, its fuzz target and the examples call [Check].
//
// It is internal: a test tool of this repository, not an API.
package wordml
