package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"

	"github.com/talentwar/qa/index"
	"github.com/talentwar/qa/qa/eval"
)

func runEval(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("eval", stderr)
	qfile := fs.String("questions", "testdata/eval/questions.jsonl", "labelled questions (JSON Lines)")
	cfile := fs.String("conversations", "testdata/eval/conversations.jsonl", "labelled conversations (JSON Lines); empty to skip")
	misses := fs.Bool("misses", false, "list the questions the engine got wrong")
	asJSON := fs.Bool("json", false, "print the reports as JSON")
	answers := fs.String("answers", "model", "model (the learned ranker and answer model) or rules (the hand-written rules alone)")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	qs, err := eval.ReadJSONL[eval.Question](*qfile)
	if err != nil {
		return err
	}
	var convs []eval.Conversation
	if *cfile != "" {
		if convs, err = eval.ReadJSONL[eval.Conversation](*cfile); err != nil {
			return err
		}
	}
	var cfg Config
	cfg.bind(flag.NewFlagSet("", flag.ContinueOnError))
	cfg.CacheSize = 0 // every question answered, none remembered
	cfg.Answers = *answers
	e, err := loadEngine(cfg)
	if err != nil {
		return err
	}
	defer e.Close()
	rep, err := eval.Answers(ctx, qs, convs, e.qa, 10)
	if err != nil {
		return err
	}
	stock, err := index.NewStock(e.corpus.Passages())
	if err != nil {
		return err
	}
	defer stock.Close()
	base, err := eval.Retrieval(ctx, qs, func(ctx context.Context, q string) ([]string, error) { return stock.Search(ctx, q, 10) })
	if err != nil {
		return err
	}
	if *asJSON {
		return json.NewEncoder(stdout).Encode(map[string]any{"engine": rep, "stock_bleve": base})
	}
	fmt.Fprintf(stdout, "Labelled set: %d questions, %d conversations (%s). Engine (answers: %s) vs stock Bleve (cjk analyzer on the Chinese text, BM25, scorch), same run.\n\n", len(qs), len(convs), *qfile, *answers)
	eval.WriteTable(stdout, rep, &base)
	if *misses {
		fmt.Fprintln(stdout, "\nMisses:")
		for _, m := range rep.Misses {
			fmt.Fprintf(stdout, "- %s [%s] %s — %s\n", m.ID, m.Form, m.Q, m.Why)
		}
	}
	return nil
}
