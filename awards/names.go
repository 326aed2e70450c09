package awards

import "strconv"

// enumName returns names[v], or "Type(v)" for a value out of range, so that a
// String method never panics on a value built by conversion.
func enumName[T ~uint8 | ~int8](v T, typ string, names ...string) string {
	if int(v) < 0 || int(v) >= len(names) {
		return typ + "(" + strconv.Itoa(int(v)) + ")"
	}
	return names[v]
}
