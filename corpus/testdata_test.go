package corpus

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSecondDocument runs the whole pipeline on a second, made-up article in
// testdata/ (scraped style: pinyin glosses, one inside a real parenthesis,
// half-width punctuation, section markers, a notice from another platform),
// proving it is not specific to the talent-war article.
func TestSecondDocument(t *testing.T) {
	c, err := LoadFS(os.DirFS("testdata"))
	if err != nil {
		t.Fatalf("LoadFS(testdata): %v", err)
	}
	if len(c.Documents) != 1 {
		t.Fatalf("got %d documents, want 1", len(c.Documents))
	}
	doc := c.Documents[0]
	if doc.ID != "robot-funding" || doc.Platform != "搜狐號" || doc.TitleEN != "Galaxy Robotics raises $200 million" {
		t.Errorf("document = %q on %q titled %q", doc.ID, doc.Platform, doc.TitleEN)
	}
	type row struct{ ID, Section, ZH string }
	want := []row{
		{"robot-funding/p1.s1", "intro", "星河機器人(Galaxy Robotics)宣布完成新一輪融資，金額為2億美元。"},
		{"robot-funding/p1.s2", "intro", "該公司成立于2021年，目前員工約120人。"},
		{"robot-funding/p2.s1", "A", "據悉，本輪融資由遠山資本領投，公司估值較去年上漲了30%。"},
		{"robot-funding/p2.s2", "A", "創始人李明表示：“我們會把資金投入研發。第二代產品已經在測試中。”"},
		{"robot-funding/p3.s1", "B", "公司計劃在今年6月底前推出第二代家用機器人(暫定名“小河2號”)，售價約為上一代的三分之二。"},
		{"robot-funding/p3.s2", "B", "該機器人已在50個家庭中試用了三個月。"},
	}
	var got []row
	for _, p := range doc.Passages {
		got = append(got, row{p.ID, p.Section, p.ZH})
		if p.EN == "" {
			t.Errorf("passage %s has no English", p.ID)
		}
		for _, problem := range CheckNumbers(p.ZH, p.EN) {
			t.Errorf("passage %s: %s", p.ID, problem)
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("passages (-want +got):\n%s", diff)
	}
	checkOffsetsRoundTrip(t, doc)
	if strings.Contains(doc.Text, "特別聲明") || strings.Contains(doc.Text, "Notice") {
		t.Error("notice left in the document text")
	}
	if len(c.Aliases) != 2 || c.Aliases[0].NameEN() != "Galaxy Robotics" {
		t.Errorf("aliases = %+v, want Galaxy Robotics and Li Ming", c.Aliases)
	}
	if len(CheckNumbers(doc.Passages[0].ZH, "Galaxy Robotics raised $2 billion.")) == 0 {
		t.Error("a wrong figure in the second document went unnoticed")
	}
}
