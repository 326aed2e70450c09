package emulation

import (
	"fmt"
	"strings"

	"github.com/tdkt-vn/tdkt/internal/nfc"
)

// The enumerations read and write Vietnamese words in files.

func fold(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(nfc.String(s)), " "))
}

// MarshalText writes "thường xuyên" or "chuyên đề".
func (f Form) MarshalText() ([]byte, error) {
	switch f {
	case Regular:
		return []byte("thường xuyên"), nil
	case Thematic:
		return []byte("chuyên đề"), nil
	}
	return nil, fmt.Errorf("emulation: form %d has no name", f)
}

// UnmarshalText reads "thường xuyên" or "chuyên đề" ("theo chuyên đề").
func (f *Form) UnmarshalText(b []byte) error {
	switch fold(string(b)) {
	case "thường xuyên", "thi đua thường xuyên", "regular":
		*f = Regular
	case "chuyên đề", "theo chuyên đề", "thi đua theo chuyên đề", "thematic":
		*f = Thematic
	default:
		return fmt.Errorf("unknown form %s; want thường xuyên or chuyên đề", q(string(b)))
	}
	return nil
}

var scopeWords = map[Scope]string{National: "toàn quốc", MinistryLocal: "địa phương", BlocCluster: "cụm, khối", Agency: "cơ quan"}

// MarshalText writes "toàn quốc", "địa phương", "cụm, khối" or "cơ quan".
func (s Scope) MarshalText() ([]byte, error) {
	if w, ok := scopeWords[s]; ok {
		return []byte(w), nil
	}
	return nil, fmt.Errorf("emulation: scope %d has no name", s)
}

// UnmarshalText reads a scope.
func (s *Scope) UnmarshalText(b []byte) error {
	switch fold(string(b)) {
	case "toàn quốc":
		*s = National
	case "địa phương", "bộ, ngành", "bộ, ban, ngành", "bộ, ban, ngành, đoàn thể, địa phương", "tỉnh":
		*s = MinistryLocal
	case "cụm, khối", "khối, cụm", "cụm", "khối", "cụm, khối thi đua":
		*s = BlocCluster
	case "cơ quan", "đơn vị", "cơ quan, tổ chức, đơn vị":
		*s = Agency
	default:
		return fmt.Errorf("unknown scope %s; want toàn quốc, địa phương, cụm, khối or cơ quan (Law 2022 Điều 16 k2)", q(string(b)))
	}
	return nil
}

var stageWords = map[string]Stage{
	"kế hoạch": Planned, "xây dựng kế hoạch": Planned, "phát động": Launched, "kiểm tra": Inspected, "kiểm tra, đôn đốc": Inspected,
	"nhân rộng": Spreading, "nhân rộng điển hình tiên tiến": Spreading, "sơ kết": Interim, "tổng kết": Concluded, "tổng kết và khen thưởng": Concluded,
}

// MarshalText writes the stage's name.
func (s Stage) MarshalText() ([]byte, error) {
	if s < Planned || s > Concluded {
		return nil, fmt.Errorf("emulation: stage %d has no name", s)
	}
	return []byte(stageNames[s]), nil
}

// UnmarshalText reads a stage: "kế hoạch", "phát động", "kiểm tra",
// "nhân rộng", "sơ kết", "tổng kết".
func (s *Stage) UnmarshalText(b []byte) error {
	st, ok := stageWords[fold(string(b))]
	if !ok {
		return fmt.Errorf("unknown stage %s; want kế hoạch, phát động, kiểm tra, nhân rộng, sơ kết or tổng kết", q(string(b)))
	}
	*s = st
	return nil
}

// MarshalText writes "khối" or "cụm".
func (k BlocKind) MarshalText() ([]byte, error) {
	switch k {
	case SectorBloc:
		return []byte("khối"), nil
	case AreaCluster:
		return []byte("cụm"), nil
	}
	return nil, fmt.Errorf("emulation: bloc kind %d has no name", k)
}

// UnmarshalText reads "khối" or "cụm".
func (k *BlocKind) UnmarshalText(b []byte) error {
	switch fold(string(b)) {
	case "khối", "khối thi đua":
		*k = SectorBloc
	case "cụm", "cụm thi đua":
		*k = AreaCluster
	default:
		return fmt.Errorf("unknown kind of bloc %s; want khối or cụm", q(string(b)))
	}
	return nil
}
