package dossier

import (
	"encoding"
	"fmt"
	"strconv"

	"github.com/tdkt-vn/tdkt/source"
)

// State is where a dossier stands in its workflow ("trạng thái hồ sơ").
// The zero State is no dossier yet: the state before [Create].
type State uint8

const (
	Drafted   State = iota + 1 // Dự thảo: the proposer is preparing it
	Submitted                  // Đã gửi: sent, not yet received
	Received                   // Đã tiếp nhận: received, being appraised
	Returned                   // Trả lại: sent back to the proposer, with a reason
	Appraised                  // Đã thẩm định: every subject judged
	AtCouncil                  // Trình Hội đồng: before the emulation and commendation council
	Voted                      // Hội đồng đã bỏ phiếu
	Proposed                   // Đã trình ký: the appraisal report is before the head
	Decided                    // Đã quyết định: decision number, date and signer given
	Cancelled                  // Đã hủy: cancelled, or its decision revoked ("thu hồi")
	Forwarded                  // Đã chuyển cấp trên: sent on to a higher level
)

var stateNames = [...]string{"", "Dự thảo", "Đã gửi", "Đã tiếp nhận", "Trả lại", "Đã thẩm định", "Trình Hội đồng",
	"Hội đồng đã bỏ phiếu", "Đã trình ký", "Đã quyết định", "Đã hủy", "Đã chuyển cấp trên"}

var stateCodes = [...]string{"", "drafted", "submitted", "received", "returned", "appraised", "at-council",
	"voted", "proposed", "decided", "cancelled", "forwarded"}

// String returns the Vietnamese label: "Đã tiếp nhận".
func (s State) String() string { return name(stateNames[:], int(s), "State") }

// MarshalText writes the code of the events' schema: "received"; the
// zero State writes "".
func (s State) MarshalText() ([]byte, error) { return marshalCode(stateCodes[:], int(s), "state") }

// UnmarshalText reads a code of the events' schema.
func (s *State) UnmarshalText(b []byte) error {
	i, err := unmarshalCode(stateCodes[:], b, "state")
	*s = State(i)
	return err
}

// Action is what a user does to a dossier; each [Event] records one.
type Action uint8

const (
	Create   Action = iota + 1 // tạo hồ sơ (proposer)
	Edit                       // cập nhật hồ sơ: subjects and documents (proposer)
	Submit                     // gửi hồ sơ, or gửi lại after a return (proposer)
	Receive                    // tiếp nhận hồ sơ (office clerk)
	Return                     // trả lại hồ sơ, with a reason (office clerk, appraiser)
	Appraise                   // thẩm định: the verdicts of some or all subjects (appraiser)
	Convene                    // trình Hội đồng (appraiser, council secretary)
	Vote                       // ghi kết quả bỏ phiếu của Hội đồng (council secretary)
	Forward                    // chuyển cấp trên (head of a level below the deciding one)
	Propose                    // trình ký: the appraisal report to the head (appraiser)
	Decide                     // ban hành quyết định (head)
	Cancel                     // hủy hồ sơ, with a reason (proposer until received, head after)
	Revoke                     // thu hồi quyết định, with a reason (head)
)

var actionNames = [...]string{"", "tạo hồ sơ", "cập nhật hồ sơ", "gửi hồ sơ", "tiếp nhận hồ sơ", "trả lại hồ sơ",
	"thẩm định hồ sơ", "trình Hội đồng", "ghi kết quả bỏ phiếu của Hội đồng", "chuyển hồ sơ lên cấp trên",
	"trình ký", "ban hành quyết định", "hủy hồ sơ", "thu hồi quyết định"}

var actionCodes = [...]string{"", "create", "edit", "submit", "receive", "return", "appraise", "convene", "vote",
	"forward", "propose", "decide", "cancel", "revoke"}

// String returns the Vietnamese words, in lower case as they stand in a
// sentence: "trả lại hồ sơ".
func (a Action) String() string { return name(actionNames[:], int(a), "Action") }

// MarshalText writes the code of the events' schema: "return".
func (a Action) MarshalText() ([]byte, error) { return marshalCode(actionCodes[:], int(a), "action") }

// UnmarshalText reads a code of the events' schema.
func (a *Action) UnmarshalText(b []byte) error {
	i, err := unmarshalCode(actionCodes[:], b, "action")
	*a = Action(i)
	return err
}

// Role is what a user may do, as the host maps its users: the library
// checks the role a command carries, the host checks that the user holds
// it ([User]).
type Role uint8

const (
	Proposer         Role = iota + 1 // đơn vị đề nghị: the unit's clerk who prepares and sends the dossier
	OfficeClerk                      // văn thư, cán bộ tiếp nhận of the authority that handles it
	Appraiser                        // chuyên viên thẩm định of the emulation and commendation office
	CouncilSecretary                 // thư ký Hội đồng Thi đua - Khen thưởng
	Head                             // thủ trưởng: the head of the handling or deciding authority
)

var roleNames = [...]string{"", "đơn vị đề nghị", "văn thư tiếp nhận", "chuyên viên thẩm định",
	"thư ký Hội đồng Thi đua - Khen thưởng", "thủ trưởng cơ quan có thẩm quyền"}

var roleCodes = [...]string{"", "proposer", "office-clerk", "appraiser", "council-secretary", "head"}

// String returns the Vietnamese words: "chuyên viên thẩm định".
func (r Role) String() string { return name(roleNames[:], int(r), "Role") }

// MarshalText writes the code of the events' schema: "appraiser".
func (r Role) MarshalText() ([]byte, error) { return marshalCode(roleCodes[:], int(r), "role") }

// UnmarshalText reads a code of the events' schema.
func (r *Role) UnmarshalText(b []byte) error {
	i, err := unmarshalCode(roleCodes[:], b, "role")
	*r = Role(i)
	return err
}

// Level is the level of government of a unit or authority ("cấp").
type Level uint8

const (
	Grassroots Level = iota + 1 // cấp cơ sở: a commune, a school, an agency's unit
	District                    // cấp huyện, sở: a district (until 30/6/2025), a department, a general department
	Province                    // cấp tỉnh, bộ: a province, a ministry, a central body
	Central                     // cấp trung ương: the Prime Minister, the President
)

var levelNames = [...]string{"", "cấp cơ sở", "cấp huyện, sở", "cấp tỉnh, bộ", "cấp trung ương"}

var levelCodes = [...]string{"", "grassroots", "district", "province", "central"}

// String returns the Vietnamese words: "cấp tỉnh, bộ".
func (l Level) String() string { return name(levelNames[:], int(l), "Level") }

// MarshalText writes the code of the events' schema: "province".
func (l Level) MarshalText() ([]byte, error) { return marshalCode(levelCodes[:], int(l), "level") }

// UnmarshalText reads a code of the events' schema.
func (l *Level) UnmarshalText(b []byte) error {
	i, err := unmarshalCode(levelCodes[:], b, "level")
	*l = Level(i)
	return err
}

// permitted reports whether role may take action on a dossier in state
// from. This is the whole table of the workflow; doc.go draws it.
func permitted(action Action, from State, role Role) bool {
	switch action {
	case Create:
		return from == 0 && role == Proposer
	case Edit, Submit:
		return (from == Drafted || from == Returned) && role == Proposer
	case Receive:
		return (from == Submitted || from == Forwarded) && role == OfficeClerk
	case Return:
		return (from == Submitted || from == Forwarded || from == Received || from == Appraised) &&
			(role == OfficeClerk || role == Appraiser)
	case Appraise:
		return from == Received && role == Appraiser
	case Convene:
		return from == Appraised && (role == Appraiser || role == CouncilSecretary)
	case Vote:
		return from == AtCouncil && role == CouncilSecretary
	case Forward:
		return (from == Appraised || from == Voted) && role == Head
	case Propose:
		return (from == Appraised || from == Voted) && role == Appraiser
	case Decide:
		return from == Proposed && role == Head
	case Cancel:
		switch from {
		case Drafted, Returned, Submitted:
			return role == Proposer
		case Forwarded, Received, Appraised, AtCouncil, Voted, Proposed:
			return role == Head
		}
	case Revoke:
		return from == Decided && role == Head
	}
	return false
}

// possible reports whether any role may take action in state from.
func possible(action Action, from State) bool {
	for r := Proposer; r <= Head; r++ {
		if permitted(action, from, r) {
			return true
		}
	}
	return false
}

// name returns names[i], or "Type(i)" out of range, so that String never
// panics on a value built by conversion.
func name(names []string, i int, typ string) string {
	if i <= 0 || i >= len(names) {
		if i == 0 && names[0] != "" {
			return names[0]
		}
		return typ + "(" + strconv.Itoa(i) + ")"
	}
	return names[i]
}

func marshalCode(codes []string, i int, what string) ([]byte, error) {
	if i < 0 || i >= len(codes) {
		return nil, fmt.Errorf("dossier: %s %d out of range", what, i)
	}
	return []byte(codes[i]), nil
}

// unmarshalCode returns the index of code b. Its error, without a package
// prefix, is placed by the decoder in a *source.Error.
func unmarshalCode(codes []string, b []byte, what string) (int, error) {
	s := string(b)
	for i, c := range codes {
		if i > 0 && c == s {
			return i, nil
		}
	}
	return 0, fmt.Errorf("unknown %s %s; want one of %s", what, source.Quote(s), list(codes[1:]))
}

func list(codes []string) string {
	s := ""
	for i, c := range codes {
		switch {
		case i == 0:
		case i == len(codes)-1:
			s += " or "
		default:
			s += ", "
		}
		s += c
	}
	return s
}

// Interface guards
var (
	_ encoding.TextMarshaler   = State(0)
	_ encoding.TextUnmarshaler = (*State)(nil)
	_ encoding.TextMarshaler   = Action(0)
	_ encoding.TextUnmarshaler = (*Action)(nil)
	_ encoding.TextMarshaler   = Role(0)
	_ encoding.TextUnmarshaler = (*Role)(nil)
	_ encoding.TextMarshaler   = Level(0)
	_ encoding.TextUnmarshaler = (*Level)(nil)
)
