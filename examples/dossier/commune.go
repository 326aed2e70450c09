package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/shopspring/decimal"
	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/dossier"
	"github.com/tdkt-vn/tdkt/metrics"
	"github.com/tdkt-vn/tdkt/report"
	"github.com/tdkt-vn/tdkt/report/dossierdocs"
	"github.com/tdkt-vn/tdkt/source"
)

// file is the data file (README.md describes it).
type file struct {
	Dossier   string             `json:"dossier"`
	Year      int                `json:"year"`
	Proposer  dossier.Unit       `json:"proposer"`
	Authority dossier.Unit       `json:"authority"`
	Office    dossier.Unit       `json:"office"`
	Signers   signers            `json:"signers"`
	Users     []dossier.User     `json:"users"`
	Council   council            `json:"council"`
	Rules     localRules         `json:"local_rules"`
	Register  register           `json:"register"`
	Records   json.RawMessage    `json:"records"`
	Subjects  []subjectRef       `json:"subjects"`
	Documents []dossier.Document `json:"documents"`
	Steps     []step             `json:"steps"`
}

type signers struct {
	Proposer report.Signature `json:"proposer"`
	Office   report.Signature `json:"office"`
}

type council struct {
	Name    string   `json:"name"`
	Abbrev  string   `json:"abbrev"`
	Place   string   `json:"place"`
	Time    string   `json:"time"`
	Members []member `json:"members"`
}

type member struct {
	Name     string `json:"name"`
	Position string `json:"position"`
	Role     string `json:"role"`       // "chair", "secretary" or ""
	Presence string `json:"attendance"` // "present", "written" (absent, voted in writing) or "absent"
}

// localRules are the commune's own rules, which awards and dossier take as
// a province or body adds them (awards.Config.Extra, dossier.Procedure).
// The commune and its regulation are made up: every rule cites it as
// awards.Unverified.
type localRules struct {
	Regulation string `json:"regulation"`
	// Vote is the council's secret ballot on an award, with the share of
	// ALL its members in favour the award needs.
	Vote *struct {
		Award awards.ID       `json:"award"`
		Share decimal.Decimal `json:"share"`
	} `json:"vote"`
	// GiayKhen is the standard of the chairman's Giấy khen, which the law
	// leaves to ministries, sectors and provinces (Law 2022 Điều 75 k2).
	GiayKhen *struct {
		MinRating awards.Rating `json:"min_rating"`
	} `json:"giay_khen"`
}

type register struct {
	Year int `json:"year"` // the year of the decision
	Last int `json:"last"` // the authority's last decision number that year before this one
}

type subjectRef struct {
	ID       string      `json:"id"` // a record's ID
	Position string      `json:"position"`
	Unit     string      `json:"unit"`
	Awards   []awards.ID `json:"awards"`
}

// step is a command, as the data file writes it.
type step struct {
	Action   dossier.Action     `json:"action"`
	By       string             `json:"by"` // a user's ID
	At       time.Time          `json:"at"`
	Reason   string             `json:"reason"`
	Refused  bool               `json:"refused"` // the workflow must refuse it
	Attach   []dossier.Document `json:"attach"`
	Detach   []string           `json:"detach"`
	Meeting  metrics.Date       `json:"meeting"`
	Minutes  dossier.Document   `json:"minutes"`
	Tallies  []dossier.Tally    `json:"tallies"`
	Report   dossier.Document   `json:"report"`
	Decision dossier.Decision   `json:"decision"`
}

// commune is the data file, read and checked: what the steps need.
type commune struct {
	f         file
	records   map[string]*awards.Record
	evaluator *awards.Evaluator
	procedure dossier.Procedure
	users     map[string]dossier.User
	meeting   dossier.Meeting
	options   dossierdocs.Options
}

// load reads the data file; its errors name the line.
func load(name string, data []byte) (*commune, error) {
	src := source.NewFile(name, data)
	c := &commune{users: map[string]dossier.User{}, records: map[string]*awards.Record{}}
	if err := src.DecodeJSON(0, "", data, &c.f); err != nil {
		return nil, err
	}
	f := &c.f
	part := name + " (records)"
	recs, err := awards.ParseJSON(part, f.Records)
	if err != nil {
		return nil, src.Adopt(err, part, int64(bytes.Index(data, f.Records)))
	}
	for _, r := range recs {
		c.records[r.ID] = r
	}
	for _, u := range f.Users {
		c.users[u.ID] = u
	}
	for i, s := range f.Subjects {
		if _, ok := c.records[s.ID]; !ok {
			return nil, source.Errorf(name, src.LineOfKey("subjects"), fmt.Sprintf("subjects[%d].id", i), "no record %q", s.ID)
		}
	}
	for i, s := range f.Steps {
		if _, ok := c.users[s.By]; !ok {
			return nil, source.Errorf(name, src.LineOfKey("steps"), fmt.Sprintf("steps[%d].by", i), "no user %q", s.By)
		}
	}
	if c.evaluator, c.procedure, err = f.Rules.apply(); err != nil {
		return nil, source.Errorf(name, src.LineOfKey("local_rules"), "local_rules", "%v", err)
	}

	// The council: its size and those present counted from its members.
	var chair, secretary dossierdocs.Member
	for i, m := range f.Council.Members {
		c.meeting.Members++
		switch m.Presence {
		case "present":
			c.meeting.Present++
		case "written":
			c.meeting.Written++
		case "absent":
		default:
			return nil, source.Errorf(name, src.LineOfKey("council", "members"), fmt.Sprintf("council.members[%d].attendance", i),
				"%q; want \"present\", \"written\" or \"absent\"", m.Presence)
		}
		switch m.Role {
		case "chair":
			chair = dossierdocs.Member{Name: m.Name, Position: m.Position}
		case "secretary":
			secretary = dossierdocs.Member{Name: m.Name, Position: m.Position}
		}
	}
	c.options = dossierdocs.Options{
		Basis:        []string{"Căn cứ " + f.Rules.Regulation},
		Proposer:     f.Signers.Proposer,
		Office:       f.Office,
		OfficeSigner: f.Signers.Office,
		Council: dossierdocs.Council{Name: f.Council.Name, Abbrev: f.Council.Abbrev, Place: f.Council.Place, Time: f.Council.Time,
			Chair: chair, Secretary: secretary},
		Evaluator: c.evaluator,
	}
	return c, nil
}

// apply builds the evaluator with the commune's rules and the procedure
// whose council votes on the award the rules name.
func (l localRules) apply() (*awards.Evaluator, dossier.Procedure, error) {
	cite := awards.Citation{Document: l.Regulation, Evidence: awards.Unverified,
		Note: "quy chế giả định của ví dụ examples/dossier, không phải văn bản có thật"}
	var extra []awards.Rule
	p := dossier.DefaultProcedure()
	p.Source = l.Regulation
	if v := l.Vote; v != nil {
		if v.Share.Sign() <= 0 || v.Share.GreaterThan(decimal.New(1, 0)) {
			return nil, p, fmt.Errorf("vote share %s out of range 0–1", v.Share)
		}
		pct := v.Share.Shift(2).String()
		share := v.Share
		extra = append(extra, awards.Rule{ID: "xa.bophieu." + string(v.Award), Award: v.Award, Citation: cite,
			Criterion: "Được Hội đồng Thi đua - Khen thưởng xã bỏ phiếu kín đồng ý từ " + pct + "% trở lên trên tổng số thành viên Hội đồng",
			Check: func(in *awards.Input) (awards.Result, awards.Facts) {
				vote, ok := in.Vote()
				if !ok {
					// Before the vote the rule does not bar: the dossier
					// puts the entry before the council, whose vote judges
					// it again.
					return awards.Met, awards.Facts{Text: "Hội đồng chưa bỏ phiếu (xét khi Hội đồng bỏ phiếu)"}
				}
				got := decimal.New(int64(vote.InFavour), 0)
				f := awards.Facts{Text: fmt.Sprintf("%d/%d phiếu đồng ý (cần từ %s%% trở lên)", vote.InFavour, vote.Members, pct)}
				if got.Cmp(share.Mul(decimal.New(int64(vote.Members), 0))) >= 0 {
					return awards.Met, f
				}
				return awards.NotMet, f
			}})
		p.Votes[v.Award] = cite
		p.VoteFrom = dossier.Grassroots
	}
	if g := l.GiayKhen; g != nil {
		extra = append(extra, awards.Rule{ID: "xa.giaykhen", Award: awards.GiayKhen, Citation: cite,
			Criterion: "Hoàn thành tốt nhiệm vụ trở lên, tích cực tham gia phong trào thi đua của xã",
			Check: func(in *awards.Input) (awards.Result, awards.Facts) {
				for _, y := range in.Record.Years {
					if y.Year != in.Period.Last {
						continue
					}
					f := awards.Facts{Text: fmt.Sprintf("%d: %s", y.Year, y.Rating)}
					if y.Rating >= g.MinRating && y.Active == awards.Yes {
						return awards.Met, f
					}
					return awards.NotMet, f
				}
				return awards.Indeterminate, awards.Facts{Text: fmt.Sprintf("chưa có kết quả năm %d", in.Period.Last)}
			}})
	}
	ev, err := awards.New(awards.Config{Extra: extra})
	return ev, p, err
}

// hash stands for a document's file, which the example does not have: the
// SHA-256 of its ID.
func hash(d dossier.Document) dossier.Document {
	if d.SHA256 == "" && d.ID != "" {
		h := sha256.Sum256([]byte(d.ID))
		d.SHA256 = hex.EncodeToString(h[:])
	}
	return d
}

func hashAll(docs []dossier.Document) []dossier.Document {
	out := make([]dossier.Document, len(docs))
	for i, d := range docs {
		out[i] = hash(d)
	}
	return out
}

// walk applies the steps, prints each event, and returns the dossier and
// its events. A step marked refused must be refused; it leaves no event.
func (c *commune) walk(ctx context.Context, w io.Writer) (dossier.Dossier, []dossier.Event, error) {
	f := &c.f
	var d dossier.Dossier
	var events []dossier.Event
	var reg dossier.MemoryRegister
	if f.Register.Last > 0 {
		if err := reg.Continue(f.Authority.Code, f.Register.Year, "QĐ", f.Register.Last); err != nil {
			return d, nil, err
		}
	}
	fmt.Fprintf(w, "Hồ sơ %s: %s đề nghị %s khen thưởng năm %d\n\n", f.Dossier, f.Proposer.Name, f.Authority.Head, f.Year)
	for i, s := range f.Steps {
		cmd := dossier.Command{Dossier: f.Dossier, Version: d.Version, Action: s.Action, By: c.users[s.By], At: s.At, Reason: s.Reason}
		switch s.Action {
		case dossier.Create:
			cmd.Draft = dossier.Draft{Proposer: f.Proposer, Receiver: f.Authority, Decider: f.Authority,
				Period: awards.YearOf(f.Year), Documents: hashAll(f.Documents), Procedure: c.procedure}
			for _, ref := range f.Subjects {
				r := c.records[ref.ID]
				for _, a := range ref.Awards {
					cmd.Draft.Subjects = append(cmd.Draft.Subjects, dossier.Subject{ID: r.ID, Kind: r.Kind, Name: r.Name,
						Position: ref.Position, Unit: ref.Unit, Award: a})
				}
			}
		case dossier.Edit:
			cmd.Changes = dossier.Changes{Attach: hashAll(s.Attach), Detach: s.Detach}
		case dossier.Appraise:
			for _, e := range d.Active() {
				v, err := c.evaluator.Evaluate(c.records[e.ID], awards.Case{Award: e.Award, Period: d.Period})
				if err != nil {
					return d, nil, fmt.Errorf("step %d: %w", i+1, err)
				}
				cmd.Verdicts = append(cmd.Verdicts, v)
			}
		case dossier.Vote:
			cmd.Meeting = c.meeting
			cmd.Meeting.Date = s.Meeting
			cmd.Meeting.Minutes = hash(s.Minutes)
			cmd.Tallies = s.Tallies
			cmd.Judge = func(_ context.Context, s dossier.Subject, k awards.Case) (awards.Verdict, error) {
				return c.evaluator.Evaluate(c.records[s.ID], k)
			}
		case dossier.Propose:
			cmd.Report = hash(s.Report)
		case dossier.Decide:
			cmd.Decision, cmd.Register = s.Decision, &reg
		}
		next, ev, err := d.Apply(ctx, cmd)
		var refused *dossier.TransitionError
		switch {
		case s.Refused && errors.As(err, &refused):
			fmt.Fprintf(w, "    (từ chối) %s\n", refused.Text())
			continue
		case s.Refused:
			return d, nil, fmt.Errorf("step %d (%s): want a refusal, got %v", i+1, s.Action, err)
		case err != nil:
			return d, nil, fmt.Errorf("step %d (%s): %w", i+1, s.Action, err)
		}
		d, events = next, append(events, ev)
		fmt.Fprintf(w, "%3d. %s\n", ev.Version, ev.Text())
		if s.Action == dossier.Appraise || s.Action == dossier.Vote {
			fmt.Fprint(w, eligible(d))
		}
	}
	return d, events, nil
}

// eligible says how many entries may be granted, and which may not.
func eligible(d dossier.Dossier) string {
	var b bytes.Buffer
	n := len(d.Decidable())
	fmt.Fprintf(&b, "     %d/%d đề nghị đủ điều kiện khen thưởng", n, len(d.Entries))
	sep := "; không đủ: "
	for _, e := range d.Entries {
		if !e.Decidable() {
			a, _ := awards.Lookup(e.Award)
			fmt.Fprintf(&b, "%s%s (%s)", sep, e.Name, a.Display())
			sep = ", "
		}
	}
	b.WriteString("\n")
	return b.String()
}

// marshalEvents writes the log as an indented JSON array, one event to an
// element, in the events' schema.
func marshalEvents(events []dossier.Event) ([]byte, error) {
	b, err := json.MarshalIndent(events, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}
