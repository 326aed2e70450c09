// Package readme holds the test that keeps the README's Go snippets true:
// a complete program is built, and every fragment must stand, line for
// line, in a runnable Example of the repository, which the tests compile
// and run. It has no API.
package readme
