package emulation

import (
	"fmt"

	"github.com/tdkt-vn/tdkt/metrics"
)

// Form is the form of a campaign (Law 2022 Điều 16 k1).
type Form uint8

const (
	Regular  Form = iota + 1 // thi đua thường xuyên
	Thematic                 // thi đua theo chuyên đề
)

func (f Form) String() string {
	switch f {
	case Regular:
		return "thi đua thường xuyên"
	case Thematic:
		return "thi đua theo chuyên đề"
	}
	return "chưa xác định hình thức"
}

// Scope is the reach of a campaign (Law 2022 Điều 16 k2).
type Scope uint8

const (
	National      Scope = iota + 1 // toàn quốc
	MinistryLocal                  // Bộ, ban, ngành, đoàn thể, địa phương
	BlocCluster                    // cụm, khối thi đua
	Agency                         // cơ quan, tổ chức, đơn vị
)

func (s Scope) String() string {
	switch s {
	case National:
		return "toàn quốc"
	case MinistryLocal:
		return "Bộ, ban, ngành, đoàn thể, địa phương"
	case BlocCluster:
		return "cụm, khối thi đua"
	case Agency:
		return "cơ quan, tổ chức, đơn vị"
	}
	return "chưa xác định phạm vi"
}

// Stage is a step in the life of a campaign (Law 2022 Điều 17), in order.
type Stage uint8

const (
	Planned   Stage = iota + 1 // xác định mục tiêu, chỉ tiêu, nội dung, biện pháp
	Launched                   // phát động
	Inspected                  // kiểm tra, đôn đốc
	Spreading                  // phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến
	Interim                    // sơ kết
	Concluded                  // tổng kết và khen thưởng
)

var stageNames = [...]string{"", "xây dựng kế hoạch", "phát động", "kiểm tra, đôn đốc", "nhân rộng điển hình tiên tiến", "sơ kết", "tổng kết và khen thưởng"}

func (s Stage) String() string {
	if int(s) < len(stageNames) {
		return stageNames[s]
	}
	return fmt.Sprintf("Stage(%d)", uint8(s))
}

// Step is a stage reached on a date, by a document.
type Step struct {
	Stage    Stage        `json:"stage"`
	Date     metrics.Date `json:"date"`
	Document string       `json:"document,omitempty"` // "Kế hoạch số 174/KH-SNV ngày 11/02/2022"
}

// Authority is who launched a campaign: an office of a body.
type Authority struct {
	Office string `json:"office"`         // "Chủ tịch UBND tỉnh", "Giám đốc Sở", "Khối thi đua"
	Body   string `json:"body,omitempty"` // an Organisation ID, or a bloc's ID, or a name for bodies outside the data
}

// Target is a goal of a campaign, in words and optionally as a figure.
type Target struct {
	Text   string          `json:"text"`
	Count  *metrics.Count  `json:"count,omitempty"`  // a counted target, if any
	Amount *metrics.Amount `json:"amount,omitempty"` // a money target, if any
}

// Campaign is a movement of emulation ("phong trào thi đua").
type Campaign struct {
	ID         string       `json:"id"`
	Name       string       `json:"name"`            // "Lam Sơn chung sức xây dựng nông thôn mới"
	Theme      string       `json:"theme,omitempty"` // the slogan, if any: "Đoàn kết, kỷ cương, sáng tạo, …"
	Form       Form         `json:"form"`
	Scope      Scope        `json:"scope"`
	LaunchedBy Authority    `json:"launched_by"`
	From       metrics.Date `json:"from"`
	To         metrics.Date `json:"to,omitzero"` // zero for a campaign with no set end
	// Parent is the campaign this one carries out (the agency's campaign
	// answering the province's), if any.
	Parent    string   `json:"parent,omitempty"`
	Targets   []Target `json:"targets,omitempty"`
	Addressed []string `json:"addressed,omitempty"` // the organisations and people it addresses (IDs)
	Steps     []Step   `json:"steps,omitempty"`     // in order of stage and date
}

// Stage returns the latest stage the campaign has reached on d, and false
// if it had not started.
func (c *Campaign) Stage(d metrics.Date) (Stage, bool) {
	var s Stage
	for _, st := range c.Steps {
		if st.Date.After(d) {
			break
		}
		s = st.Stage
	}
	return s, s != 0
}

// Active reports whether the campaign runs on d.
func (c *Campaign) Active(d metrics.Date) bool {
	return !d.Before(c.From) && (c.To.IsZero() || !d.After(c.To))
}

// Title returns the name as reports write it: Phong trào thi đua
// “Lam Sơn chung sức xây dựng nông thôn mới”.
func (c *Campaign) Title() string {
	return "Phong trào thi đua “" + c.Name + "”"
}

func (c Campaign) clone() Campaign {
	c.Targets = clone(c.Targets)
	for i := range c.Targets {
		if t := c.Targets[i].Count; t != nil {
			n := *t
			c.Targets[i].Count = &n
		}
		if t := c.Targets[i].Amount; t != nil {
			a := *t
			c.Targets[i].Amount = &a
		}
	}
	c.Addressed, c.Steps = clone(c.Addressed), clone(c.Steps)
	return c
}

func (c *Campaign) validate() error {
	switch {
	case c.ID == "":
		return fieldErr("id", "missing: a campaign needs a stable identifier")
	case c.Name == "":
		return fieldErr("name", "missing")
	case c.Form != Regular && c.Form != Thematic:
		return fieldErr("form", "want thường xuyên or chuyên đề")
	case c.Scope < National || c.Scope > Agency:
		return fieldErr("scope", "want toàn quốc, Bộ/ngành/địa phương, cụm/khối or cơ quan/đơn vị (Law 2022 Điều 16 k2)")
	case c.From.IsZero():
		return fieldErr("from", "missing: a campaign needs its first day")
	case !c.To.IsZero() && c.To.Before(c.From):
		return fieldErr("to", "the campaign ends %s before it starts %s", c.To, c.From)
	case c.LaunchedBy.Office == "":
		return fieldErr("launched_by", "missing: who launched the campaign")
	}
	for i, st := range c.Steps {
		if st.Stage < Planned || st.Stage > Concluded {
			return fieldErr(fmt.Sprintf("steps[%d].stage", i), "unknown stage %d", st.Stage)
		}
		if i > 0 {
			prev := c.Steps[i-1]
			if st.Stage < prev.Stage || st.Date.Before(prev.Date) {
				return fieldErr(fmt.Sprintf("steps[%d]", i), "%s on %s comes before %s on %s; steps go in the order of Law 2022 Điều 17",
					st.Stage, st.Date, prev.Stage, prev.Date)
			}
		}
	}
	return nil
}
