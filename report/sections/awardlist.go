package sections

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/emulation"
	"github.com/tdkt-vn/tdkt/internal/nfc"
	"github.com/tdkt-vn/tdkt/metrics"
	"github.com/tdkt-vn/tdkt/report"
)

// Awardee is one recipient of a title or form in a decision's list.
type Awardee struct {
	Name string
	// Position is the recipient's office ("Giáo viên", "Phó Hiệu
	// trưởng"), for the columns "position" and "position_unit".
	Position string
	Unit     string
	Grant    awards.Grant
}

// AwardList is the list of recipients of a decision, in the order and with
// the columns the template chooses, with each one's reward money, priced by
// the award rules, and the total in figures and in words.
//
// Order is "name" (the default), "unit" or "data":
//
//   - "name" sorts the Vietnamese way, as emulation.SortPeople does:
//     collectives first, by name, then individuals and households by given
//     name, then family name, then middle names; recipients equal in all
//     keep the order of the data;
//   - "unit" keeps the units in the order the data first names them, each
//     unit's recipients sorted by name;
//   - "data" keeps the order of the data.
//
// Columns are chosen by field, each with the title a template may change
// (see [AwardColumn]); without Columns the list has STT, Họ và tên, tập
// thể, Đơn vị, Danh hiệu, hình thức and Số tiền (đồng). With an "amount"
// column the list ends with the total and a line with it in words, kept
// with the table. A list with no recipient builds no block.
//
//	{"use": "award-list", "params": {"recipients": "danh_sach", "columns": [
//	  {"field": "index"}, {"field": "name", "title": "Họ và tên"},
//	  {"field": "position_unit"}, {"field": "amount", "title": "Số tiền"}]}}
type AwardList struct {
	Recipients report.Ref[[]Awardee] `json:"recipients"`
	Caption    string                `json:"caption,omitempty"`
	Order      string                `json:"order,omitempty"`
	Columns    []AwardColumn         `json:"columns,omitempty"`
}

// AwardColumn is a column of an [AwardList]. Field is one of
//
//	index          STT: the row's number
//	name           Họ và tên, tập thể
//	position       Chức vụ
//	unit           Đơn vị
//	position_unit  Chức vụ, đơn vị: "Giáo viên, Tổ Toán"
//	award          Danh hiệu, hình thức
//	amount         Số tiền (đồng): the reward money, and the total
//
// and Title replaces its title. Width is a hint: the column's share of the
// text width, in percent.
type AwardColumn struct {
	Field string `json:"field"`
	Title string `json:"title,omitempty"`
	Width int    `json:"width,omitempty"`
}

var awardFields = map[string]string{
	"index": "STT", "name": "Họ và tên, tập thể", "position": "Chức vụ", "unit": "Đơn vị",
	"position_unit": "Chức vụ, đơn vị", "award": "Danh hiệu, hình thức", "amount": "Số tiền (đồng)",
}

var defaultAwardColumns = []AwardColumn{{Field: "index"}, {Field: "name"}, {Field: "unit"}, {Field: "award"}, {Field: "amount"}}

// Build sorts the recipients, prices each and totals.
func (l *AwardList) Build(ctx context.Context, _ report.Input) ([]report.Block, error) {
	list, err := required(l.Recipients, "recipients")
	if err != nil {
		return nil, err
	}
	cols := l.Columns
	if len(cols) == 0 {
		cols = defaultAwardColumns
	}
	t := &report.Table{Caption: l.Caption}
	money, label := -1, -1
	for i, c := range cols {
		title, ok := awardFields[c.Field]
		if !ok {
			return nil, &report.ParamError{Name: fmt.Sprintf("columns[%d]", i), Err: fmt.Errorf("field %q; want index, name, position, unit, position_unit, award or amount", c.Field)}
		}
		if c.Title != "" {
			title = c.Title
		}
		col := report.Column{Width: c.Width}
		switch c.Field {
		case "index", "amount":
			col.Align = report.AlignRight
		default:
			if label < 0 {
				label = i
			}
		}
		if c.Field == "amount" && money < 0 {
			money = i
		}
		t.Head = append(t.Head, title)
		t.Columns = append(t.Columns, col)
	}
	order, err := sortAwardees(list, l.Order)
	if err != nil {
		return nil, err
	}
	if len(order) == 0 {
		return nil, nil
	}
	figures := metrics.Formatter{NoUnit: true}
	var total metrics.Amount
	for n, i := range order {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		a := list[i]
		var amount metrics.Amount
		if money >= 0 {
			r, err := awards.Price(a.Grant)
			if err != nil {
				return nil, fmt.Errorf("recipient %d (%s): %w", i+1, a.Name, err)
			}
			amount = r.Amount
			if total, err = total.Add(amount); err != nil {
				return nil, fmt.Errorf("recipient %d (%s): %w", i+1, a.Name, err)
			}
		}
		row := make([]string, len(cols))
		for j, c := range cols {
			switch c.Field {
			case "index":
				row[j] = strconv.Itoa(n + 1)
			case "name":
				row[j] = a.Name
			case "position":
				row[j] = a.Position
			case "unit":
				row[j] = a.Unit
			case "position_unit":
				row[j] = joinNonEmpty(", ", a.Position, a.Unit)
			case "award":
				award, _ := awards.Lookup(a.Grant.Award)
				row[j] = award.Name
			case "amount":
				row[j] = figures.Amount(amount)
			}
			row[j] = nfc.String(row[j])
		}
		t.Rows = append(t.Rows, row)
	}
	if money < 0 {
		return []report.Block{t}, nil
	}
	foot := make([]string, len(cols))
	foot[max(label, 0)] = "Cộng"
	foot[money] = figures.Amount(total)
	t.Foot = [][]string{foot}
	t.KeepNext = true // with the total in words
	words := &report.Figure{Value: report.WordsValue(total, metrics.Words{})}
	return []report.Block{t, report.P(&report.Text{Text: "Tổng số tiền bằng chữ: ", Italic: true}, words, report.T("."))}, nil
}

// sortAwardees returns the indexes of list in the order asked for.
func sortAwardees(list []Awardee, order string) ([]int, error) {
	idx := make([]int, len(list))
	for i := range idx {
		idx[i] = i
	}
	switch order {
	case "data":
		return idx, nil
	case "", "name":
		return byName(list, idx), nil
	case "unit":
		var units []string
		members := map[string][]int{}
		for i, a := range list {
			if _, ok := members[a.Unit]; !ok {
				units = append(units, a.Unit)
			}
			members[a.Unit] = append(members[a.Unit], i)
		}
		out := idx[:0:0]
		for _, u := range units {
			out = append(out, byName(list, members[u])...)
		}
		return out, nil
	}
	return nil, &report.ParamError{Name: "order", Err: fmt.Errorf("%q; want \"name\", \"unit\" or \"data\"", order)}
}

// byName sorts the recipients idx of list the Vietnamese way: collectives
// by name, then people by given name, family name and middle names
// (emulation.SortOrganisations and emulation.SortPeople); ties keep their
// order, carried in the IDs.
func byName(list []Awardee, idx []int) []int {
	var orgs []emulation.Organisation
	var people []emulation.Person
	for n, i := range idx {
		id := fmt.Sprintf("%09d", n) // the order of the data, for ties
		if list[i].Grant.Subject == awards.Collective {
			orgs = append(orgs, emulation.Organisation{ID: id, Name: list[i].Name})
		} else {
			people = append(people, emulation.Person{ID: id, Name: list[i].Name})
		}
	}
	emulation.SortOrganisations(orgs)
	emulation.SortPeople(people)
	out := make([]int, 0, len(idx))
	for _, o := range orgs {
		n, _ := strconv.Atoi(o.ID)
		out = append(out, idx[n])
	}
	for _, p := range people {
		n, _ := strconv.Atoi(p.ID)
		out = append(out, idx[n])
	}
	return out
}

func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}

// Interface guards.
var _ report.Section = (*AwardList)(nil)
