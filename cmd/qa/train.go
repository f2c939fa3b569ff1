package main

import (
	"context"
	"encoding/json"
	"errors"
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

// blindSet is the question file no model is trained or tuned on.
const blindSet = "test.jsonl"

func runTrain(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("train", stderr)
	qfiles := fs.String("questions", "testdata/eval/questions.jsonl,testdata/eval/heldout.jsonl", "labelled questions to learn from (comma-separated JSON Lines files)")
	cfile := fs.String("conversations", "testdata/eval/conversations.jsonl", "labelled conversations to learn from; empty for none")
	out := fs.String("out", "qa/answer_model.json", "where to write the model; empty to write nothing")
	misses := fs.Bool("misses", false, "list the out-of-fold choices that missed a right candidate (with the chosen options)")
	cv := fs.Bool("cv", false, "also cross-validate (5 folds) over a grid of L2 weights and no-answer shifts, beside the rules")
	l2 := fs.Float64("l2", eval.DefaultTrainOptions.L2, "weight of the L2 penalty")
	shift := fs.Float64("null-shift", eval.DefaultTrainOptions.NullShift, "added to the no-answer score: above 0 abstains more")
	iters := fs.Int("iterations", eval.DefaultTrainOptions.Iterations, "full-batch training iterations")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	var qs []eval.Question
	set := map[string]string{} // question ID → its file
	for _, f := range strings.Split(*qfiles, ",") {
		if filepath.Base(f) == blindSet {
			return usageError{errors.New("the blind test set is never trained on")}
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
	// The examples are what the rules see; earlier turns of a
	// conversation are answered by the rules.
	cfg.Answers = "rules"
	e, err := loadEngine(cfg)
	if err != nil {
		return err
	}
	defer e.Close()
	exs, err := eval.Examples(ctx, qs, convs, e.qa)
	if err != nil {
		return err
	}
	npos, nunans := 0, 0
	for _, ex := range exs {
		if len(ex.Pos) > 0 {
			npos++
		}
		if ex.Unanswerable {
			nunans++
		}
	}
	fmt.Fprintf(stdout, "%d examples: %d with a right candidate, %d unanswerable, %d answerable without one.\n", len(exs), npos, nunans, len(exs)-npos-nunans)
	o := eval.TrainOptions{L2: *l2, NullShift: *shift, Iterations: *iters}
	if *cv {
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
		fmt.Fprintln(stdout, "\n5-fold cross-validation (folds by question or conversation), out-of-fold choices, all sets and then each:")
		fmt.Fprintf(stdout, "| L2 | null shift | EM | abstain | false abstain | p ≥ 0.8 right (n) |")
		for _, n := range names {
			fmt.Fprintf(stdout, " %s EM / abst / false abst |", n)
		}
		fmt.Fprintln(stdout, "\n|---|---|---|---|---|---|"+strings.Repeat("---|", len(names)))
		row := func(l, s string, choose func(*qa.Considered) (int, float64)) {
			m := eval.Score(exs, choose)
			fmt.Fprintf(stdout, "| %s | %s | %.3f | %.3f | %.3f | %.3f (%d) |", l, s, m.EM, m.Abstain, m.FAbst, m.ConfRight, m.NConf)
			for _, n := range names {
				x := eval.Score(sets[n], choose)
				fmt.Fprintf(stdout, " %.3f / %.3f / %.3f |", x.EM, x.Abstain, x.FAbst)
			}
			fmt.Fprintln(stdout)
		}
		for _, l := range []float64{0.003, 0.01, 0.03, 0.1} {
			for _, s := range []float64{-0.5, 0, 0.5, 1} {
				row(fmt.Sprint(l), fmt.Sprint(s), eval.CrossValidate(exs, 5, eval.TrainOptions{L2: l, NullShift: s, Iterations: *iters}))
			}
		}
		row("rules", "", eval.RuleChoice)
	}
	if *misses {
		choose := eval.CrossValidate(exs, 5, o)
		fmt.Fprintln(stdout, "\nOut-of-fold misses with a right candidate:")
		for _, ex := range exs {
			i, p := choose(ex.C)
			if len(ex.Pos) == 0 || slices.Contains(ex.Pos, i) {
				continue
			}
			got := "(no answer)"
			if i >= 0 {
				got = fmt.Sprintf("%q %s", ex.C.Candidates[i].Answer.Text, ex.C.Candidates[i].Answer.Type)
			}
			right := ex.C.Candidates[ex.Pos[0]]
			fmt.Fprintf(stdout, "- %s %s — chose %s (%.2f), right %q %s rank %d\n", ex.ID, ex.C.Question, got, p, right.Answer.Text, right.Answer.Type, right.Rank())
		}
	}
	m := eval.Train(exs, o)
	in := eval.Score(exs, m.Choose)
	fmt.Fprintf(stdout, "\nTrained on all %d (L2 %g, null shift %g, %d iterations); in-sample EM %.3f, abstain %.3f, false abstain %.3f.\n", len(exs), o.L2, o.NullShift, o.Iterations, in.EM, in.Abstain, in.FAbst)
	if *out == "" {
		return nil
	}
	m.About = map[string]any{
		"trained_on": append(strings.Split(*qfiles, ","), *cfile),
		"examples":   len(exs),
		"l2":         o.L2, "null_shift": o.NullShift, "iterations": o.Iterations,
		"made_by": "qa train (make train)",
	}
	b, err := json.MarshalIndent(modelJSON(m), "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(*out, append(b, '\n'), 0o644)
}

// modelJSON rounds the weights to 6 decimals, so the file reads and
// diffs well, and names them.
func modelJSON(m *qa.AnswerModel) map[string]any {
	round := func(ws []float64, names []string) ([]float64, map[string]float64) {
		out := make([]float64, len(ws))
		named := map[string]float64{}
		for i, w := range ws {
			out[i] = float64(int64(w*1e6)) / 1e6
			named[names[i]] = out[i]
		}
		return out, named
	}
	c, cn := round(m.Candidate, qa.CandidateFeatures)
	n, nn := round(m.Null, qa.NullFeatures)
	return map[string]any{"candidate": c, "null": n, "named": map[string]any{"candidate": cn, "null": nn}, "about": m.About}
}
