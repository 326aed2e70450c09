package metrics

import (
	"fmt"

	"github.com/tdkt-vn/tdkt/internal/nfc"
)

// Part is a named part of a total: "hội nghị trực tuyến cấp tỉnh",
// 4 hội nghị.
type Part[T Quantity[T]] struct {
	Name  string
	Value T
}

// Total is a figure computed from its parts, with the parts kept so that a
// report can show them and a check can name them.
type Total[T Quantity[T]] struct {
	Name  string // what the total counts, for messages
	Value T
	Parts []Part[T]
}

// SumAmounts returns the total of amounts in one currency. A qualified part
// or a second currency is an error.
func SumAmounts(name string, parts ...Part[Amount]) (Total[Amount], error) {
	return sumParts(name, parts)
}

// SumCounts returns the total of counts, labelled label: the total declares
// its own label whatever the parts' labels are (04 hội nghị trực tuyến cấp
// tỉnh + 05 hội thảo trực tuyến cấp sở, ngành = 09 "hội nghị trực tuyến").
func SumCounts(label string, parts ...Part[Count]) (Total[Count], error) {
	t, err := sumParts(label, parts)
	if err != nil {
		return t, err
	}
	t.Value = t.Value.WithLabel(label)
	t.Name = nfc.String(label)
	return t, nil
}

func sumParts[T Quantity[T]](name string, parts []Part[T]) (Total[T], error) {
	var sum T
	for i, p := range parts {
		var err error
		if i == 0 {
			if p.Value.Qualifier() != Exact {
				return Total[T]{}, &QualifiedError{Op: "sum", Value: p.Value.String()}
			}
			sum = p.Value
			continue
		}
		if sum, err = sum.Add(p.Value); err != nil {
			return Total[T]{}, fmt.Errorf("%w (part %q)", err, p.Name)
		}
	}
	return Total[T]{Name: name, Value: sum, Parts: parts}, nil
}

// Check compares the total with the total that the data states. A
// difference is a [*MismatchError] naming both values and every part.
func (t Total[T]) Check(stated T) error {
	d, err := stated.Sub(t.Value)
	if err != nil {
		return err
	}
	if d.Sign() == 0 {
		return nil
	}
	parts := make([]string, len(t.Parts))
	for i, p := range t.Parts {
		parts[i] = p.Name + ": " + p.Value.String()
	}
	return &MismatchError{Name: t.Name, Stated: stated.String(), Computed: t.Value.String(), Parts: parts}
}
