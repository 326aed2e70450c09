package metrics

// Qualifier is the word an officer writes before an approximate figure:
// "gần 30 triệu đồng", "khoảng 17.967 lượt", "trên 121 thư". A qualified
// figure is kept and shown as written; arithmetic on it returns an error
// wrapping [ErrQualified], so it never yields another figure that looks exact.
type Qualifier uint8

// The qualifiers, with the Vietnamese word each one writes.
const (
	Exact    Qualifier = iota // no word: the figure is exact
	About                     // "khoảng": about
	Nearly                    // "gần": nearly, a little less than
	Over                      // "trên": over
	MoreThan                  // "hơn": more than
	Under                     // "dưới": under
	AtLeast                   // "ít nhất": at least
	numQualifiers
)

var qualifierWords = [numQualifiers]string{"", "khoảng", "gần", "trên", "hơn", "dưới", "ít nhất"}

// String returns the Vietnamese word of q, "" for [Exact].
func (q Qualifier) String() string {
	if q >= numQualifiers {
		return ""
	}
	return qualifierWords[q]
}

// IsExact reports whether q is [Exact].
func (q Qualifier) IsExact() bool { return q == Exact }

// ParseQualifier returns the qualifier written by word, and false if word is
// not one.
func ParseQualifier(word string) (Qualifier, bool) {
	for i := About; i < numQualifiers; i++ {
		if qualifierWords[i] == word {
			return i, true
		}
	}
	return Exact, false
}
