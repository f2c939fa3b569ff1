package eval

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestTokens(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"143億美元", []string{"143", "亿", "美", "元"}},
		{"１４３億美元", []string{"143", "亿", "美", "元"}},
		{"$14.3 billion.", []string{"$14.3", "billion"}},
		{"49%", []string{"49%"}},
		{"The Information", []string{"information"}},
		{"an AI lab, a team", []string{"ai", "lab", "team"}},
		{"“注意力資源”", []string{"注", "意", "力", "资", "源"}},
		{"Scale AI的49%股份", []string{"scale", "ai", "的", "49%", "股", "份"}},
		{"", nil},
	} {
		if diff := cmp.Diff(tc.want, Tokens(tc.in)); diff != "" {
			t.Errorf("Tokens(%q) (-want +got):\n%s", tc.in, diff)
		}
	}
}

func TestExactMatchAndF1(t *testing.T) {
	for _, tc := range []struct {
		got, want string
		em, f1    float64
	}{
		{"格羅斯", "格罗斯", 1, 1},                                               // scripts fold
		{"１４３億美元", "143億美元", 1, 1},                                         // widths fold
		{"the second half of last year", "second half of last year", 1, 1}, // articles drop
		{"May.", "May", 1, 1},
		{"Zuckerberg's", "Zuckerberg", 0, 2.0 / 3}, // the possessive s is a token of its own
		{"think it is rational", "it is rational", 0, 6.0 / 7},
		{"一躍成了大模型開源之王", "大模型開源之王", 0, 2 * (7.0 / 11) / (7.0/11 + 1)},
		{"$14.3 billion", "$14 billion", 0, 0.5},
		{"", "May", 0, 0},
		{"the", "the", 0, 0}, // nothing left to match
	} {
		if em := ExactMatch(tc.got, tc.want); em != tc.em {
			t.Errorf("ExactMatch(%q, %q) = %v, want %v", tc.got, tc.want, em, tc.em)
		}
		if f1 := F1(tc.got, tc.want); math.Abs(f1-tc.f1) > 1e-9 {
			t.Errorf("F1(%q, %q) = %.4f, want %.4f", tc.got, tc.want, f1, tc.f1)
		}
	}
}
