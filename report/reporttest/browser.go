package reporttest

import (
	"bytes"
	"context"
	"encoding/json"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// BrowserEnv is the environment variable that turns on the checks in a
// real browser: TDKT_BROWSER=1 (set by .ci/run, which installs Debian's
// chromium). The browser is run as a program; nothing of a browser driver
// enters the module.
const BrowserEnv = "TDKT_BROWSER"

// Placement is how a browser lays out an element: its computed
// text-align and text-indent, and the room left and right of its text
// within the element's content box, in CSS pixels.
type Placement struct {
	Text       string  `json:"text"`
	TextAlign  string  `json:"textAlign"`
	TextIndent string  `json:"textIndent"`
	Left       float64 `json:"left"`
	Right      float64 `json:"right"`
	Found      bool    `json:"found"`
}

// Centred reports whether the text stands in the middle of its box: the
// computed text-align is "center", there is no indent, and the room on
// its left and on its right differ by at most 2 pixels.
func (p Placement) Centred() bool {
	d := p.Left - p.Right
	return p.Found && p.TextAlign == "center" && (p.TextIndent == "0px" || p.TextIndent == "") && d <= 2 && d >= -2
}

// placementScript finds, for each text of want, the innermost element
// whose whole text is that text, reads its computed style and measures
// its text (a Range over its contents) against its content box; it writes
// the results as JSON into <pre id="tdkt-result">, which --dump-dom
// prints.
const placementScript = `<script>
(function () {
  var want = JSON.parse(document.getElementById("tdkt-want").textContent);
  var norm = function (s) { return s.normalize("NFC").replace(/\s+/g, " ").trim(); };
  var all = Array.prototype.slice.call(document.body.getElementsByTagName("*"));
  var out = want.map(function (text) {
    var el = null;
    for (var i = 0; i < all.length; i++) {
      if (all[i].id === "tdkt-want" || all[i].id === "tdkt-result") continue;
      if (norm(all[i].textContent) === text) el = all[i]; // the last match is the innermost
    }
    if (!el) return {text: text, found: false};
    var cs = getComputedStyle(el);
    var box = el.getBoundingClientRect();
    var r = document.createRange();
    r.selectNodeContents(el);
    var t = r.getBoundingClientRect();
    var padL = parseFloat(cs.paddingLeft) + parseFloat(cs.borderLeftWidth);
    var padR = parseFloat(cs.paddingRight) + parseFloat(cs.borderRightWidth);
    return {text: text, found: true, textAlign: cs.textAlign, textIndent: cs.textIndent,
      left: t.left - box.left - padL, right: box.right - padR - t.right};
  });
  var pre = document.createElement("pre");
  pre.id = "tdkt-result";
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();
</script>`

// Placements opens page (a whole HTML page) in headless Chromium (a
// window 1000 pixels wide) and returns how each text of texts is laid out
// (Placement). Each text is the whole text of an element, white space
// squeezed. Without TDKT_BROWSER=1 it skips the test and says why.
func Placements(t *testing.T, page []byte, texts ...string) []Placement {
	t.Helper()
	if os.Getenv(BrowserEnv) != "1" {
		t.Skip("skipped: set " + BrowserEnv + "=1 to open the HTML in headless Chromium (Debian's chromium; .ci/run installs it)")
	}
	want, err := json.Marshal(texts)
	if err != nil {
		t.Fatal(err)
	}
	// A script's text is raw: only "</" could end it early.
	inject := `<script type="application/json" id="tdkt-want">` + strings.ReplaceAll(string(want), "</", `<\/`) + `</script>` + placementScript
	i := bytes.LastIndex(page, []byte("</body>"))
	if i < 0 {
		t.Fatal("the page has no </body>")
	}
	doc := append(append(append([]byte{}, page[:i]...), inject...), page[i:]...)
	dir := t.TempDir()
	file := filepath.Join(dir, "page.html")
	if err := os.WriteFile(file, doc, 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	// The flags keep Chromium off the network, which this machine closes.
	cmd := exec.CommandContext(ctx, "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
		"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir="+filepath.Join(dir, "profile"), "--window-size=1000,1400", "--dump-dom", "file://"+file)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("chromium: %v\n%s", err, stderr.Bytes())
	}
	const open, end = `<pre id="tdkt-result">`, `</pre>`
	j := bytes.Index(out, []byte(open))
	if j < 0 {
		t.Fatalf("chromium ran no script: no result in the page it printed\n%s", stderr.Bytes())
	}
	res := out[j+len(open):]
	res = res[:bytes.Index(res, []byte(end))]
	var ps []Placement
	if err := json.Unmarshal([]byte(html.UnescapeString(string(res))), &ps); err != nil {
		t.Fatalf("chromium's result: %v", err)
	}
	return ps
}
