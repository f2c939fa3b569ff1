package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/talentwar/qa/qa"
	"github.com/talentwar/qa/qa/eval"
)

// blindSets are the question files no model is trained or tuned on.
var blindSets = []string{"test.jsonl", "newcomer.jsonl"}

// The default training sets: everything labelled but the blind set.
const trainSets = "testdata/eval/questions.jsonl,testdata/eval/heldout.jsonl,testdata/eval/train.jsonl"

// folds is the number of cross-validation folds, by question or
// conversation (eval.Fold).
const folds = 5

func runTrain(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("train", stderr)
	qfiles := fs.String("questions", trainSets, "labelled questions to learn from (comma-separated JSON Lines files)")
	cfile := fs.String("conversations", "testdata/eval/conversations.jsonl", "labelled conversations to learn from; empty for none")
	out := fs.String("out", "qa", "the folder to write answer_model.json and rank_model.json into; empty to write nothing")
	misses := fs.Bool("misses", false, "list the out-of-fold answer choices that missed a right candidate")
	cv := fs.Bool("cv", false, "also cross-validate (5 folds, by question or conversation) over a grid of settings, beside the rules")
	l2 := fs.Float64("l2", eval.DefaultTrainOptions.L2, "weight of the answer model's L2 penalty")
	shift := fs.Float64("null-shift", eval.DefaultTrainOptions.NullShift, "added to the no-answer score: above 0 abstains more")
	rankL2 := fs.Float64("rank-l2", eval.DefaultRankOptions.L2, "weight of the ranker's L2 penalty")
	check := fs.Bool("check", false, "write nothing; fail if the models in --out differ from what training gives by more than 0.02 in any weight (Bleve's scores move in their last bits between runs, and the weights with them)")
	iters := fs.Int("iterations", eval.DefaultTrainOptions.Iterations, "full-batch training iterations")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	var qs []eval.Question
	set := map[string]string{} // question ID → its file
	for _, f := range strings.Split(*qfiles, ",") {
		if slices.Contains(blindSets, filepath.Base(f)) {
			return usageError{fmt.Errorf("%s is a blind test set, never trained on", filepath.Base(f))}
		}
		x, err := eval.ReadJSONL[eval.Question](f)
		if err != nil {
			return err
		}
		for _, q := range x {
			set[q.ID] = filepath.Base(f)
		}
		qs = append(qs, x...)
	}
	var convs []eval.Conversation
	if *cfile != "" {
		var err error
		if convs, err = eval.ReadJSONL[eval.Conversation](*cfile); err != nil {
			return err
		}
	}
	var cfg Config
	cfg.bind(flag.NewFlagSet("", flag.ContinueOnError))
	cfg.CacheSize = 0
	e, err := loadEngine(cfg)
	if err != nil {
		return err
	}
	defer e.Close()
	// Both models learn from what the rules see: the ranker from the
	// rules' order, the answer model from the rules' answers over the
	// learned order (earlier turns of a conversation answered by the
	// rules).
	engine := func(r *qa.RankModel) *qa.Engine {
		return qa.NewEngine(e.index, e.corpus.Documents, e.corpus.Aliases, qa.EngineOptions{Rules: true, Ranker: r, RankRules: r == nil})
	}
	byset := func(exs []eval.Example) ([]string, map[string][]eval.Example) {
		sets := map[string][]eval.Example{}
		var names []string
		for _, ex := range exs {
			name := set[ex.ID]
			if name == "" {
				name = filepath.Base(*cfile)
			}
			if sets[name] == nil {
				names = append(names, name)
			}
			sets[name] = append(sets[name], ex)
		}
		return names, sets
	}

	// 1. The ranker.
	rexs, err := eval.Examples(ctx, qs, convs, engine(nil))
	if err != nil {
		return err
	}
	ro := eval.TrainOptions{L2: *rankL2, Iterations: *iters}
	if *cv {
		names, sets := byset(rexs)
		fmt.Fprintln(stdout, "Ranker, 5-fold cross-validation, out-of-fold order of each question's hits (before the answer's passage is moved first):")
		t := cvTable{stdout, names}
		t.header([]string{"L2", "R@1", "R@3"}, "R@1 / R@3")
		row := func(l string, score func(eval.Example, int) float64) {
			s := eval.ScoreRanking(rexs, score)
			t.row(fmt.Sprintf("| %s | %.3f | %.3f |", l, s.R1, s.R3), func(n string) string {
				x := eval.ScoreRanking(sets[n], score)
				return fmt.Sprintf("%.3f / %.3f", x.R1, x.R3)
			})
		}
		for _, l := range []float64{0.0001, 0.0003, 0.001, 0.003, 0.01} {
			row(fmt.Sprint(l), eval.CrossValidateRanker(rexs, folds, eval.TrainOptions{L2: l, Iterations: *iters}))
		}
		row("rules", eval.EngineOrder)
		fmt.Fprintln(stdout)
	}
	ranker := eval.TrainRanker(rexs, ro)

	// 2. The answer model, over the learned order: each question ordered
	// by a ranker trained without its fold (as in cross-validation), so
	// that the answer model learns how far the ranker's order is to be
	// trusted on questions it has not seen.
	var exs []eval.Example
	for f := range folds {
		var fqs []eval.Question
		var fcs []eval.Conversation
		var frx []eval.Example
		for _, q := range qs {
			if eval.Fold(q.ID, folds) == f {
				fqs = append(fqs, q)
			}
		}
		for _, c := range convs {
			if eval.Fold(c.ID, folds) == f {
				fcs = append(fcs, c)
			}
		}
		for _, ex := range rexs {
			if eval.Fold(ex.Group, folds) != f {
				frx = append(frx, ex)
			}
		}
		x, err := eval.Examples(ctx, fqs, fcs, engine(eval.TrainRanker(frx, ro)))
		if err != nil {
			return err
		}
		exs = append(exs, x...)
	}
	npos, nunans, nkey := 0, 0, 0
	for _, ex := range exs {
		switch {
		case ex.Keyword:
			nkey++
		case len(ex.Pos) > 0:
			npos++
		case ex.Unanswerable:
			nunans++
		}
	}
	fmt.Fprintf(stdout, "Answer model: %d examples: %d with a right candidate, %d unanswerable, %d answerable without one, %d keyword queries (ranked only).\n", len(exs), npos, nunans, len(exs)-npos-nunans-nkey, nkey)
	o := eval.TrainOptions{L2: *l2, NullShift: *shift, Iterations: *iters}
	if *cv {
		names, sets := byset(exs)
		fmt.Fprintln(stdout, "\nAnswer model, 5-fold cross-validation, out-of-fold choices, all sets and then each (p: the model's probability):")
		t := cvTable{stdout, names}
		t.header([]string{"L2", "null shift", "EM", "abstain", "false abstain", "p ≥ 0.8 right (n)"}, "EM / abst / false abst")
		row := func(l, s string, choose func(*qa.Considered) (int, float64)) {
			m := eval.Score(exs, choose)
			t.row(fmt.Sprintf("| %s | %s | %.3f | %.3f | %.3f | %.3f (%d) |", l, s, m.EM, m.Abstain, m.FAbst, m.ConfRight, m.NConf), func(n string) string {
				x := eval.Score(sets[n], choose)
				return fmt.Sprintf("%.3f / %.3f / %.3f", x.EM, x.Abstain, x.FAbst)
			})
		}
		for _, l := range []float64{0.003, 0.01, 0.03, 0.1} {
			for _, s := range []float64{-0.5, 0, 0.5, 1} {
				row(fmt.Sprint(l), fmt.Sprint(s), eval.CrossValidate(exs, folds, eval.TrainOptions{L2: l, NullShift: s, Iterations: *iters}))
			}
		}
		row("rules", "", eval.RuleChoice)
	}
	if *misses {
		choose := eval.CrossValidate(exs, folds, o)
		fmt.Fprintln(stdout, "\nOut-of-fold misses with a right candidate:")
		for _, ex := range exs {
			i, p := choose(ex.C)
			if ex.Keyword || len(ex.Pos) == 0 || slices.Contains(ex.Pos, i) {
				continue
			}
			got := "(no answer)"
			if i >= 0 {
				got = fmt.Sprintf("%q %s", ex.C.Candidates[i].Answer.Text, ex.C.Candidates[i].Answer.Type)
			}
			right := ex.C.Candidates[ex.Pos[0]]
			fmt.Fprintf(stdout, "- %s %s — chose %s (%.2f), right %q %s rank %d\n", ex.ID, ex.C.Question, got, p, right.Answer.Text, right.Answer.Type, right.Rank())
		}
		fmt.Fprintln(stdout, "\nUnanswerable, answered out of fold:")
		for _, ex := range exs {
			if !ex.Unanswerable {
				continue
			}
			if i, p := choose(ex.C); i >= 0 {
				fmt.Fprintf(stdout, "- %s %s — chose %q %s (%.2f)\n", ex.ID, ex.C.Question, ex.C.Candidates[i].Answer.Text, ex.C.Candidates[i].Answer.Type, p)
			}
		}
		fmt.Fprintln(stdout, "\nAnswerable, not answered out of fold (false abstentions, with or without a right candidate):")
		for _, ex := range exs {
			if ex.Keyword || ex.Unanswerable {
				continue
			}
			if i, p := choose(ex.C); i < 0 {
				fmt.Fprintf(stdout, "- %s %s (%.2f)\n", ex.ID, ex.C.Question, p)
			}
		}
		fmt.Fprintln(stdout, "\nAnswerable with gold answers but no right candidate (the candidate nearest a gold answer by F1):")
		for _, ex := range exs {
			if ex.Keyword || ex.Unanswerable || !ex.Gold || len(ex.Pos) > 0 {
				continue
			}
			near, f := "(none)", 0.0
			for _, x := range ex.C.Candidates {
				for _, g := range ex.Answers {
					if v := eval.F1(x.Answer.Text, g); v > f {
						near, f = fmt.Sprintf("%q %s rank %d", x.Answer.Text, x.Answer.Type, x.Rank()), v
					}
				}
			}
			fmt.Fprintf(stdout, "- %s %s — want %q; nearest %s (F1 %.2f)\n", ex.ID, ex.C.Question, ex.Answers, near, f)
		}
	}
	m := eval.Train(exs, o)
	in := eval.Score(exs, m.Choose)
	fmt.Fprintf(stdout, "\nTrained on all (answer model: L2 %g, null shift %g; ranker: L2 %g; %d iterations); answer model in sample: EM %.3f, abstain %.3f, false abstain %.3f.\n", o.L2, o.NullShift, ro.L2, o.Iterations, in.EM, in.Abstain, in.FAbst)
	if *check {
		return checkModels(*out, ranker, m, stdout)
	}
	if *out == "" {
		return nil
	}
	about := map[string]any{
		"trained_on": append(strings.Split(*qfiles, ","), *cfile),
		"examples":   len(exs),
		"iterations": o.Iterations,
		"made_by":    "qa train (make train)",
	}
	m.About = map[string]any{"l2": o.L2, "null_shift": o.NullShift}
	ranker.About = map[string]any{"l2": ro.L2}
	for k, v := range about {
		m.About[k], ranker.About[k] = v, v
	}
	if err := writeModel(filepath.Join(*out, "rank_model.json"), map[string]any{
		"passage": round6(ranker.Passage), "named": named(ranker.Passage, qa.PassageFeatures), "about": ranker.About}); err != nil {
		return err
	}
	return writeModel(filepath.Join(*out, "answer_model.json"), map[string]any{
		"candidate": round6(m.Candidate), "null": round6(m.Null),
		"named": map[string]any{"candidate": named(m.Candidate, qa.CandidateFeatures), "null": named(m.Null, qa.NullFeatures)},
		"about": m.About})
}

// cvTable prints a cross-validation table in Markdown: its own
// columns, then one per question set (names).
type cvTable struct {
	w     io.Writer
	names []string
}

func (t cvTable) header(cols []string, perSet string) {
	fmt.Fprint(t.w, "| "+strings.Join(cols, " | ")+" |")
	for _, n := range t.names {
		fmt.Fprintf(t.w, " %s %s |", n, perSet)
	}
	fmt.Fprintln(t.w, "\n|"+strings.Repeat("---|", len(cols)+len(t.names)))
}

// row prints cells (the table's own, "| … |") and a cell per set.
func (t cvTable) row(cells string, perSet func(name string) string) {
	fmt.Fprint(t.w, cells)
	for _, n := range t.names {
		fmt.Fprintf(t.w, " %s |", perSet(n))
	}
	fmt.Fprintln(t.w)
}

// round6 rounds weights to 6 decimals, so the files read and diff well.
func round6(ws []float64) []float64 {
	out := make([]float64, len(ws))
	for i, w := range ws {
		out[i] = float64(int64(w*1e6)) / 1e6
	}
	return out
}

// named pairs rounded weights with their features' names, for readers.
func named(ws []float64, names []string) map[string]float64 {
	out := map[string]float64{}
	for i, w := range round6(ws) {
		out[names[i]] = w
	}
	return out
}

func writeModel(name string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(name, append(b, '\n'), 0o644)
}

// checkModels compares the models in dir with freshly trained ones.
func checkModels(dir string, ranker *qa.RankModel, m *qa.AnswerModel, stdout io.Writer) error {
	var old struct {
		Passage   []float64 `json:"passage"`
		Candidate []float64 `json:"candidate"`
		Null      []float64 `json:"null"`
	}
	var stale []string
	cmp := func(file string, got, want []float64, names []string) {
		if len(got) != len(want) {
			stale = append(stale, fmt.Sprintf("%s: %d weights, training gives %d", file, len(got), len(want)))
			return
		}
		for i := range got {
			if d := got[i] - want[i]; d > 0.02 || d < -0.02 {
				stale = append(stale, fmt.Sprintf("%s: %s is %g, training gives %g", file, names[i], got[i], want[i]))
			}
		}
	}
	for _, f := range []string{"rank_model.json", "answer_model.json"} {
		b, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			return err
		}
		if err := json.Unmarshal(b, &old); err != nil {
			return fmt.Errorf("%s: %w", f, err)
		}
	}
	// (Both files decode into old: each sets its own fields.)
	cmp("rank_model.json", old.Passage, ranker.Passage, qa.PassageFeatures)
	cmp("answer_model.json", old.Candidate, m.Candidate, qa.CandidateFeatures)
	cmp("answer_model.json", old.Null, m.Null, qa.NullFeatures)
	if len(stale) > 0 {
		return fmt.Errorf("the models in %s are stale (run make train and commit them):\n%s", dir, strings.Join(stale, "\n"))
	}
	fmt.Fprintf(stdout, "The models in %s are what training gives.\n", dir)
	return nil
}
